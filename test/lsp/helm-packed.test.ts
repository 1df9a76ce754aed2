import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { tempFolder } from '../support/temp-folder';
import { TestClient } from './client';

const CHART = path.join(__dirname, '../fixtures/helm/with-library');

/** The chart's Deployment takes its securityContext from a named template of a packed library chart. */
describe('a Helm template that includes a packed subchart’s named templates, in the language server', () => {
  const client = new TestClient();
  const dir = tempFolder();
  cpSync(CHART, path.join(dir, 'web'), { recursive: true });
  const DEPLOYMENT = pathToFileURL(path.join(dir, 'web/templates/deployment.yaml')).href;

  before(async () => {
    await client.initializeFolder(dir, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    await client.open(DEPLOYMENT, 'helm', readFileSync(path.join(CHART, 'templates/deployment.yaml'), 'utf8'));
  });
  after(() => client.stop());

  it('renders the include from the archive', async () => {
    await client.until(
      DEPLOYMENT,
      (d) =>
        d.some((x) => x.code === 'no-privileged-container' && x.range.start.line === 20) &&
        !d.some((x) => x.code === 'helm-template-not-checked'),
      'the privileged container the library chart writes',
    );
  });
});
