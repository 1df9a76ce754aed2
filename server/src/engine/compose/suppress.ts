import type { Rule } from '../rule';
import { isSuppressed, yamlCommentSuppressions, type Suppressions } from '../suppress';
import type { LineIndex } from '../text';

/**
 * A Compose file's inline suppressions: this project's `# cntutor ignore=…` comments, and dclint's,
 * so a file kept quiet for dclint stays quiet here. dclint reads `# dclint disable [rules]` and
 * `# dclint disable-file` on the file's first line (after blank lines and `---`) and
 * `# dclint disable-line [rules]` anywhere: after a value it covers that line, alone on a line the
 * next. Rule names are separated by spaces; none means every rule. A dclint comment silences only
 * the rules that stand for a dclint check: dclint cannot have meant the others.
 */
export interface ComposeSuppressions {
  own: Suppressions;
  /** dclint names ignored in the whole file (`*` for all). */
  dclintFile: Set<string>;
  /** dclint names ignored on a zero-based line (`*` for all). */
  dclintLines: Map<number, Set<string>>;
}

const FIRST_LINE_DISABLE = /#\s*dclint\s+disable(-file)?(?:\s+(.*))?$/u;
const DISABLE_LINE = /#\s*dclint\s+disable-line\b\s*(.*)$/u;

export function composeSuppressions(index: LineIndex): ComposeSuppressions {
  const result: ComposeSuppressions = {
    own: yamlCommentSuppressions(index),
    dclintFile: new Set(),
    dclintLines: new Map(),
  };
  let first = true;
  for (let line = 0; line < index.lineCount; line++) {
    const text = index.lineText(line);
    const trimmed = text.trim();
    if (first && trimmed !== '' && trimmed !== '---') {
      first = false;
      const match = FIRST_LINE_DISABLE.exec(trimmed);
      if (trimmed.startsWith('#') && match && !/disable-line/.test(trimmed)) {
        for (const name of match[1] ? [] : names(match[2])) result.dclintFile.add(name);
        if (match[1] || names(match[2]).length === 0) result.dclintFile.add('*');
        continue;
      }
    }
    if (!text.includes('dclint')) continue;
    const match = DISABLE_LINE.exec(text);
    if (!match) continue;
    const target = trimmed.startsWith('#') ? line + 1 : line;
    const set = result.dclintLines.get(target) ?? new Set<string>();
    const listed = names(match[1]);
    if (listed.length === 0) set.add('*');
    listed.forEach((name) => set.add(name));
    result.dclintLines.set(target, set);
  }
  return result;
}

function names(list: string | undefined): string[] {
  return (list ?? '')
    .trim()
    .split(/\s+/u)
    .filter((name) => name !== '')
    .map((name) => name.toLowerCase());
}

export function isComposeSuppressed(rule: Rule, line: number, suppressions: ComposeSuppressions): boolean {
  if (isSuppressed(rule, line, suppressions.own)) return true;
  const peers = (rule.peers.dclint ?? []).map((name) => name.toLowerCase());
  if (peers.length === 0) return false;
  const hit = (set: Set<string> | undefined): boolean => !!set && (set.has('*') || peers.some((name) => set.has(name)));
  return hit(suppressions.dclintFile) || hit(suppressions.dclintLines.get(line));
}
