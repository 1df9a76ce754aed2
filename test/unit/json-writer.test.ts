import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatJson, JsonWriter } from '../../server/src/cli/formats/json';
import type { FileReport } from '../../server/src/cli/report';
import type { Finding } from '../../server/src/engine/types';

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
      const writer = new JsonWriter();
      const pieces = reports.map((report) => writer.add(report)).join('') + writer.end();
      assert.equal(pieces, formatJson(reports));
      assert.deepEqual(JSON.parse(pieces), JSON.parse(formatJson(reports)));
    }
  });
});
