import type { LocalizedText } from '../../../engine/rule';
import { CLOSEST_PATH_MESSAGES } from '../../closest-path-messages';

export const COMPOSE_PATHS_MESSAGES: Record<string, LocalizedText> = {
  missingContext: {
    en: 'Service "{owner}" builds from `{written}`, which is not there: `docker compose build` stops ("unable to prepare context: path \'{written}\' not found").',
    ko: '서비스 "{owner}"{은/는} 없는 `{written}`에서 빌드합니다. `docker compose build`가 멈춥니다("unable to prepare context: path \'{written}\' not found").',
  },
  contextNotFolder: {
    en: 'Service "{owner}" builds from `{written}`, which is a file: a build context is the folder whose files the builder may copy.',
    ko: '서비스 "{owner}"{이/가} 빌드하는 `{written}`{은/는} 파일입니다. 빌드 컨텍스트는 빌더가 파일을 복사해 갈 수 있는 폴더여야 합니다.',
  },
  missingDockerfile: {
    en: 'Service "{owner}" builds `{written}`, which is not in the build context `{context}`: the build stops ("failed to read dockerfile: … no such file or directory").',
    ko: '서비스 "{owner}"{이/가} 빌드하는 `{written}`{이/가} 빌드 컨텍스트 `{context}`에 없습니다. 빌드가 멈춥니다("failed to read dockerfile: … no such file or directory").',
  },
  noDefaultDockerfile: {
    en: 'Service "{owner}" builds from `{context}`, which holds no file named Dockerfile: the build stops ("failed to read dockerfile: … no such file or directory").',
    ko: '서비스 "{owner}"{이/가} 빌드하는 `{context}`에 Dockerfile이라는 파일이 없습니다. 빌드가 멈춥니다("failed to read dockerfile: … no such file or directory").',
  },
  otherDockerfiles: {
    en: 'It holds {names}: name the one meant with `build.dockerfile`.',
    ko: '그 폴더에는 {names}{이/가} 있습니다. 쓰려는 파일을 `build.dockerfile`에 적으세요.',
  },
  missingEnvFile: {
    en: 'The env file `{written}` is not there: Compose stops every command of the project ("env file … not found"). Create it, or mark the entry `required: false` if the variables are optional.',
    ko: 'env 파일 `{written}`{이/가} 없습니다. Compose가 이 프로젝트의 모든 명령을 멈춥니다("env file … not found"). 파일을 만들거나, 변수가 없어도 된다면 항목에 `required: false`를 적으세요.',
  },
  ignoredByGit: {
    en: '`.gitignore` leaves it out of the repository, so each clone creates it.',
    ko: '`.gitignore`가 이 파일을 저장소에서 빼므로, 클론마다 직접 만들어야 합니다.',
  },
  envTemplate: {
    en: '`{template}` beside it looks like its template: copy it and fill it in.',
    ko: '옆의 `{template}`{이/가} 그 템플릿으로 보입니다. 복사해서 값을 채우세요.',
  },
  missingLabelFile: {
    en: 'The label file `{written}` is not there: Compose stops when it loads the project.',
    ko: '레이블 파일 `{written}`{이/가} 없습니다. Compose가 프로젝트를 읽다 멈춥니다.',
  },
  missingSecretFile: {
    en: 'The file `{written}` of secret "{owner}" is not there: a service that uses the secret fails to start ("bind source path does not exist"). Create it before `docker compose up`.',
    ko: '시크릿 "{owner}"의 파일 `{written}`{이/가} 없습니다. 이 시크릿을 쓰는 서비스는 시작하지 못합니다("bind source path does not exist"). `docker compose up` 전에 파일을 만드세요.',
  },
  missingConfigFile: {
    en: 'The file `{written}` of config "{owner}" is not there: a service that uses the config fails to start ("bind source path does not exist").',
    ko: '설정 "{owner}"의 파일 `{written}`{이/가} 없습니다. 이 설정을 쓰는 서비스는 시작하지 못합니다("bind source path does not exist").',
  },
  missingInclude: {
    en: 'The included file `{written}` is not there: Compose refuses the project.',
    ko: 'include한 파일 `{written}`{이/가} 없습니다. Compose가 프로젝트를 거부합니다.',
  },
  missingBindSource: {
    en: 'Service "{owner}" mounts `{written}`, which is not there, and a long-syntax bind does not create it: the container fails to start ("bind source path does not exist"). Create it, or set `bind.create_host_path: true`.',
    ko: '서비스 "{owner}"{이/가} 없는 `{written}`{을/를} 마운트합니다. 긴 문법의 bind는 경로를 만들지 않으므로 컨테이너가 시작하지 못합니다("bind source path does not exist"). 경로를 만들거나 `bind.create_host_path: true`를 적으세요.',
  },
  bindCreatesFolder: {
    en: 'Service "{owner}" mounts `{written}` at `{target}`, and nothing is there: Docker creates an empty folder named `{name}` and mounts it, so the container finds a folder where it expects a file.',
    ko: '서비스 "{owner}"{이/가} `{written}`{을/를} `{target}`에 마운트하는데, 그 경로에 아무것도 없습니다. Docker는 `{name}`{이라는/라는} 빈 폴더를 만들어 마운트하므로, 컨테이너는 파일을 기대한 자리에서 폴더를 보게 됩니다.',
  },
  folderNotFile: {
    en: '`{written}` is a folder, but Compose reads a file there.',
    ko: '`{written}`{은/는} 폴더인데, Compose는 그 자리에서 파일을 읽습니다.',
  },
  ...CLOSEST_PATH_MESSAGES,
};
