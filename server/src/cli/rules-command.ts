import { allRules } from '../rules';
import { localize, type Rule } from '../engine/rule';
import type { Locale, Peers } from '../engine/types';
import { displayWidth } from './concept-command';
import { UsageError } from './files';
import type { ParsedArgs } from './main';

export function ruleMetadata(rule: Rule, locale: Locale = 'en'): Record<string, unknown> {
  return {
    id: rule.id,
    target: rule.target,
    title: localize(rule.title, locale),
    severity: rule.severity,
    enabled: rule.enabled !== false,
    concept: rule.concept,
    topics: rule.topics,
    description: localize(rule.description, locale),
    remediation: localize(rule.remediation, locale),
    ...(rule.exceptions ? { exceptions: localize(rule.exceptions, locale) } : {}),
    fix: rule.fix ?? null,
    peers: rule.peers,
    ...(rule.noPeer ? { noPeer: rule.noPeer } : {}),
    example: rule.example,
    ...(rule.target === 'kubernetes' && rule.kinds ? { kinds: rule.kinds } : {}),
  };
}

export const PEER_LABELS: [keyof Peers, string][] = [
  ['hadolint', 'hadolint'],
  ['buildkit', 'BuildKit'],
  ['kubeLinter', 'kube-linter'],
  ['kubeScore', 'kube-score'],
  ['polaris', 'Polaris'],
  ['pss', 'Pod Security Standards'],
  ['trivy', 'Trivy'],
  ['checkov', 'Checkov'],
  ['dclint', 'dclint'],
  ['helmLint', 'helm lint'],
];

export function peersText(peers: Peers): string {
  return PEER_LABELS.filter(([key]) => peers[key]?.length)
    .map(([key, label]) => `${label}: ${(peers[key] ?? []).join(', ')}`)
    .join('; ');
}

/** The rules table of the README, generated so it cannot drift from the code. */
export function rulesMarkdown(rules: readonly Rule[] = allRules()): string {
  const rows = rules.map((rule) => {
    const peers = peersText(rule.peers) || `— ${rule.noPeer ?? ''}`.trim();
    const fix = rule.fix === 'safe' ? 'safe' : rule.fix === 'unsafe' ? 'review' : '';
    const severity = rule.enabled === false ? `${rule.severity} (opt-in)` : rule.severity;
    return `| \`${rule.id}\` | ${rule.target} | ${rule.title.en} | ${severity} | ${fix} | ${rule.concept} | ${peers} |`;
  });
  return (
    [
      '| Rule | Target | What it teaches | Severity | Fix | Concept | Equivalents |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n'
  );
}

/** An aligned table for a terminal; columns are measured in display cells so Korean titles line up. */
function rulesText(locale: Locale): string {
  const rows = allRules().map((rule) => [
    rule.id,
    rule.target,
    rule.enabled === false ? `${rule.severity} (${locale === 'ko' ? '선택' : 'opt-in'})` : rule.severity,
    rule.fix
      ? locale === 'ko'
        ? rule.fix === 'safe'
          ? '수정'
          : '수정(검토)'
        : rule.fix === 'safe'
          ? 'fix'
          : 'fix(review)'
      : '',
    localize(rule.title, locale),
  ]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => displayWidth(row[column] ?? ''))));
  return (
    rows
      .map((row) =>
        row
          .map((cell, column) => (column < 4 ? cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell)) : cell))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

export function runRules(args: ParsedArgs): number {
  const format = args.values.format ?? 'text';
  const locale = (args.values.locale as Locale | undefined) ?? 'en';
  if (format === 'json')
    process.stdout.write(
      JSON.stringify(
        allRules().map((rule) => ruleMetadata(rule, locale)),
        null,
        2,
      ) + '\n',
    );
  else if (format === 'markdown') process.stdout.write(rulesMarkdown());
  else if (format === 'text') process.stdout.write(rulesText(locale));
  else throw new UsageError(`--format must be text, json or markdown, not "${String(format)}"`);
  return 0;
}
