import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { BACKEND_DEPLOYMENT, umbrellaChart } from '../support/umbrella-chart';
import { TestClient } from './client';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

describe('a subchart’s template in the language server', () => {
  const client = new TestClient();
  const dir = umbrellaChart();
  const TEMPLATE = pathToFileURL(path.join(dir, 'shop/charts/backend/templates/deployment.yaml')).href;
  const VALUES = pathToFileURL(path.join(dir, 'shop/values.yaml')).href;
  const values = readFileSync(path.join(SHOP, 'values.yaml'), 'utf8');

  before(() => client.initializeFolder(dir));
  after(() => client.stop());

  it('is rendered with the parent’s values, unsaved as they are typed', async () => {
    await client.open(TEMPLATE, 'helm', BACKEND_DEPLOYMENT);
    await client.until(TEMPLATE, (d) => d.length > 0 && !d.some((x) => x.code === 'no-privileged-container'), 'linted');
    await client.open(VALUES, 'yaml', values);
    await client.change(VALUES, 2, [{ text: `${values}backend:\n  securityContext:\n    privileged: true\n` }]);
    const given = await client.until(
      TEMPLATE,
      (d) => d.some((x) => x.code === 'no-privileged-container'),
      'the parent’s value',
    );
    assert.equal(given.diagnostics.find((x) => x.code === 'no-privileged-container')?.range.start.line, 17);
    await client.change(VALUES, 3, [{ text: `${values}backend:\n  enabled: false\n` }]);
    const off = await client.until(
      TEMPLATE,
      (d) => d.length === 1 && d[0]?.code === 'helm-template-not-checked',
      'the subchart switched off',
    );
    assert.match(String(off.diagnostics[0]?.message), /`backend\.enabled` is false and Helm leaves this subchart out/);
    await client.change(VALUES, 4, [{ text: values }]);
    await client.until(TEMPLATE, (d) => !d.some((x) => x.code === 'helm-template-not-checked'), 'switched on again');
  });
});
