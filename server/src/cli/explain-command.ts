import { conceptIds, getConcept } from '../concepts';
import { closest } from '../config/suggest';
import type { Locale } from '../engine/types';
import { allRules, findRule } from '../rules';
import { explainRule, type Explanation } from '../teaching/explain';
import { ui } from '../teaching/ui-text';
import { renderNoteForTerminal } from './concept-command';
import { UsageError } from './files';
import type { ParsedArgs } from './main';

/** `cntutor explain ID`: a rule id gets the rule's explanation, a concept id the note. */
export function runExplain(args: ParsedArgs): number {
  const id = args.positionals[0];
  const locale = (args.values.locale as Locale | undefined) ?? 'en';
  if (!id)
    throw new UsageError(
      'name a rule or a concept, e.g. cntutor explain exec-form-cmd (lists: cntutor rules, cntutor concepts)',
    );
  const rule = findRule(id);
  if (rule) {
    process.stdout.write(explanationForTerminal(explainRule(rule, locale), locale));
    return 0;
  }
  const note = getConcept(id, locale);
  if (note) {
    process.stdout.write(renderNoteForTerminal(note, locale));
    return 0;
  }
  const suggestions = suggestIds(id, [...allRules().map((r) => r.id), ...conceptIds()]);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
  throw new UsageError(
    `"${id}" is neither a rule nor a concept${hint} — run \`cntutor rules\` or \`cntutor concepts\` for the lists`,
  );
}

/** Ids that contain what was typed (`non-root` → `non-root-user`), else the nearest spelling; at most three. */
function suggestIds(typed: string, ids: readonly string[]): string[] {
  const word = typed.toLowerCase();
  const containing = ids.filter((id) => id.includes(word));
  if (containing.length > 0 && word.length >= 3) return containing.slice(0, 3);
  const near = closest(word, ids);
  return near ? [near] : [];
}

function explanationForTerminal(e: Explanation, locale: Locale): string {
  const indent = (text: string): string =>
    text
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n');
  const lines = [
    `${e.title} (${e.ruleId})`,
    '',
    `${ui('why', locale)}:`,
    indent(e.why),
    '',
    `❌ ${ui('insteadOf', locale)}:`,
    indent(e.bad),
    `✅ ${ui('write', locale)}:`,
    indent(e.good),
    '',
    `${ui('howToFix', locale)}:`,
    indent(e.remediation + (e.fix ? ` ${ui(e.fix === 'safe' ? 'cliSafeFix' : 'cliUnsafeFix', locale)}` : '')),
  ];
  if (e.exceptions) lines.push('', `${ui('exceptions', locale)}:`, indent(e.exceptions));
  lines.push('', `${ui('concept', locale)}: ${e.concept.title} — ${e.concept.line} (cntutor explain ${e.concept.id})`);
  if (e.topics.length > 0)
    lines.push(`${ui('course', locale)}: ${e.topics.map((t) => `${t.title} (cntutor explain ${t.id})`).join(', ')}`);
  return lines.join('\n') + '\n';
}
