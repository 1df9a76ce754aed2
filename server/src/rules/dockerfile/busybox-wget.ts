import type { ParsedDockerfile, RunStep } from '../../engine/dockerfile/context';
import { packageName } from './package-installs';
import { packageCalls } from './package-managers';
import { isBusyboxImage, rootImageOf } from './stage-shell';
import { stageChain } from './stages';

/**
 * Whether `wget` in this RUN is BusyBox's: the stage starts from Alpine or BusyBox and no earlier
 * RUN of its stages installed GNU wget (`apk add wget`). BusyBox wget has no `--progress` option.
 */
export function runsBusyboxWget(file: ParsedDockerfile, step: RunStep): boolean {
  if (!step.stage) return false;
  const image = rootImageOf(file, step.stage);
  if (!image || !isBusyboxImage(image)) return false;
  const chain = new Set(stageChain(file, step.stage));
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
