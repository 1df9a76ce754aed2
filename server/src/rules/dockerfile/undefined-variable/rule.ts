import type { Instruction } from 'dockerfile-ast';
import type { DockerfileContext, Stage } from '../../../engine/dockerfile/context';
import { globalArgs } from '../../../engine/dockerfile/from-image';
import { defineDockerfileRule } from '../../../engine/rule';
import { instructionGroups } from '../stages';
import {
  AUTOMATIC_PLATFORM_ARGS,
  PREDEFINED_ARGS,
  definedNames,
  likelyTypoOf,
  namesInScope,
  startsFromImage,
  variableReferences,
} from '../variables';

/** Instructions whose arguments the builder expands; RUN, CMD and the like are left to the shell. */
const EXPANDING = new Set(['ADD', 'ARG', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR']);

/** Variables nearly every base image or the builder sets; never taken for typos of each other. */
const WELL_KNOWN = new Set(['PATH', 'HOME', 'HOSTNAME', 'LANG', 'LC_ALL', 'TERM', 'USER', 'PWD', 'SHELL']);

export default defineDockerfileRule({
  id: 'undefined-variable',
  title: {
    en: 'Declare build arguments in the stage that uses them',
    ko: '빌드 인자는 그것을 쓰는 스테이지에서 선언하기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['docker-operations', 'docker-architecture'],
  description: {
    en: 'COPY, ENV, WORKDIR, LABEL and the other instructions expand `$NAME` when the image is built, and a name with no value becomes an empty string without any error. An ARG written before the first FROM is visible only to FROM lines; each stage must declare it again (`ARG VERSION`) to use it, and the automatic `TARGETARCH`-style arguments likewise. A misspelt name (`$PAHT`) is empty too. Base images may set variables of their own, so an unknown name is reported only when it is clearly a slip.',
    ko: 'COPY, ENV, WORKDIR, LABEL 등의 명령어는 이미지를 빌드할 때 `$NAME`을 펼치며, 값이 없는 이름은 아무 오류 없이 빈 문자열이 됩니다. 첫 FROM보다 앞에 쓴 ARG는 FROM 줄에서만 보입니다. 각 스테이지에서 쓰려면 다시 선언(`ARG VERSION`)해야 하며, `TARGETARCH` 같은 자동 인자도 마찬가지입니다. 철자가 틀린 이름(`$PAHT`)도 빈 값입니다. 베이스 이미지가 따로 변수를 정할 수 있으므로, 모르는 이름은 분명한 실수일 때만 보고합니다.',
  },
  remediation: {
    en: 'Declare the argument inside the stage before its first use (`ARG VERSION`, no value needed to inherit the global default), or correct the name.',
    ko: '처음 쓰기 전에 스테이지 안에서 인자를 선언하거나(`ARG VERSION`, 전역 기본값을 이어받는 데는 값이 필요 없습니다) 이름을 고치세요.',
  },
  peers: { buildkit: ['UndefinedVar'] },
  example: {
    bad: 'ARG APP_VERSION=1.4.2\nFROM alpine:3.20\nLABEL org.opencontainers.image.version=$APP_VERSION\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: 'ARG APP_VERSION=1.4.2\nFROM alpine:3.20\nARG APP_VERSION\nLABEL org.opencontainers.image.version=$APP_VERSION\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
  },
  messages: {
    globalArg: {
      en: '${name} is declared before the first FROM, which makes it visible to FROM lines only; add `ARG {name}` in this stage, or it is empty here (unless the base image sets it).',
      ko: '${name|은/는} 첫 FROM보다 앞에 선언되어 FROM 줄에서만 보입니다. 이 스테이지에 `ARG {name}`{을/를} 추가하지 않으면 여기서는 빈 값입니다(베이스 이미지가 정하지 않는 한).',
    },
    platformArg: {
      en: '${name} is set by the builder but is in scope only after `ARG {name}` in this stage; without it, it is empty here.',
      ko: '${name|은/는} 빌더가 정하지만 이 스테이지에서 `ARG {name}` 다음에만 쓸 수 있습니다. 없으면 여기서는 빈 값입니다.',
    },
    undefined: {
      en: '${name} is never defined in this stage, so it expands to an empty string.',
      ko: '${name|은/는} 이 스테이지에서 정의된 적이 없어 빈 문자열로 펼쳐집니다.',
    },
    typo: {
      en: '${name} is never defined in this stage; did you mean ${suggestion}?',
      ko: '${name|은/는} 이 스테이지에서 정의된 적이 없습니다. ${suggestion|을/를} 뜻했나요?',
    },
  },
  check(ctx) {
    const global = globalArgs(ctx.file);
    const escape = ctx.file.ast.getEscapeCharacter();
    for (const { stage, instructions } of instructionGroups(ctx.file)) {
      for (const instruction of instructions) {
        if (!EXPANDING.has(instruction.getKeyword())) continue;
        const argsRange = instruction.getArgumentsRange();
        if (!argsRange) continue;
        const base = ctx.index.offsetAt(argsRange.start);
        const text = ctx.text.slice(base, ctx.index.offsetAt(argsRange.end));
        const inScope = stage
          ? namesInScope(ctx.file, stage, instruction)
          : namesBefore(instructions, instruction, global);
        const ownNames = new Set(definedNames(instruction));
        for (const ref of variableReferences(text, escape)) {
          if (ref.operator !== undefined || inScope.has(ref.name) || ownNames.has(ref.name)) continue;
          if (PREDEFINED_ARGS.has(ref.name)) continue;
          const message = messageFor(ctx, stage, instruction, ref.name, inScope, global);
          if (message) ctx.report({ range: ctx.index.rangeOf(base + ref.start, base + ref.end), message });
        }
      }
    }
  },
});

/** Before the first FROM there is no stage: what the lines written so far and the global ARGs define. */
function namesBefore(
  instructions: Instruction[],
  at: Instruction,
  global: Map<string, string | undefined>,
): Set<string> {
  const names = new Set(global.keys());
  for (const instruction of instructions) {
    if (instruction === at) break;
    definedNames(instruction).forEach((n) => names.add(n));
  }
  return names;
}

function messageFor(
  ctx: DockerfileContext,
  stage: Stage | undefined,
  instruction: Instruction,
  name: string,
  inScope: Set<string>,
  global: Map<string, string | undefined>,
): string | undefined {
  // Before the first FROM the base image is unknown: it may define the name, as any image may.
  const fromImage = !stage || startsFromImage(ctx.file, stage);
  if (stage && global.has(name)) return ctx.t('globalArg', { name });
  if (AUTOMATIC_PLATFORM_ARGS.has(name)) return ctx.t('platformArg', { name });
  const candidates = [...inScope, ...(fromImage ? WELL_KNOWN : [])];
  const suggestion = WELL_KNOWN.has(name) ? undefined : likelyTypoOf(name, candidates);
  if (suggestion) return ctx.t('typo', { name, suggestion });
  // Without a base image nothing else can define the name; with one, only a likely slip is reported.
  if (!fromImage && instruction.getKeyword() !== 'ARG') return ctx.t('undefined', { name });
  return undefined;
}
