/**
 * Small helpers shared by several Dockerfile rules. They live beside the rules rather than in the
 * engine because they encode rule judgements (what counts as a base image, an apt subcommand…).
 */
import type { From } from 'dockerfile-ast';
import type { ParsedDockerfile, Stage } from '../../engine/dockerfile/context';
import { globalArgs, resolveArgs } from '../../engine/dockerfile/from-image';
import type { ShellCommand } from '../../engine/dockerfile/shell';
import { parseImageReference, type ImageReference } from '../../engine/image';
import type { Range } from '../../engine/types';

export interface BaseImage {
  /** The image as written after FROM, e.g. `${BASE}` or `node:22`. */
  written: string;
  /** The image with build arguments replaced by their defaults. */
  resolved: string;
  reference: ImageReference;
  range: Range;
}

/**
 * The registry image a FROM pulls, or undefined when it pulls nothing (`scratch`), builds on an
 * earlier stage, or depends on a build argument without a default (its value is unknowable here).
 */
export function baseImageOf(file: ParsedDockerfile, from: From): BaseImage | undefined {
  const written = from.getImage();
  const range = from.getImageRange();
  if (!written || !range) return undefined;
  const resolved = resolveArgs(written.replace(/^["']|["']$/g, ''), globalArgs(file));
  if (resolved === undefined || resolved === '') return undefined;
  if (resolved.toLowerCase() === 'scratch') return undefined;
  if (file.stageNamesBefore(from.getRange().start.line).has(resolved.toLowerCase())) return undefined;
  return { written, resolved, reference: parseImageReference(resolved), range };
}

/** The stages whose files end up in the final image: the last stage and the stages it builds on. */
export function shippedStages(file: ParsedDockerfile): Set<Stage> {
  const shipped = new Set<Stage>();
  for (let stage = file.stages[file.stages.length - 1]; stage && !shipped.has(stage); stage = file.parentStage(stage))
    shipped.add(stage);
  return shipped;
}

/** The command name without its directory: `/usr/bin/apt-get` → `apt-get`. */
export function commandName(command: ShellCommand): string {
  return command.name.slice(command.name.lastIndexOf('/') + 1);
}

/** The instruction keywords of the Dockerfile frontend. */
export const INSTRUCTION_KEYWORDS: ReadonlySet<string> = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

const keywordCase = new WeakMap<ParsedDockerfile, 'upper' | 'lower'>();

/**
 * A keyword written in the case most instructions of the file use (uppercase on a tie, as BuildKit
 * decides), so a fix that writes a new instruction never makes the file's casing inconsistent.
 */
export function inKeywordCase(file: ParsedDockerfile, word: string): string {
  let found = keywordCase.get(file);
  if (!found) {
    let lower = 0;
    let upper = 0;
    for (const instruction of file.instructions) {
      if (!INSTRUCTION_KEYWORDS.has(instruction.getKeyword())) continue;
      const written = instruction.getInstruction();
      if (written === written.toLowerCase()) lower++;
      else if (written === written.toUpperCase()) upper++;
    }
    found = lower > upper ? 'lower' : 'upper';
    keywordCase.set(file, found);
  }
  return found === 'lower' ? word.toLowerCase() : word.toUpperCase();
}
