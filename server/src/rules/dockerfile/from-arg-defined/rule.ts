import type { From } from 'dockerfile-ast';
import { closest } from '../../../config/suggest';
import type { DockerfileContext } from '../../../engine/dockerfile/context';
import { defineDockerfileRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import { globalArgs } from '../../../engine/dockerfile/from-image';
import { AUTOMATIC_PLATFORM_ARGS, PREDEFINED_ARGS, variableReferences } from '../variables';

/** Docker's image reference grammar: optional registry, lowercase path components, tag, digest. */
const IMAGE_REFERENCE =
  /^(?:(?:localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|[A-Za-z0-9-]+:\d+|\[[0-9a-fA-F:]+\])(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;

export default defineDockerfileRule({
  id: 'from-arg-defined',
  title: {
    en: 'Declare the build arguments FROM uses, with defaults that make an image name',
    ko: 'FROM이 쓰는 빌드 인자를 선언하고, 이미지 이름이 되는 기본값 주기',
  },
  severity: 'warning',
  concept: 'immutable-images',
  topics: ['docker-operations', 'union-filesystem'],
  description: {
    en: 'A FROM line can only use build arguments declared with ARG before the first FROM (and the automatic platform ones such as `$BUILDPLATFORM`). An ARG written inside an earlier stage, or a misspelt name, expands to nothing, and the build fails with an invalid image name or pulls something else. A declared argument whose default leaves the name empty or invalid works only when every build passes `--build-arg`.',
    ko: 'FROM 줄은 첫 FROM보다 앞에 ARG로 선언한 빌드 인자(그리고 `$BUILDPLATFORM` 같은 자동 플랫폼 인자)만 쓸 수 있습니다. 앞 스테이지 안에 쓴 ARG나 철자가 틀린 이름은 빈 값이 되어, 빌드가 잘못된 이미지 이름으로 실패하거나 다른 이미지를 받아옵니다. 선언은 했지만 기본값으로는 이름이 비거나 잘못되는 인자는 모든 빌드가 `--build-arg`를 넘길 때만 동작합니다.',
  },
  remediation: {
    en: 'Declare the argument at the top of the file with a working default: `ARG NODE_VERSION=22` then `FROM node:${NODE_VERSION}-alpine`.',
    ko: '파일 맨 위에서 동작하는 기본값과 함께 인자를 선언하세요: `ARG NODE_VERSION=22` 다음 `FROM node:${NODE_VERSION}-alpine`.',
  },
  peers: { buildkit: ['UndefinedArgInFrom', 'InvalidDefaultArgInFrom'] },
  example: {
    bad: 'FROM node:${NODE_VERSION}-alpine\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'ARG NODE_VERSION=22.11\nFROM node:${NODE_VERSION}-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    undeclared: {
      en: '${name} is not declared before the first FROM, so it is empty here; add `ARG {name}=…` at the top of the file.',
      ko: '${name|이/가} 첫 FROM보다 앞에 선언되지 않아 여기서는 빈 값입니다. 파일 맨 위에 `ARG {name}=…`를 추가하세요.',
    },
    undeclaredTypo: {
      en: '${name} is not declared before the first FROM, so it is empty here; did you mean ${suggestion}?',
      ko: '${name|이/가} 첫 FROM보다 앞에 선언되지 않아 여기서는 빈 값입니다. ${suggestion|을/를} 뜻했나요?',
    },
    invalidDefault: {
      en: 'With the defaults of its build arguments, this FROM names "{image}", which is not a valid image; give {names} a default that works.',
      ko: '빌드 인자의 기본값으로는 이 FROM이 올바른 이미지가 아닌 "{image}"{을/를} 가리킵니다. {names}에 동작하는 기본값을 주세요.',
    },
  },
  check(ctx) {
    const declared = globalArgs(ctx.file);
    const escape = ctx.file.ast.getEscapeCharacter();
    for (const stage of ctx.stages) {
      const from = stage.from as From;
      const image = from.getImage();
      const imageRange = from.getImageRange();
      const undeclared = [
        ...referencesIn(ctx, image, imageRange, escape),
        ...referencesIn(
          ctx,
          from.getPlatformFlag()?.getValue() ?? null,
          from.getPlatformFlag()?.getValueRange() ?? null,
          escape,
        ),
      ].filter(
        (ref) => !declared.has(ref.name) && !AUTOMATIC_PLATFORM_ARGS.has(ref.name) && !PREDEFINED_ARGS.has(ref.name),
      );
      for (const ref of undeclared) {
        const suggestion = closest(ref.name, [...declared.keys()]);
        ctx.report({
          range: ref.range,
          message: suggestion
            ? ctx.t('undeclaredTypo', { name: ref.name, suggestion })
            : ctx.t('undeclared', { name: ref.name }),
        });
      }
      if (undeclared.length > 0 || !image || !imageRange || !image.includes('$')) continue;
      const refs = variableReferences(image, escape);
      const resolved = expandWithDefaults(image, declared, escape);
      if (resolved === undefined || ctx.file.stageNamesBefore(from.getRange().start.line).has(resolved.toLowerCase()))
        continue;
      if (resolved !== '' && (resolved.toLowerCase() === 'scratch' || IMAGE_REFERENCE.test(resolved))) continue;
      const names = [...new Set(refs.map((r) => r.name))].filter((n) => !AUTOMATIC_PLATFORM_ARGS.has(n));
      if (names.length === 0) continue;
      ctx.report({ range: imageRange, message: ctx.t('invalidDefault', { image: resolved, names: names.join(', ') }) });
    }
  },
});

interface PlacedReference {
  name: string;
  range: Range;
}

/** References without a default of their own (`${X:-alpine}` needs no declaration), placed in the document. */
function referencesIn(
  ctx: DockerfileContext,
  text: string | null,
  range: Range | null,
  escape: string,
): PlacedReference[] {
  if (!text || !range) return [];
  const base = ctx.index.offsetAt(range.start);
  return variableReferences(text, escape)
    .filter((ref) => ref.operator === undefined || ref.operator.endsWith('?') || ref.operator.endsWith('+'))
    .map((ref) => ({ name: ref.name, range: ctx.index.rangeOf(base + ref.start, base + ref.end) }));
}

/**
 * The text with each reference replaced as BuildKit does before any `--build-arg`: declared
 * defaults, empty for arguments without one. Undefined when the automatic platform arguments decide it.
 */
function expandWithDefaults(
  text: string,
  declared: Map<string, string | undefined>,
  escape: string,
): string | undefined {
  let result = '';
  let last = 0;
  for (const ref of variableReferences(text, escape)) {
    if (ref.start < last) continue;
    if (AUTOMATIC_PLATFORM_ARGS.has(ref.name)) return undefined;
    const value = declared.get(ref.name);
    let expanded = value ?? '';
    if (ref.operator === ':-' && !value) expanded = ref.word ?? '';
    else if (ref.operator === '-' && value === undefined) expanded = ref.word ?? '';
    else if (ref.operator === ':+') expanded = value ? (ref.word ?? '') : '';
    else if (ref.operator === '+') expanded = value !== undefined ? (ref.word ?? '') : '';
    if (expanded.includes('$')) return undefined;
    result += text.slice(last, ref.start) + expanded;
    last = ref.end;
  }
  return (result + text.slice(last)).replace(/^["']|["']$/g, '');
}
