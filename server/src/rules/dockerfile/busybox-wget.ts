import type { ParsedDockerfile, RunStep, Stage } from '../../engine/dockerfile/context';
import { packageName } from './package-installs';
import { packageCalls } from './package-managers';
import { baseImageOf } from './support';

/** The stage a stage is built FROM, up to the one that starts from an image. */
function rootStage(file: ParsedDockerfile, stage: Stage): { root: Stage; chain: Set<Stage> } {
  const chain = new Set<Stage>([stage]);
  let root = stage;
  for (let parent = file.parentStage(root); parent && !chain.has(parent); parent = file.parentStage(root)) {
    chain.add(parent);
    root = parent;
  }
  return { root, chain };
}

/**
 * Whether `wget` in this RUN is BusyBox's: the stage starts from Alpine or BusyBox and no earlier
 * RUN of its stages installed GNU wget (`apk add wget`). BusyBox wget has no `--progress` option.
 */
export function runsBusyboxWget(file: ParsedDockerfile, step: RunStep): boolean {
  if (!step.stage) return false;
  const { root, chain } = rootStage(file, step.stage);
  const image = baseImageOf(file, root.from);
  if (!image) return false;
  const name = image.reference.repository.split('/').pop() ?? '';
  const tag = image.reference.tag ?? '';
  if (!(name === 'alpine' || name === 'busybox' || /alpine|busybox/.test(tag))) return false;
  const line = step.instruction.getRange().start.line;
  const gnuWget = file
    .runs()
    .filter((other) => other.stage && chain.has(other.stage) && other.instruction.getRange().start.line <= line)
    .some((other) =>
      packageCalls(other.commands ?? []).some(
        (call) => call.manager === 'apk' && call.verb === 'add' && call.operands.some((w) => packageName(w) === 'wget'),
      ),
    );
  return !gnuWget;
}
