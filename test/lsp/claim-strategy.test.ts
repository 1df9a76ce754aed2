import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { linkedWorkspace } from './linked-workspace';

const RULE = 'rolling-update-strategy';
const claim = (mode: string): string =>
  `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [${mode}]\n  resources:\n    requests:\n      storage: 1Gi\n`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  strategy:
    type: Recreate
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db }
    spec:
      containers:
        - name: db
          image: postgres:16.4
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: data
`;

const has = (diagnostics: Diagnostic[]): boolean => diagnostics.some((d) => d.code === RULE);

describe('Recreate with a claim in another file, in the language server', () => {
  const { client, uri } = linkedWorkspace(
    { 'k8s/claim.yaml': claim('ReadWriteOnce'), 'k8s/db.yaml': DEPLOYMENT },
    'k8s/db.yaml',
    'cntutor-claim-strategy-',
  );

  it('follows an edit of the claim: ReadWriteMany makes Recreate a finding, without relinting the Deployment', async () => {
    const first = await client.until(
      uri('k8s/db.yaml'),
      (d) => d.length > 0 && !has(d),
      'the findings, none of this rule',
    );
    assert.equal(first.version, 1);
    await client.open(uri('k8s/claim.yaml'), 'yaml', claim('ReadWriteOnce'));
    await client.change(uri('k8s/claim.yaml'), 2, [
      { range: { start: { line: 5, character: 16 }, end: { line: 5, character: 29 } }, text: 'ReadWriteMany' },
    ]);
    const { version } = await client.until(uri('k8s/db.yaml'), has, 'the finding once the claim can be shared');
    assert.equal(version, 1, 'the Deployment was not edited');
  });
});
