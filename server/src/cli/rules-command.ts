import { ALL_RULES } from '../rules';
import type { Rule } from '../engine/rule';
import { UsageError } from './files';
import type { ParsedArgs } from './main';

export function ruleMetadata(rule: Rule): Record<string, unknown> {
  return {
    id: rule.id,
    target: rule.target,
    title: rule.title,
    severity: rule.severity,
    concept: rule.concept,
    description: rule.description,
    remediation: rule.remediation,
    fixable: rule.fixable,
    fixChangesBehaviour: rule.fixChangesBehaviour === true,
    peers: rule.peers,
    example: rule.example,
    ...(rule.target === 'kubernetes' && rule.kinds ? { kinds: rule.kinds } : {}),
  };
}

const PEER_LABELS: [keyof Rule['peers'], string][] = [
  ['hadolint', 'hadolint'],
  ['buildkit', 'BuildKit'],
  ['kubeLinter', 'kube-linter'],
  ['kubeScore', 'kube-score'],
  ['polaris', 'Polaris'],
];

/** The rules table of the README, generated so it cannot drift from the code. */
export function rulesMarkdown(rules: readonly Rule[] = ALL_RULES): string {
  const rows = rules.map((rule) => {
    const peers =
      PEER_LABELS.filter(([key]) => rule.peers[key]?.length)
        .map(([key, label]) => `${label}: ${(rule.peers[key] ?? []).join(', ')}`)
        .join('; ') || '—';
    return `| \`${rule.id}\` | ${rule.target} | ${rule.title} | ${rule.severity} | ${rule.fixable ? 'yes' : ''} | ${rule.concept} | ${peers} |`;
  });
  return (
    [
      '| Rule | Target | What it teaches | Severity | Fix | Concept | Equivalents |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n') + '\n'
  );
}

export function runRules(args: ParsedArgs): number {
  const format = args.values.format ?? 'text';
  if (format === 'json') process.stdout.write(JSON.stringify(ALL_RULES.map(ruleMetadata), null, 2) + '\n');
  else if (format === 'markdown') process.stdout.write(rulesMarkdown());
  else if (format === 'text') {
    for (const rule of ALL_RULES)
      process.stdout.write(`${rule.id.padEnd(34)} ${rule.severity.padEnd(8)} ${rule.title}\n`);
  } else throw new UsageError(`--format must be text, json or markdown, not "${String(format)}"`);
  return 0;
}
