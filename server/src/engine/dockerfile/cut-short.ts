/**
 * dockerfile-ast ends an instruction's arguments early on some continuation lines: after
 * `RUN a; \` a line `\x# c` (or `` \`#// … ``) is cut at the `#`, which it reads as a comment's
 * start, where BuildKit hands the whole line on. Rules then see less than the builder runs, and a
 * fix computed from that view can land in the part no parse looks at, to be applied again on every
 * fix-all. Such an instruction keeps its findings but gets no fixes.
 */
import type { Finding } from '../types';
import type { ParsedDockerfile } from './context';

/** The lines of instructions whose arguments stop before their last line does. */
export function cutShortLines(file: ParsedDockerfile): Set<number> {
  const lines = new Set<number>();
  for (const instruction of file.instructions) {
    const args = instruction.getArgumentsRange();
    if (!args) continue;
    const whole = instruction.getRange();
    const rest = file.text.slice(file.index.offsetAt(args.end), file.index.offsetAt(whole.end));
    if (!/\S/.test(rest)) continue;
    for (let line = whole.start.line; line <= whole.end.line; line++) lines.add(line);
  }
  return lines;
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
