/**
 * dockerfile-ast reads some instructions differently from BuildKit. It ends the arguments early on
 * some continuation lines: after `RUN a; \` a line `\x# c` (or `` \`#// … ``) is cut at the `#`,
 * which it reads as a comment's start, where BuildKit hands the whole line on. And it takes a word
 * ending in `--` for the start of the flags: in `RUN a-- --no-cache` it reports the flag
 * `--no-cache` and drops `a--`, where BuildKit runs `a-- --no-cache`. Rules then see other text
 * than the builder runs, and a fix computed from that view can land in the part no parse looks at,
 * or merge and move words the parser misplaced. Such an instruction keeps its findings but gets no
 * fixes.
 */
import type { Finding } from '../types';
import { ModifiableInstruction, type Instruction } from 'dockerfile-ast';
import type { ParsedDockerfile } from './context';

/**
 * The lines of instructions whose arguments stop before their last line does, or whose flags or
 * arguments start after a word the parser skipped.
 */
export function cutShortLines(file: ParsedDockerfile): Set<number> {
  const lines = new Set<number>();
  for (const instruction of file.instructions) {
    const args = instruction.getArgumentsRange();
    if (!args) continue;
    const whole = instruction.getRange();
    const rest = file.text.slice(file.index.offsetAt(args.end), file.index.offsetAt(whole.end));
    if (!/\S/.test(rest) && !skipsAWord(file, instruction, args.start)) continue;
    for (let line = whole.start.line; line <= whole.end.line; line++) lines.add(line);
  }
  return lines;
}

/** Between the keyword and the first flag or argument: only blanks, line continuations and comment lines. */
function skipsAWord(
  file: ParsedDockerfile,
  instruction: Instruction,
  argsStart: { line: number; character: number },
): boolean {
  const flag = instruction instanceof ModifiableInstruction ? instruction.getFlags()[0] : undefined;
  const first = flag ? flag.getRange().start : argsStart;
  const between = file.text.slice(
    file.index.offsetAt(instruction.getInstructionRange().end),
    file.index.offsetAt(first),
  );
  return /\S/.test(between.replace(/^[ \t]*#.*$/gm, '').replace(/[\\`]/g, ''));
}

/** The findings, without the fixes and choices that would edit a cut-short instruction. */
export function withoutFixesOnCutShort(findings: Finding[], file: ParsedDockerfile): Finding[] {
  if (!findings.some((f) => f.fix || f.choices)) return findings;
  const lines = cutShortLines(file);
  if (lines.size === 0) return findings;
  const touches = (edits: readonly { range: { start: { line: number }; end: { line: number } } }[]): boolean =>
    edits.some((edit) => {
      for (let line = edit.range.start.line; line <= edit.range.end.line; line++) if (lines.has(line)) return true;
      return false;
    });
  return findings.map((finding) => {
    if (!finding.fix && !finding.choices) return finding;
    const { fix, choices, ...rest } = finding;
    const keptChoices = choices?.filter((choice) => !touches(choice.edits));
    return {
      ...rest,
      ...(fix && !touches(fix.edits) ? { fix } : {}),
      ...(keptChoices && keptChoices.length > 0 ? { choices: keptChoices } : {}),
    };
  });
}
