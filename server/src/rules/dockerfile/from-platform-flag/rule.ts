import type { From } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { variableReferences } from '../variables';

const PLATFORM = /^([a-z0-9_]+)\/([a-z0-9_]+)(?:\/([a-z0-9_]+))?$/i;

export default defineDockerfileRule({
  id: 'from-platform-flag',
  title: {
    en: 'Use FROM --platform only with the build or target platform variables',
    ko: 'FROM --platform에는 빌드·대상 플랫폼 변수만 쓰기',
  },
  severity: 'warning',
  concept: 'immutable-images',
  topics: ['docker-operations', 'hybrid-multi-cloud'],
  description: {
    en: 'A fixed platform such as `FROM --platform=linux/amd64` builds that architecture whatever the build asks for: a multi-platform build produces amd64 binaries labelled arm64, and an Apple-silicon laptop runs everything under emulation. `--platform=$BUILDPLATFORM` is the cross-compilation pattern (build natively, target `$TARGETPLATFORM`), and `--platform=$TARGETPLATFORM` only repeats the default.',
    ko: '`FROM --platform=linux/amd64`처럼 고정한 플랫폼은 빌드가 무엇을 요청하든 그 아키텍처로 빌드합니다. 멀티 플랫폼 빌드가 arm64라고 표시된 amd64 바이너리를 만들고, Apple 실리콘 노트북은 모든 것을 에뮬레이션으로 돌립니다. `--platform=$BUILDPLATFORM`은 크로스 컴파일 패턴(네이티브로 빌드하고 `$TARGETPLATFORM`을 대상으로)이며, `--platform=$TARGETPLATFORM`은 기본값을 되풀이할 뿐입니다.',
  },
  remediation: {
    en: 'Drop the flag and choose the platform when building (`docker buildx build --platform linux/amd64,linux/arm64`); in a build stage that cross-compiles, write `FROM --platform=$BUILDPLATFORM …`.',
    ko: '플래그를 지우고 빌드할 때 플랫폼을 고르세요(`docker buildx build --platform linux/amd64,linux/arm64`). 크로스 컴파일하는 빌드 스테이지에서는 `FROM --platform=$BUILDPLATFORM …`을 쓰세요.',
  },
  exceptions: {
    en: 'An image that exists for one architecture only may need the fixed platform; name the stage after it (`AS build-amd64`) and the finding goes away, as in BuildKit.',
    ko: '한 아키텍처로만 나오는 이미지라면 고정 플랫폼이 필요할 수 있습니다. 스테이지 이름에 그 아키텍처를 넣으면(`AS build-amd64`) BuildKit처럼 보고하지 않습니다.',
  },
  peers: {
    hadolint: ['DL3029', 'DL3065'],
    buildkit: ['FromPlatformFlagConstDisallowed', 'RedundantTargetPlatform'],
  },
  example: {
    bad: 'FROM --platform=linux/amd64 node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    constant: {
      en: 'FROM --platform={platform} always builds {platform}, whatever platform the build targets.',
      ko: 'FROM --platform={platform|은/는} 빌드 대상 플랫폼과 상관없이 언제나 {platform|으로/로} 빌드합니다.',
    },
    redundant: {
      en: '--platform={platform} repeats the default: FROM already pulls for the target platform.',
      ko: '--platform={platform|은/는} 기본값을 되풀이합니다: FROM은 이미 대상 플랫폼용 이미지를 받아옵니다.',
    },
    fixTitle: { en: 'Remove --platform={platform}', ko: '--platform={platform} 지우기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const stage of ctx.stages) {
      const from = stage.from as From;
      const flag = from.getPlatformFlag();
      const platform = flag?.getValue();
      const valueRange = flag?.getValueRange();
      if (!flag || !platform || !valueRange) continue;
      const refs = variableReferences(platform, ctx.file.ast.getEscapeCharacter());
      if (refs.length === 1 && refs[0]?.name === 'TARGETPLATFORM' && refs[0].operator === undefined) {
        if (refs[0].start !== 0 || refs[0].end !== platform.length) continue;
        const flagRange = flag.getRange();
        const after = ctx.index.offsetAt(flagRange.end);
        const spaces = /^[ \t]*/.exec(ctx.text.slice(after))?.[0].length ?? 0;
        ctx.report({
          range: flagRange,
          message: ctx.t('redundant', { platform }),
          fix: {
            title: ctx.t('fixTitle', { platform }),
            edits: [{ range: { start: flagRange.start, end: ctx.index.positionAt(after + spaces) }, newText: '' }],
          },
        });
        continue;
      }
      if (refs.length > 0) continue;
      const parts = PLATFORM.exec(platform.replace(/^["']|["']$/g, ''));
      if (!parts) continue;
      const name = stage.name ?? '';
      if (name === platform.toLowerCase() || [parts[1], parts[2]].some((p) => p && name.includes(p.toLowerCase())))
        continue;
      ctx.report({ range: valueRange, message: ctx.t('constant', { platform }) });
    }
  },
});
