import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runCli as run } from '../support/run-cli';
import { umbrellaChart } from '../support/umbrella-chart';

describe('cntutor lint on a subchart’s template', () => {
  it('renders it with the values its parent gives it, and not when the parent switches it off', () => {
    const dir = umbrellaChart();
    const template = 'shop/charts/backend/templates/deployment.yaml';
    const before = run(['lint', template, '--no-explain'], dir);
    assert.doesNotMatch(before.stdout, /no-privileged-container/, 'the subchart’s own values alone');
    appendFileSync(path.join(dir, 'shop/values.yaml'), 'backend:\n  securityContext:\n    privileged: true\n');
    const given = run(['lint', template, '--no-explain'], dir);
    assert.match(
      given.stdout,
      /^shop\/charts\/backend\/templates\/deployment\.yaml:18:13: error .+`privileged: true`.+\[no-privileged-container\]\n {2}See also: shop\/values\.yaml:13:3: `securityContext` is set here$/m,
    );
    // Values given for the release reach its subchart, whichever of its files is linted.
    writeFileSync(path.join(dir, 'prod.yaml'), 'backend:\n  securityContext:\n    privileged: false\n');
    const released = run(['lint', template, '--no-explain', '--values', 'prod.yaml'], dir);
    assert.doesNotMatch(released.stdout, /no-privileged-container/, released.stdout);
    appendFileSync(path.join(dir, 'shop/values.yaml'), '  enabled: false\n');
    const off = run(['lint', template, '--no-explain', '--format', 'json'], dir);
    const [report] = JSON.parse(off.stdout) as { findings: { ruleId: string; severity: string; message: string }[] }[];
    assert.deepEqual(
      report?.findings.map((f) => [f.ruleId, f.severity, f.message]),
      [
        [
          'helm-template-not-checked',
          'hint',
          'With the parent chart’s values.yaml, `backend.enabled` is false and Helm leaves this subchart out of the release, so nothing in this template was checked.',
        ],
      ],
    );
  });
});
