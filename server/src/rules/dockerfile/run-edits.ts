/**
 * Text edits of RUN instructions shared by the fixes of RUN rules: append a command, put one in
 * front, or merge two RUNs. Each edit is checked by parsing the result, so a trailing comment, a
 * stray `&` or a here-document never swallows or breaks what is added.
 */
import type { DockerfileContext, RunStep } from '../../engine/dockerfile/context';
import { parseShell, type ShellCommand } from '../../engine/dockerfile/shell';
import { LineIndex } from '../../engine/text';
import type { Position, TextEdit } from '../../engine/types';

/** The shell text of a plain RUN (flags left out) and where it starts; undefined for heredocs and exec form. */
export function shellSource(ctx: DockerfileContext, step: RunStep): { start: number; text: string } | undefined {
  if (step.heredoc || !step.commands) return undefined;
  const args = step.run.getArgumentsRange();
  if (!args) return undefined;
  const start = ctx.index.offsetAt(args.start);
  const written = ctx.text.slice(start, ctx.index.offsetAt(args.end));
  const flags = /^(--[a-z-]+(=\S*)?\s+)+/.exec(written)?.[0].length ?? 0;
  return { start: start + flags, text: written.slice(flags) };
}

/** Parses a shell text on its own, for checking an edited RUN. */
export function parseAlone(text: string): readonly ShellCommand[] | undefined {
  const parsed = parseShell(text, 0, new LineIndex(text));
  return parsed.ok ? parsed.commands : undefined;
}

/**
 * Appends ` && <command>` at the end of a RUN when the result still parses and the new command is
 * really there; `present` recognises it among the parsed commands.
 */
export function appendToRun(
  ctx: DockerfileContext,
  step: RunStep,
  command: string,
  present: (command: ShellCommand) => boolean,
): TextEdit | undefined {
  const source = shellSource(ctx, step);
  if (!source) return undefined;
  const addition = ` && ${command}`;
  const before = step.commands?.filter(present).length ?? 0;
  const after = parseAlone(source.text + addition);
  if (!after || after.filter(present).length !== before + 1) return undefined;
  const at = ctx.index.positionAt(source.start + source.text.length);
  return { range: { start: at, end: at }, newText: addition };
}

/** The position of a document offset, for edits. */
export function positionOf(ctx: DockerfileContext, offset: number): Position {
  return ctx.index.positionAt(offset);
}

/**
 * The line break and indentation to continue a RUN on a new line, in the style the RUN already
 * uses (`\` then a tab or four spaces).
 */
export function continuation(text: string): string {
  const indent = /\\\r?\n([ \t]+)/.exec(text)?.[1] ?? '    ';
  return ` \\\n${indent}`;
}
