import type { Instruction } from 'dockerfile-ast';
import type { DockerfileContext, RunStep } from '../../../engine/dockerfile/context';
import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { defineDockerfileRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { continuation, parseAlone, shellSource } from '../run-edits';
import { runFlagsText } from '../run-mounts';
import { basename } from '../run-words';

/** Commands whose effect outlives them in the shell: after a merge, the next RUN's commands would feel it. */
const SHELL_STATE = new Set([
  'cd',
  'pushd',
  'popd',
  'export',
  'set',
  'shopt',
  'source',
  '.',
  'eval',
  'exec',
  'alias',
  'unalias',
  'unset',
  'umask',
  'ulimit',
  'trap',
  'declare',
  'typeset',
  'local',
  'readonly',
  'exit',
  'return',
  'hash',
]);
/** A variable assignment or a function definition anywhere in the text also changes the shell's state. */
const ASSIGNS_OR_DEFINES = /(^|[\s;&|({])[A-Za-z_][A-Za-z0-9_]*(\+)?=|\(\)\s*\{|\bfunction\s/;

export default defineDockerfileRule({
  id: 'merge-consecutive-runs',
  title: {
    en: 'Consider merging consecutive RUN instructions',
    ko: '연속된 RUN 명령어를 합치는 것 고려하기',
  },
  severity: 'info',
  concept: 'image-layers',
  topics: ['union-filesystem', 'docker-architecture'],
  description: {
    en: 'Every RUN adds a layer. Consecutive RUNs that belong together (install, then configure) make more layers to store and pull, and a file one RUN creates and a later RUN deletes stays in the image. Keeping RUNs apart is sometimes right: a slow, rarely changing step in a layer of its own is reused from the build cache while the steps after it change. That is why this is advice, and why a comment line between two RUNs (a sign the split is deliberate) keeps them apart.',
    ko: 'RUN마다 레이어가 하나 생깁니다. 함께 가는 연속된 RUN(설치한 뒤 설정)은 저장하고 내려받을 레이어를 늘리고, 한 RUN이 만들고 다음 RUN이 지운 파일은 이미지에 남습니다. RUN을 나누는 것이 옳을 때도 있습니다: 느리고 거의 바뀌지 않는 단계를 따로 두면 뒤의 단계가 바뀌어도 빌드 캐시에서 그 레이어를 재사용합니다. 그래서 조언이며, 두 RUN 사이에 주석 줄이 있으면(일부러 나눴다는 표시) 합치라고 하지 않습니다.',
  },
  remediation: {
    en: 'Join them with `&&` in one RUN, continuing lines with `\\`. The fix merges them when the result means the same: the first RUN leaves no shell state (cd, export, set, variables) for the second, and the second is one `&&` chain. It is offered, not applied on save, because a split can be deliberate.',
    ko: '한 RUN 안에서 `&&`로 잇고 줄은 `\\`로 이으세요. 결과가 같을 때 수정이 합쳐 줍니다: 첫 RUN이 둘째 RUN에 셸 상태(cd, export, set, 변수)를 남기지 않고, 둘째 RUN이 `&&` 하나로 이어진 명령일 때입니다. 일부러 나눈 것일 수 있으므로 이 수정은 제안만 하고 저장할 때 자동으로 적용하지 않습니다.',
  },
  peers: { hadolint: ['DL3059'] },
  example: {
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN adduser -D app\nUSER app\nCMD ["curl", "--version"]\n',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl \\\n && adduser -D app\nUSER app\nCMD ["curl", "--version"]\n',
  },
  messages: {
    consecutive: {
      en: 'This RUN directly follows another RUN, and each adds a layer; merge them with && unless the split is deliberate.',
      ko: '이 RUN은 다른 RUN 바로 다음에 오고, RUN마다 레이어가 생깁니다. 일부러 나눈 것이 아니라면 &&로 합치세요.',
    },
    repeats: {
      en: 'This RUN repeats the removal the RUN above ends with: it adds a layer and removes nothing.',
      ko: '이 RUN은 위의 RUN이 마지막에 한 삭제를 되풀이합니다. 레이어만 늘고 지우는 것은 없습니다.',
    },
    fixTitle: { en: 'Merge into the RUN above', ko: '위의 RUN에 합치기' },
    dropTitle: { en: 'Remove this RUN', ko: '이 RUN 지우기' },
  },
  fix: 'unsafe',
  check(ctx) {
    const steps = new Map(ctx.file.runs().map((step) => [step.instruction, step]));
    const instructions = ctx.instructions;
    for (let i = 1; i < instructions.length; i++) {
      const first = steps.get(instructions[i - 1] as Instruction);
      const second = steps.get(instructions[i] as Instruction);
      if (!first || !second || first.onbuild || second.onbuild || !mergeable(ctx, first, second)) continue;
      const repeat = repeatsRemovals(ctx, first, second);
      const fix = repeat ? dropFix(ctx, first, second) : mergeFix(ctx, first, second);
      ctx.report({
        range: second.instruction.getInstructionRange(),
        message: ctx.t(repeat ? 'repeats' : 'consecutive'),
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/** Two shell-form RUNs with the same flags and nothing between them, not even a comment. */
function mergeable(ctx: DockerfileContext, first: RunStep, second: RunStep): boolean {
  if (runFlagsText(first.run) !== runFlagsText(second.run)) return false;
  const between = ctx.text.slice(
    ctx.index.offsetAt(first.instruction.getRange().end),
    ctx.index.offsetAt(second.instruction.getRange().start),
  );
  if (between.trim() !== '') return false;
  return [first, second].every((step) => !(step.run.getRawArgumentsContent() ?? '').trimStart().startsWith('['));
}

function mergeFix(ctx: DockerfileContext, first: RunStep, second: RunStep): Fix | undefined {
  const a = shellSource(ctx, first);
  const b = shellSource(ctx, second);
  const shell = ctx.file.shellOf(second.instruction);
  if (!a || !b || !first.commands || !second.commands || !shell?.ok || !shell.andChain) return undefined;
  if (first.commands.some((c) => SHELL_STATE.has(basename(c.name))) || ASSIGNS_OR_DEFINES.test(a.text))
    return undefined;
  // The continuation style of these RUNs, else of the file's first continued line.
  const joint = `${continuation(a.text + b.text + ctx.text)}&& `;
  const merged = parseAlone(a.text + joint + b.text);
  if (merged?.length !== first.commands.length + second.commands.length) return undefined;
  return {
    title: ctx.t('fixTitle'),
    edits: [
      {
        range: { start: ctx.index.positionAt(a.start + a.text.length), end: ctx.index.positionAt(b.start) },
        newText: joint,
      },
    ],
  };
}

/** `rm -f` or `rm -rf` of paths: run again right after it ran, it finds nothing to remove. */
function isForcedRemoval(command: ShellCommand): boolean {
  return (
    basename(command.name) === 'rm' &&
    !command.pipe &&
    command.args.some((arg) => /^-[a-zA-Z]*f[a-zA-Z]*$|^--force$/.test(arg.raw))
  );
}

/**
 * The second RUN is only forced removals that the first ends with, after `&&` (so they ran last,
 * or the build failed): merging would run them twice, as a fix that cleaned up the first RUN and
 * a separate cleanup RUN written before it would otherwise leave.
 */
function repeatsRemovals(ctx: DockerfileContext, first: RunStep, second: RunStep): boolean {
  const a = shellSource(ctx, first);
  const b = shellSource(ctx, second);
  if (!a || !b || !second.commands?.length || !second.commands.every(isForcedRemoval)) return false;
  const tail = b.text.trim();
  const head = a.text.trimEnd();
  if (tail === '' || !head.endsWith(tail)) return false;
  return /&&\s*$/.test(head.slice(0, head.length - tail.length).replace(/\\\r?\n/g, ' '));
}

/** Deletes the second RUN, from the end of the first to its own end (only blank space lies between). */
function dropFix(ctx: DockerfileContext, first: RunStep, second: RunStep): Fix {
  return {
    title: ctx.t('dropTitle'),
    edits: [
      { range: { start: first.instruction.getRange().end, end: second.instruction.getRange().end }, newText: '' },
    ],
  };
}
