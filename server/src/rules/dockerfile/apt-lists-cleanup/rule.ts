import type { Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import type { DockerfileContext } from '../../../engine/dockerfile/context';
import { parseShell, type ShellCommand } from '../../../engine/dockerfile/shell';
import { LineIndex } from '../../../engine/text';
import { cacheMountTargets, commandName, isAptCall, shippedStages } from '../support';

const LISTS = '/var/lib/apt/lists';
const CLEANUP = ` && rm -rf ${LISTS}/*`;

export default defineDockerfileRule({
  id: 'apt-lists-cleanup',
  title: {
    en: 'Remove apt lists in the same RUN',
    ko: 'apt 목록은 같은 RUN에서 지우기',
  },
  severity: 'warning',
  concept: 'image-layers',
  topics: ['union-filesystem', 'linux-filesystem'],
  description: {
    en: '`apt-get update` downloads package indexes into /var/lib/apt/lists, tens of megabytes. Each RUN becomes a layer, so deleting them in a later RUN hides them but keeps them in the image. They also go stale: a cached layer with old lists makes later installs fail or install old versions.',
    ko: '`apt-get update`는 수십 메가바이트의 패키지 색인을 /var/lib/apt/lists에 내려받습니다. RUN마다 레이어가 되므로 나중 RUN에서 지우면 가려질 뿐 이미지에는 남습니다. 목록은 낡기도 합니다: 오래된 목록이 든 캐시 레이어 때문에 나중 설치가 실패하거나 옛 버전이 설치됩니다.',
  },
  remediation: {
    en: 'Update, install and clean up in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`, or use a BuildKit cache mount for /var/lib/apt/lists.',
    ko: '갱신, 설치, 정리를 한 RUN에서 하세요: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`. 또는 /var/lib/apt/lists에 BuildKit 캐시 마운트를 쓰세요.',
  },
  peers: { hadolint: ['DL3009'] },
  example: {
    bad: 'RUN apt-get update && apt-get install -y curl',
    good: 'RUN apt-get update && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*',
  },
  messages: {
    keepsLists: {
      en: '"{command}" leaves /var/lib/apt/lists in this layer; remove it in the same RUN.',
      ko: '"{command}"가 /var/lib/apt/lists를 이 레이어에 남깁니다. 같은 RUN에서 지우세요.',
    },
    fixTitle: { en: 'Remove /var/lib/apt/lists at the end of the RUN', ko: 'RUN 끝에서 /var/lib/apt/lists 지우기' },
  },
  fix: 'safe',
  check(ctx) {
    // Lists left in a build stage whose files are only partly copied never reach the image.
    const shipped = shippedStages(ctx.file);
    const runs = ctx.instructions.filter((i) => i.getKeyword() === 'RUN');
    for (const stage of shipped) {
      for (const instruction of stage.instructions) {
        if (instruction.getKeyword() !== 'RUN' || usesAptCache(instruction)) continue;
        const shell = ctx.file.shellOf(instruction);
        if (!shell?.ok) continue;
        const update = shell.commands.find((c) => isAptCall(c, 'update'));
        if (!update || shell.commands.some(removesLists)) continue;
        const later = runs.slice(runs.indexOf(instruction) + 1);
        const fix = later.some((run) => installsWithoutUpdate(ctx, run)) ? undefined : appendCleanup(ctx, instruction);
        const words = [update.name, ...update.args.map((a) => a.raw)].join(' ');
        ctx.report({
          range: update.range,
          message: ctx.t('keepsLists', { command: words }),
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});

/** `rm -rf /var/lib/apt/lists/*`, or apt's own `dist-clean` (apt 2.7+), which also empties the lists. */
function removesLists(command: ShellCommand): boolean {
  if (isAptCall(command, 'dist-clean')) return true;
  return (
    commandName(command) === 'rm' &&
    command.args.some((arg) => (arg.literal ?? arg.raw.replace(/["']/g, '')).startsWith(LISTS))
  );
}

function usesAptCache(instruction: Instruction): boolean {
  return cacheMountTargets(instruction).some((target) => target === LISTS || target === '/var/lib/apt');
}

/** A later RUN that installs from the lists this one downloaded would break once they are removed. */
function installsWithoutUpdate(ctx: DockerfileContext, run: Instruction): boolean {
  const shell = ctx.file.shellOf(run);
  if (!shell) return /\bapt(-get)?\b/.test(run.getRawArgumentsContent() ?? '');
  if (!shell.ok) return true;
  const installs = shell.commands.some((c) => isAptCall(c, 'install') || isAptCall(c, 'upgrade'));
  return installs && !shell.commands.some((c) => isAptCall(c, 'update'));
}

/**
 * Appends the cleanup to the end of the RUN, but only when the shell still parses afterwards and the
 * new command is really there: a trailing comment, `&` or `;` would swallow or break it.
 */
function appendCleanup(ctx: DockerfileContext, instruction: Instruction) {
  const args = instruction.getArgumentsRange();
  if (!args) return undefined;
  const source = ctx.text
    .slice(ctx.index.offsetAt(args.start), ctx.index.offsetAt(args.end))
    .replace(/^(--\S+\s+)+/, '');
  const after = parseShell(source + CLEANUP, 0, new LineIndex(source + CLEANUP));
  if (!after.ok || !after.commands.some(removesLists)) return undefined;
  return { title: ctx.t('fixTitle'), edits: [{ range: { start: args.end, end: args.end }, newText: CLEANUP }] };
}
