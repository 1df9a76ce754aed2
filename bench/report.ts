// Turns measurements into the console table and bench/RESULTS.md.
import { formatRatio, formatSummary, summarize, type Summary } from './stats';

export interface Target {
  text: string;
  /** undefined: could not be judged (a side is missing). */
  met: boolean | undefined;
}

export interface Row {
  metric: string;
  input: string;
  unit: 'ms' | 'MB';
  ours: Summary | undefined;
  peerName: string;
  peer: Summary | undefined;
  target: Target | undefined;
}

export interface Report {
  title: string;
  when: string;
  machine: string;
  versions: Record<string, string>;
  runs: number;
  rows: Row[];
  cliRows: Row[];
  /** `cntutor lint --timing` over the corpus: the slowest rules, then all rules and the whole run. */
  ruleTimes?: { rule: string; ms: number; share: number }[];
  inputs: string[];
  notes: string[];
}

export function ratio(row: Row): number | undefined {
  if (row.ours === undefined || row.peer === undefined || row.ours.median <= 0) return undefined;
  return row.peer.median / row.ours.median;
}

/** A target on the ratio peer/ours: at least `min` times. */
export function ratioTarget(row: Omit<Row, 'target'>, min: number, text: string): Row {
  const r = ratio({ ...row, target: undefined });
  return { ...row, target: { text, met: r === undefined ? undefined : r >= min } };
}

/** A target on our own median: below `limit`. */
export function limitTarget(row: Omit<Row, 'target'>, limit: number, text: string): Row {
  return { ...row, target: { text, met: row.ours === undefined ? undefined : row.ours.median < limit } };
}

export function row(
  metric: string,
  input: string,
  unit: 'ms' | 'MB',
  ours: number[] | undefined,
  peerName: string,
  peer: number[] | undefined,
): Omit<Row, 'target'> {
  return {
    metric,
    input,
    unit,
    ours: ours === undefined ? undefined : summarize(ours),
    peerName,
    peer: peer === undefined ? undefined : summarize(peer),
  };
}

function verdict(target: Target | undefined): string {
  if (target === undefined) return '—';
  const mark = target.met === undefined ? 'not judged' : target.met ? '**met**' : '**not met**';
  return `${target.text}: ${mark}`;
}

function cells(r: Row): string[] {
  return [
    r.metric,
    r.input,
    formatSummary(r.ours, r.unit),
    r.peer === undefined ? '—' : `${formatSummary(r.peer, r.unit)} (${r.peerName})`,
    r.peer === undefined ? '—' : formatRatio(ratio(r)),
    verdict(r.target),
  ];
}

const HEAD = ['Measure', 'Input', 'cntutor', 'Peer', 'Peer / cntutor', 'Target'];

function markdownTable(rows: Row[]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  const lines = [`| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => ' --- ').join('|')}|`];
  for (const r of rows) lines.push(`| ${cells(r).map(esc).join(' | ')} |`);
  return lines.join('\n');
}

function textTable(rows: Row[]): string {
  const all = [HEAD, ...rows.map((r) => cells(r).map((c) => c.replace(/\*\*/g, '')))];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [fmt(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(fmt)].join('\n');
}

export function toText(report: Report): string {
  const targets = [...report.rows, ...report.cliRows].filter((r) => r.target !== undefined);
  const met = targets.filter((r) => r.target?.met === true).length;
  return [
    `${report.title} — ${report.when}`,
    report.machine,
    '',
    textTable(report.rows),
    '',
    textTable(report.cliRows),
    '',
    `Targets met: ${met} of ${targets.length}`,
    ...report.notes.map((n) => `- ${n}`),
  ].join('\n');
}

export function toMarkdown(report: Report): string {
  const targets = [...report.rows, ...report.cliRows].filter((r) => r.target !== undefined);
  const met = targets.filter((r) => r.target?.met === true).length;
  const versions = Object.entries(report.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    '<!-- Written by `npm run bench`; do not edit by hand. -->',
    `### ${report.title}`,
    '',
    `Measured ${report.when} on ${report.machine}; ${versions}.`,
    `Medians with min–max; each server is a separate process driven over stdio by the benchmark's LSP client.`,
    `Ratios are peer / cntutor (higher is better for cntutor). Targets met: **${met} of ${targets.length}**.`,
    '',
    markdownTable(report.rows),
    '',
    '#### Command line',
    '',
    markdownTable(report.cliRows),
    '',
    ...ruleTimesSection(report),
    '#### Inputs',
    '',
    ...report.inputs.map((i) => `- ${i}`),
    '',
    '#### Notes',
    '',
    ...report.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

/** The time per rule, so a slow rule is visible by name as the catalogue grows. */
function ruleTimesSection(report: Report): string[] {
  if (!report.ruleTimes || report.ruleTimes.length === 0) return [];
  return [
    '#### Time per rule (`cntutor lint --timing`, whole corpus, one run)',
    '',
    '| Rule | Time | Share of the run |',
    '| --- | --- | --- |',
    ...report.ruleTimes.map((t) => `| ${t.rule} | ${t.ms.toFixed(1)} ms | ${t.share.toFixed(1)}% |`),
    '',
  ];
}
