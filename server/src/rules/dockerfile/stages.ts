/**
 * Stage helpers shared by the Dockerfile rules: which instructions belong together, which stages
 * make up the final image, and what a `--from=` reference points at.
 */
import type { Instruction } from 'dockerfile-ast';
import type { ParsedDockerfile, Stage } from '../../engine/dockerfile/context';
import { isWindowsStage } from '../../engine/dockerfile/windows-stage';

/** A run of instructions judged together: a stage, or what comes before the first FROM. */
export interface InstructionGroup {
  /** Undefined for the instructions before the first FROM (a half-written file, or a fragment). */
  stage: Stage | undefined;
  instructions: Instruction[];
}

/**
 * Every stage's instructions, and those before the first FROM as a group of their own, so a check
 * made per stage says the same about an instruction whether or not a FROM has been written yet.
 */
export function instructionGroups(file: ParsedDockerfile): InstructionGroup[] {
  const firstFrom = file.stages[0]?.from.getRange().start.line ?? Infinity;
  const prelude = file.instructions.filter(
    (i) => i.getRange().start.line < firstFrom && i.getKeyword() !== 'ARG' && i.getKeyword() !== 'FROM',
  );
  const groups: InstructionGroup[] = file.stages.map((stage) => ({ stage, instructions: stage.instructions }));
  return prelude.length > 0 ? [{ stage: undefined, instructions: prelude }, ...groups] : groups;
}

/** The stage and the earlier stages it builds on (`FROM base`), nearest first. */
export function stageChain(file: ParsedDockerfile, stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let current: Stage | undefined = stage; current && !chain.includes(current); current = file.parentStage(current))
    chain.push(current);
  return chain;
}

/**
 * The instructions whose result is the final image: those of the last stage and of the stages it
 * builds on, oldest first. Before the first FROM, the instructions written so far stand for it.
 */
export function finalImageInstructions(file: ParsedDockerfile): Instruction[] {
  const final = file.stages[file.stages.length - 1];
  if (!final) return file.instructions.filter((i) => i.getKeyword() !== 'ARG');
  return stageChain(file, final)
    .reverse()
    .flatMap((stage) => stage.instructions);
}

export type StageReference =
  | { kind: 'earlier'; stage: Stage }
  | { kind: 'self'; stage: Stage }
  | { kind: 'later'; stage: Stage }
  /** Not a stage of this file: an image reference, a named build context or an unknown name. */
  | { kind: 'none' };

/**
 * What `--from=<reference>` (or `FROM <reference>`) names, seen from `at`: stage names are
 * compared without regard to case, as BuildKit does, and a number counts stages from zero.
 */
export function stageReference(file: ParsedDockerfile, reference: string, at: Instruction): StageReference {
  const line = at.getRange().start.line;
  const current = file.stageOf(at);
  const lower = reference.toLowerCase();
  const index = /^\d+$/.test(reference) ? Number(reference) : undefined;
  const found =
    index !== undefined
      ? file.stages[index]
      : file.stages.find((stage) => stage.name !== undefined && stage.name === lower);
  if (!found) return { kind: 'none' };
  if (found === current) return { kind: 'self', stage: found };
  return found.from.getRange().start.line < line ? { kind: 'earlier', stage: found } : { kind: 'later', stage: found };
}

/** Windows base images: their users, paths and shells follow other rules than Linux ones. */
const WINDOWS_IMAGE = /windows|nanoserver|servercore|mcr\.microsoft\.com\/powershell/i;

/** Whether the stage builds on a Windows image (or the file uses the backtick escape Windows files use). */
export function buildsOnWindows(file: ParsedDockerfile, stage: Stage): boolean {
  if (file.ast.getEscapeCharacter() === '`') return true;
  const chain = stageChain(file, stage);
  const root = chain[chain.length - 1];
  return WINDOWS_IMAGE.test(root?.from.getImage() ?? '') || chain.some((link) => isWindowsStage(file, link));
}
