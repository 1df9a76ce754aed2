import { defineDockerfileRule } from '../../../engine/rule';
import { packageInstall, packageName, removesPackages } from '../package-installs';
import { finalImageInstructions } from '../stages';

/** Compilers, build systems and headers: what a build needs and a running service does not. */
const BUILD_TOOL =
  /^(gcc|gcc-c\+\+|g\+\+|clang|llvm|make|cmake|ninja-build|build-essential|build-base|autoconf|automake|libtool|pkg-?config|pkgconf|golang|go|rustc|cargo|musl-dev|libc6?-dev|linux-headers|.+-dev|.+-devel)$/;

export default defineDockerfileRule({
  id: 'build-tools-in-final-stage',
  title: {
    en: 'Keep compilers and -dev packages out of the final stage',
    ko: '컴파일러와 -dev 패키지는 최종 스테이지에 두지 않기',
  },
  severity: 'warning',
  concept: 'image-layers',
  topics: ['union-filesystem', 'containers'],
  description: {
    en: 'A multi-stage build exists so that compilers, headers and build systems stay in a build stage and only the results are copied into the final image. Installing them in the final stage undoes that: the image grows by hundreds of megabytes and ships tools an attacker can use to build exploits inside the container. Packages removed again in the same RUN (`apk del .build-deps`, `apt-get purge --auto-remove`) are not reported, nor are images without CMD or ENTRYPOINT: those are toolchain or base images (like `golang`), built for others to build on.',
    ko: '멀티 스테이지 빌드는 컴파일러, 헤더, 빌드 시스템을 빌드 스테이지에 두고 결과물만 최종 이미지로 복사하려고 씁니다. 최종 스테이지에 그것들을 설치하면 그 의미가 사라집니다: 이미지가 수백 MB 커지고, 공격자가 컨테이너 안에서 공격 도구를 빌드하는 데 쓸 수 있는 도구까지 배포됩니다. 같은 RUN에서 다시 지우는 패키지(`apk del .build-deps`, `apt-get purge --auto-remove`)와, CMD나 ENTRYPOINT가 없는 이미지는 보고하지 않습니다. 후자는 다른 이미지가 바탕으로 삼도록 만든 툴체인이나 베이스 이미지(`golang` 등)입니다.',
  },
  remediation: {
    en: 'Install the build tools in the build stage, build there, and `COPY --from=build` only the results; in the final stage install just the runtime libraries (`libpq5` rather than `libpq-dev`).',
    ko: '빌드 도구는 빌드 스테이지에 설치해 거기서 빌드하고, 결과물만 `COPY --from=build`로 가져오세요. 최종 스테이지에는 실행에 필요한 라이브러리만 설치하세요(`libpq-dev` 대신 `libpq5`).',
  },
  noPeer:
    'hadolint and BuildKit do not judge which packages reach the final stage; this teaching rule comes from multi-stage builds.',
  peers: {},
  example: {
    bad: 'FROM python:3.13-slim AS build\nWORKDIR /src\nCOPY . .\nRUN pip wheel --no-cache-dir --wheel-dir /wheels .\nFROM python:3.13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /wheels /wheels\nUSER 10001\nCMD ["python", "-m", "app"]\n',
    good: 'FROM python:3.13-slim AS build\nWORKDIR /src\nCOPY . .\nRUN pip wheel --no-cache-dir --wheel-dir /wheels .\nFROM python:3.13-slim\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*\nCOPY --from=build /wheels /wheels\nUSER 10001\nCMD ["python", "-m", "app"]\n',
  },
  messages: {
    buildTools: {
      en: 'The final image of this multi-stage build installs {packages}; build in an earlier stage and copy only the results.',
      ko: '이 멀티 스테이지 빌드의 최종 이미지가 {packages|을/를} 설치합니다. 앞 스테이지에서 빌드하고 결과물만 복사하세요.',
    },
  },
  check(ctx) {
    if (ctx.stages.length < 2) return;
    const final = finalImageInstructions(ctx.file);
    if (!final.some((i) => i.getKeyword() === 'CMD' || i.getKeyword() === 'ENTRYPOINT')) return;
    for (const instruction of final) {
      const commands = ctx.file.runCommands(instruction);
      if (!commands || commands.some(removesPackages)) continue;
      for (const command of commands) {
        const install = packageInstall(command);
        const tools = install?.packages.filter((p) => BUILD_TOOL.test(packageName(p))) ?? [];
        const first = tools[0];
        const last = tools[tools.length - 1];
        if (!first || !last) continue;
        ctx.report({
          range: { start: first.range.start, end: last.range.end },
          message: ctx.t('buildTools', { packages: tools.map(packageName).join(', ') }),
        });
      }
    }
  },
});
