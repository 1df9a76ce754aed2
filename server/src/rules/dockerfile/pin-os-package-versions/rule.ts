import { defineDockerfileRule } from '../../../engine/rule';
import { OS_MANAGERS, reportUnpinned } from '../package-pins';

export default defineDockerfileRule({
  id: 'pin-os-package-versions',
  title: {
    en: 'Consider pinning system package versions',
    ko: '시스템 패키지 버전 고정 고려하기',
  },
  severity: 'info',
  concept: 'immutable-images',
  topics: ['linux-filesystem', 'docker-operations'],
  description: {
    en: 'Without a version, `apt-get install curl` (or apk, yum, dnf, microdnf, zypper) installs whatever the package index offers on the day of the build, so two builds of one Dockerfile can differ. Pinning (`curl=7.88.1-10+deb12u8`, `curl=8.9.1-r1`) makes the build repeatable, but distributions drop superseded versions from their archives, so a pinned build breaks when its version is gone and every pin needs upkeep. That is why this is advice, not a warning: pinning the base image by digest and rebuilding on purpose gives most of the benefit; pin a package when its exact version matters.',
    ko: '버전 없이 `apt-get install curl`(apk, yum, dnf, microdnf, zypper도 마찬가지)을 하면 빌드하는 날 패키지 색인에 있는 버전이 설치되므로, 같은 Dockerfile의 두 빌드가 서로 다를 수 있습니다. 버전을 고정하면(`curl=7.88.1-10+deb12u8`, `curl=8.9.1-r1`) 빌드를 되풀이할 수 있지만, 배포판은 지난 버전을 저장소에서 지우므로 그 버전이 사라지면 고정한 빌드가 깨지고 모든 고정을 계속 관리해야 합니다. 그래서 경고가 아니라 조언입니다: 베이스 이미지를 다이제스트로 고정하고 의도해서 다시 빌드하면 대부분의 이점을 얻습니다. 정확한 버전이 중요한 패키지만 고정하세요.',
  },
  remediation: {
    en: 'Name the version where it matters: `apt-get install -y curl=7.88.1-10+deb12u8`, `apk add curl=8.9.1-r1`, `dnf install -y httpd-2.4.62`, `zypper install curl=8.6.0`. `apt-cache policy curl` or `apk policy curl` shows the versions on offer.',
    ko: '버전이 중요한 곳에 버전을 적으세요: `apt-get install -y curl=7.88.1-10+deb12u8`, `apk add curl=8.9.1-r1`, `dnf install -y httpd-2.4.62`, `zypper install curl=8.6.0`. 제공되는 버전은 `apt-cache policy curl`이나 `apk policy curl`로 볼 수 있습니다.',
  },
  exceptions: {
    en: 'Most official images leave system packages unpinned and rebuild often. When that is your policy, write it in a comment and put `# cntutor ignore=pin-os-package-versions` above the RUN (or `# cntutor global ignore=pin-os-package-versions` at the top of the file).',
    ko: '공식 이미지 대부분은 시스템 패키지를 고정하지 않고 자주 다시 빌드합니다. 그런 정책이라면 주석으로 이유를 적고 RUN 위에 `# cntutor ignore=pin-os-package-versions`를 두세요(파일 맨 위에 `# cntutor global ignore=pin-os-package-versions`를 두어도 됩니다).',
  },
  peers: { hadolint: ['DL3008', 'DL3018', 'DL3033', 'DL3037', 'DL3041'] },
  example: {
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER nobody\nCMD ["curl", "--version"]\n',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1\nUSER nobody\nCMD ["curl", "--version"]\n',
  },
  messages: {
    unpinned: {
      en: '"{command}" installs {packages} without a version; the build gets whatever version the index offers that day.',
      ko: '"{command}"{이/가} {packages}{을/를} 버전 없이 설치합니다. 빌드하는 날 색인에 있는 버전이 들어갑니다.',
    },
  },
  check(ctx) {
    reportUnpinned(ctx, OS_MANAGERS);
  },
});
