import { defineDockerfileRule } from '../../../engine/rule';
import { LANGUAGE_MANAGERS, reportUnpinned } from '../package-pins';

export default defineDockerfileRule({
  id: 'pin-language-package-versions',
  title: {
    en: 'Pin the versions of language packages',
    ko: '언어 패키지의 버전 고정하기',
  },
  severity: 'warning',
  concept: 'immutable-images',
  topics: ['docker-operations', 'cloud-native'],
  description: {
    en: '`pip install flask`, `npm install -g typescript`, `gem install rails` and `go install example.com/tool@latest` fetch the newest release at build time. A new major version can break the build or change how the application behaves without one changed line in the repository, and a rebuild of an old commit no longer gives the image that was tested. Unlike distribution archives, these registries keep old releases, so a pin keeps working.',
    ko: '`pip install flask`, `npm install -g typescript`, `gem install rails`, `go install example.com/tool@latest`는 빌드할 때의 최신 릴리스를 받습니다. 저장소의 한 줄도 바뀌지 않았는데 새 메이저 버전이 빌드를 깨뜨리거나 애플리케이션의 동작을 바꿀 수 있고, 옛 커밋을 다시 빌드해도 테스트했던 그 이미지가 나오지 않습니다. 배포판 저장소와 달리 이 레지스트리들은 옛 릴리스를 지우지 않으므로 고정한 버전은 계속 동작합니다.',
  },
  remediation: {
    en: 'Name the version (`pip install flask==3.0.3`, `npm install -g typescript@5.6.3`, `gem install rails -v 7.2.1`, `go install example.com/tool@v1.2.3`), or install from a file that pins: `pip install -r requirements.txt`, `npm ci` with package-lock.json, `bundle install` with Gemfile.lock.',
    ko: '버전을 적거나(`pip install flask==3.0.3`, `npm install -g typescript@5.6.3`, `gem install rails -v 7.2.1`, `go install example.com/tool@v1.2.3`), 버전을 고정한 파일로 설치하세요: `pip install -r requirements.txt`, package-lock.json과 함께 `npm ci`, Gemfile.lock과 함께 `bundle install`.',
  },
  peers: { hadolint: ['DL3013', 'DL3016', 'DL3028', 'DL3062'] },
  example: {
    bad: 'FROM node:22-alpine\nRUN npm install -g serve && npm cache clean --force\nUSER node\nCMD ["serve", "-s", "/app"]\n',
    good: 'FROM node:22-alpine\nRUN npm install -g serve@14.2.4 && npm cache clean --force\nUSER node\nCMD ["serve", "-s", "/app"]\n',
  },
  messages: {
    unpinned: {
      en: '"{command}" installs {packages} without a version; the build takes whatever is newest that day.',
      ko: '"{command}"{이/가} {packages}{을/를} 버전 없이 설치합니다. 빌드하는 날의 최신 버전이 들어갑니다.',
    },
  },
  check(ctx) {
    reportUnpinned(ctx, LANGUAGE_MANAGERS);
  },
});
