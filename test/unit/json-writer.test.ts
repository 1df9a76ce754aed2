import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatJson, JsonWriter } from '../../server/src/cli/formats/json';
import type { FileReport } from '../../server/src/cli/report';
import type { Finding } from '../../server/src/engine/types';
import { allRules } from '../../server/src/rules';
import { lintFixture, loadFixtures, unmark } from '../rules/support';

const range = (line: number): Finding['range'] => ({
  start: { line, character: 2 },
  end: { line, character: 9 },
});

const finding = (ruleId: string, line: number, extra: Partial<Finding> = {}): Finding =>
  ({
    ruleId,
    severity: 'warning',
    message: `a "quoted" message\nover two lines on ${line}`,
    concept: 'least-privilege',
    range: range(line),
    ...extra,
  }) as Finding;

const REPORTS: FileReport[] = [
  {
    file: 'a.yaml',
    findings: [finding('one', 1), finding('two', 4, { related: [{ range: range(7), message: 'm' }] })],
  },
  { file: 'b.yaml', findings: [], skipped: 'not a manifest' },
  { file: 'c/Dockerfile', findings: [], error: 'cannot read file (EACCES)' },
  {
    file: 'd.yaml',
    fixed: 2,
    findings: [
      finding('three', 0, { fix: { title: 't', edits: [], safety: 'safe' }, choices: [{ title: 'c', edits: [] }] }),
    ],
  },
];

describe('the JSON output written a file at a time', () => {
  it('is, piece by piece, the text of the whole array at once', () => {
    for (const reports of [[], REPORTS.slice(0, 1), REPORTS]) {
      const pieces = written(reports);
      assert.equal(pieces, formatJson(reports));
      assert.deepEqual(JSON.parse(pieces), JSON.parse(formatJson(reports)));
    }
  });
});

/** Writes `reports` piece by piece, as a run does, and reads the bytes back as text. */
function written(reports: readonly FileReport[]): string {
  const writer = new JsonWriter();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  return reports.map((report) => utf8.decode(writer.add(report))).join('') + writer.end();
}

describe('the JSON output written field by field', () => {
  it("is formatJson's text for the findings of every rule's fire fixtures", () => {
    const reports: FileReport[] = [];
    for (const rule of allRules()) {
      for (const fixture of loadFixtures(rule).fire) {
        const { findings } = lintFixture(rule, fixture, unmark(fixture.text).text, allRules());
        reports.push({ file: `${rule.id}/${fixture.name}`, findings });
      }
    }
    const findings = reports.flatMap((report) => report.findings);
    // The fixtures reach every optional part of a finding.
    assert.ok(findings.some((f) => f.fix) && findings.some((f) => f.choices) && findings.some((f) => f.related));
    assert.equal(written(reports), formatJson(reports));
  });

  it('lays out a finding of another shape as JSON.stringify does', () => {
    const odd: Finding[] = [
      {
        ...finding('extra', 1),
        range: { start: { line: 1, character: 2, offset: 40 }, end: { line: 1, character: 3 } },
      },
      { ...finding('swapped', 2), range: { end: { line: 2, character: 5 }, start: { line: 2, character: 1 } } },
      { ...finding('fraction', 3), range: { start: { line: 3, character: 0.5 }, end: { line: 3, character: 1 } } },
      { ...finding('no-concept', 4), concept: undefined as unknown as string },
      finding('empty-lists', 5, { choices: [], related: [] }),
      finding('unicode', 6, { message: 'line\u2028separator, "quotes", \\ and \u0007 and 한국어' }),
      finding('lone-surrogates', 7, { message: 'half \ud800 a pair, \udc00 the other half, 😀 whole' }),
      {
        ...finding('negative', 8),
        range: { start: { line: -1, character: -0 }, end: { line: 2 ** 31, character: 1e21 } },
      },
      finding('long', 9, { message: `${'long message — '.repeat(20_000)}end` }),
      finding('many-names', 10, { severity: 'error', concept: 'κ-concept', fix: { title: 't', edits: [] } }),
    ] as Finding[];
    const reports: FileReport[] = [
      { file: 'odd.yaml', findings: odd, fixed: 1 },
      { file: 'ünïcödé/😀.yaml', findings: odd.slice(0, 2), fixed: 3, error: 'e', skipped: 's' },
      ...REPORTS,
    ];
    assert.equal(written(reports), formatJson(reports));
  });
});

describe('a report whose text cannot be written', () => {
  it('throws, and leaves nothing of itself in the next report', () => {
    const writer = new JsonWriter();
    const broken: FileReport = {
      file: 'broken.yaml',
      findings: [finding('fine', 1), finding('bigint', 2, { related: [{ range: range(1), message: 10n as never }] })],
    };
    assert.throws(() => writer.add(broken), TypeError);
    const after = new TextDecoder().decode(writer.add(REPORTS[1] as FileReport));
    assert.equal(after, `,\n${formatJson([REPORTS[1] as FileReport]).slice(2, -3)}`);
  });
});
