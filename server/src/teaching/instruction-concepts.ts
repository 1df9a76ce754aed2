import type { FieldConcept } from './field-concepts';

const t = (concept: string, en: string, ko: string): FieldConcept => ({ concept, line: { en, ko } });

/** Dockerfile instructions, upper case; the Dockerfile hover adds this line beside its own text. */
export const DOCKERFILE_INSTRUCTION_CONCEPTS: Readonly<Record<string, FieldConcept>> = {
  FROM: t(
    'immutable-images',
    'The base image is the bottom layers of yours: pin it to a version or digest so every build starts from the same bytes.',
    '베이스 이미지는 내 이미지의 아래쪽 레이어입니다. 버전이나 다이제스트로 고정해 빌드마다 같은 바이트에서 시작하세요.',
  ),
  RUN: t(
    'image-layers',
    'Each RUN adds a layer: clean up in the same RUN, since a later deletion only hides the files.',
    'RUN마다 레이어가 하나 생깁니다. 나중에 지우면 가려질 뿐이니 같은 RUN 안에서 치우세요.',
  ),
  COPY: t(
    'image-layers',
    'A layer of files from the build context: copy dependency manifests before the source to keep the cache.',
    '빌드 컨텍스트의 파일로 만든 레이어입니다. 캐시를 살리려면 소스보다 의존성 목록을 먼저 복사하세요.',
  ),
  ADD: t(
    'declarative-specs',
    'ADD may also download or unpack; COPY says plainly that a file is copied.',
    'ADD는 내려받거나 압축을 풀기도 합니다. 파일을 복사한다는 뜻은 COPY가 분명히 드러냅니다.',
  ),
  USER: t(
    'least-privilege',
    'The user the container runs as: without it, root. A numeric UID lets Kubernetes verify it is not root.',
    '컨테이너가 실행될 사용자입니다. 없으면 root입니다. 숫자 UID라야 쿠버네티스가 root가 아님을 확인할 수 있습니다.',
  ),
  HEALTHCHECK: t(
    'self-healing',
    'Docker marks the container unhealthy but never restarts it for that; Kubernetes ignores it and uses probes.',
    'Docker는 컨테이너를 unhealthy로 표시하지만 그 때문에 재시작하지는 않습니다. 쿠버네티스는 이를 무시하고 프로브를 씁니다.',
  ),
  EXPOSE: t(
    'loose-coupling',
    'Documents the port the application listens on; clients should reach it through a Service name.',
    '애플리케이션이 듣는 포트를 문서로 남깁니다. 클라이언트는 서비스 이름으로 찾아와야 합니다.',
  ),
  CMD: t(
    'containers',
    'In exec form the application is PID 1 and receives SIGTERM; in shell form /bin/sh is, and often swallows it.',
    'exec 형식이면 애플리케이션이 PID 1이 되어 SIGTERM을 받고, 셸 형식이면 /bin/sh가 PID 1이 되어 신호를 삼키기 쉽습니다.',
  ),
  ENTRYPOINT: t(
    'containers',
    'The program that becomes PID 1: write it in exec form so stop signals reach it.',
    'PID 1이 될 프로그램입니다. 종료 신호가 닿도록 exec 형식으로 쓰세요.',
  ),
  WORKDIR: t(
    'linux-filesystem',
    'Sets the directory for the following steps and the container; an absolute path means the same everywhere.',
    '이어지는 단계와 컨테이너의 디렉터리를 정합니다. 절대 경로라야 어디서나 같은 뜻입니다.',
  ),
  ENV: t(
    'immutable-images',
    'Baked into every container of the image: keep environment-specific settings for run time.',
    '이미지의 모든 컨테이너에 구워집니다. 환경마다 다른 설정은 실행할 때 넣으세요.',
  ),
  ARG: t(
    'image-layers',
    'A build-time value: changing it invalidates the cache from the first step that uses it.',
    '빌드할 때의 값입니다. 바꾸면 그 값을 처음 쓰는 단계부터 캐시가 무효가 됩니다.',
  ),
  LABEL: t(
    'declarative-specs',
    "Metadata that tools and registries can read, such as the image's source and authors.",
    '도구와 레지스트리가 읽을 수 있는 메타데이터입니다. 이미지의 출처나 작성자 같은 것입니다.',
  ),
  MAINTAINER: t(
    'declarative-specs',
    'Retired: write the authors in a LABEL, which tools can read.',
    '폐기되었습니다. 작성자는 도구가 읽을 수 있는 LABEL에 적으세요.',
  ),
  VOLUME: t(
    'union-filesystem',
    'A path whose writes bypass the union file system and outlive the container.',
    '여기에 쓰는 것은 유니온 파일 시스템을 거치지 않고 컨테이너보다 오래 남습니다.',
  ),
  STOPSIGNAL: t(
    'self-healing',
    'The signal that asks the application to stop cleanly before it is killed.',
    '강제 종료되기 전에 애플리케이션에 깔끔하게 멈추라고 알리는 신호입니다.',
  ),
  SHELL: t(
    'syntax-and-structure',
    'The shell that runs shell-form instructions; exec form bypasses it.',
    '셸 형식 명령어를 실행하는 셸입니다. exec 형식은 이것을 거치지 않습니다.',
  ),
  ONBUILD: t(
    'declarative-specs',
    'Instructions that run in a later build that uses this image as its base: hidden from that Dockerfile.',
    '이 이미지를 베이스로 쓰는 나중 빌드에서 실행되는 명령어입니다. 그 Dockerfile에는 보이지 않습니다.',
  ),
};
