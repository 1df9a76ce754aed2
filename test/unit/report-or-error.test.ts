import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportOrError, type FileReport } from '../../server/src/cli/report';

describe('a file whose lint throws', () => {
  it('is reported with the error, so the files after it are still linted and reported', () => {
    const reports = ['a.yaml', 'b.yaml', 'c.yaml'].map((file) =>
      reportOrError(file, (): FileReport => {
        if (file === 'b.yaml') throw new TypeError('cannot read properties of undefined');
        return { file, findings: [] };
      }),
    );
    assert.deepEqual(
      reports.map((report) => [report.file, report.error]),
      [
        ['a.yaml', undefined],
        ['b.yaml', 'internal error while linting: cannot read properties of undefined (please report it)'],
        ['c.yaml', undefined],
      ],
    );
  });

  it('hands back what the lint reported when nothing throws', () => {
    const report: FileReport = { file: 'Dockerfile', findings: [], fixed: 2 };
    assert.equal(
      reportOrError('Dockerfile', () => report),
      report,
    );
  });
});
