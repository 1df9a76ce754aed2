import { defineDockerfileRule } from '../../../engine/rule';
import { missingManagers } from '../base-managers';
import { rootImageOf, type ImageFamily } from '../stage-shell';

const NATIVE: Record<ImageFamily, string> = {
  alpine: 'apk (`apk add --no-cache …`)',
  debian: 'apt-get (`apt-get install -y --no-install-recommends …`)',
  'red-hat': 'dnf, yum, microdnf',
  busybox: '',
};

export default defineDockerfileRule({
  id: 'package-manager-matches-base',
  title: {
    en: "Install packages with the base image's own package manager",
    ko: '베이스 이미지의 패키지 관리자로 패키지 설치하기',
  },
  severity: 'error',
  concept: 'image-layers',
  topics: ['linux-filesystem', 'docker-operations'],
  description: {
    en: "An image carries the package manager of the distribution it is built on, and no other: Alpine has apk, Debian and Ubuntu have apt-get, the Red Hat family has dnf, yum or microdnf, and BusyBox has none. `FROM python:3.12-alpine` followed by `RUN apt-get install …` fails the build with `apt-get: not found`, typically after the tag was changed to a smaller variant. The rule reads the stage's base image (the stages it builds FROM included) and reports a manager it cannot have; it says nothing when a build argument picks the image or its tag, or when the name does not settle the distribution (openjdk and mysql moved from Debian to Oracle Linux between tags, and other publishers reuse official names: `public.ecr.aws/lambda/python` is Amazon Linux), and skips a RUN that calls managers of several families, as scripts that work on any base do.",
    ko: '이미지에는 바탕이 된 배포판의 패키지 관리자만 있습니다. Alpine에는 apk, Debian과 Ubuntu에는 apt-get, Red Hat 계열에는 dnf, yum, microdnf가 있고 BusyBox에는 없습니다. `FROM python:3.12-alpine` 다음의 `RUN apt-get install …`은 빌드를 `apt-get: not found`로 실패시키며, 흔히 태그를 더 작은 변형으로 바꾼 뒤에 생깁니다. 이 규칙은 스테이지의 베이스 이미지(FROM으로 이어지는 스테이지 포함)를 읽고 그 이미지에 있을 수 없는 관리자를 알립니다. 빌드 인자가 이미지나 태그를 고를 때, 이름만으로 배포판이 정해지지 않을 때(openjdk와 mysql은 태그에 따라 Debian에서 Oracle 리눅스로 바뀌었고, `public.ecr.aws/lambda/python`처럼 다른 배포자의 이미지가 공식 이미지의 이름을 쓰기도 합니다)는 말하지 않고, 어느 베이스에서나 동작하도록 여러 계열의 관리자를 부르는 RUN은 건너뜁니다.',
  },
  remediation: {
    en: "Use the base image's own manager, with the package names of that distribution (they differ: `build-essential` on Debian is `build-base` on Alpine), or go back to a base image of the distribution the commands were written for.",
    ko: '베이스 이미지의 관리자를 그 배포판의 패키지 이름으로 쓰세요(이름이 다릅니다: Debian의 `build-essential`은 Alpine에서 `build-base`입니다). 아니면 명령이 쓰인 배포판의 베이스 이미지로 되돌리세요.',
  },
  peers: {},
  noPeer:
    'hadolint checks how apt-get, apk, yum, dnf and zypper are called, each on its own, but not whether the base image has that manager; BuildKit only finds out when the RUN fails.',
  example: {
    bad: 'FROM python:3.12.7-alpine3.20\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nUSER 10001\nCMD ["python", "-m", "app"]\n',
    good: 'FROM python:3.12.7-alpine3.20\nRUN apk add --no-cache gcc=13.2.1_git20240309-r0\nUSER 10001\nCMD ["python", "-m", "app"]\n',
  },
  messages: {
    foreign: {
      en: '{manager} is not in {image}, which is built on {family}: the build fails with "{manager}: not found". Install packages with {native}.',
      ko: '{family} 기반인 {image}에는 {manager} 명령이 없어 빌드가 "{manager}: not found"로 실패합니다. {native}{으로/로} 패키지를 설치하세요.',
    },
    none: {
      en: '{manager} is not in {image}: BusyBox images have no package manager, and the build fails with "{manager}: not found". Build on a distribution image (alpine, debian) instead.',
      ko: '{image}에는 {manager} 명령이 없습니다. BusyBox 이미지에는 패키지 관리자가 없어 빌드가 "{manager}: not found"로 실패합니다. 배포판 이미지(alpine, debian)를 바탕으로 만드세요.',
    },
  },
  check(ctx) {
    for (const step of ctx.file.runs()) {
      const missing = missingManagers(ctx.file, step);
      if (missing.length === 0 || !step.stage) continue;
      const image = rootImageOf(ctx.file, step.stage)?.written ?? '';
      for (const { command, manager, family } of missing) {
        const data = { manager, image, family: FAMILY_NAMES[family], native: NATIVE[family] };
        ctx.report({ range: command.range, message: ctx.t(family === 'busybox' ? 'none' : 'foreign', data) });
      }
    }
  },
});

const FAMILY_NAMES: Record<ImageFamily, string> = {
  alpine: 'Alpine',
  debian: 'Debian/Ubuntu',
  'red-hat': 'Red Hat',
  busybox: 'BusyBox',
};
