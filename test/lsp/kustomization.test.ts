/**
 * A kustomization in the language server: what `kustomize build` would stop on, as it is typed;
 * the paths it names followed as files appear on disk; hovers and completion from kustomize's types.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { CompletionItem, Hover } from 'vscode-languageserver';
import { linkedWorkspace } from './linked-workspace';

const HEAD = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';
const KUSTOMIZATION = `${HEAD}resources:
  - deployment.yaml
  - service.yaml
images:
  - name: web
    newTag: v1
`;

/** A Deployment whose one container runs `image`. */
const deployment = (image: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ${image}\n`;

describe('a kustomization in the editor', () => {
  const { client, uri } = linkedWorkspace(
    {
      'app/kustomization.yaml': KUSTOMIZATION,
      'app/deployment.yaml': deployment('web:dev'),
      'base/kustomization.yaml': `${HEAD}resources: []\n`,
      'tracing/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
    },
    'app/kustomization.yaml',
    'cntutor-kustomization-lsp-',
  );
  const codes = (diagnostics: { code?: unknown; range: { start: { line: number } } }[]): string =>
    diagnostics.map((d) => `${String(d.code)}:${d.range.start.line}`).join();

  it('reports a missing file until it exists, and a tag YAML reads as a number as it is typed', async () => {
    const file = uri('app/kustomization.yaml');
    await client.until(file, (d) => codes(d) === 'kustomization-paths:4', 'the missing service.yaml');
    await client.change(file, 2, [{ text: KUSTOMIZATION.replace('newTag: v1', 'newTag: 3.6') }]);
    const typed = await client.until(
      file,
      (d) => codes(d) === 'kustomization-paths:4,kustomization-schema:7',
      'the tag typed as a number',
    );
    const message = typed.diagnostics[1]?.message;
    assert.match(typeof message === 'string' ? message : (message?.value ?? ''), /Quote it: `"3\.6"`/);
    writeFileSync(fileURLToPath(uri('app/service.yaml')), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uri('app/service.yaml'), type: 1 }],
    });
    const created = await client.until(file, (d) => codes(d) === 'kustomization-schema:7', 'the file created');
    assert.equal(created.version, 2, 'the kustomization was not edited');

    // An edit of an object it builds judges its images: entry again, though it is not edited.
    const manifest = uri('app/deployment.yaml');
    await client.open(manifest, 'yaml', deployment('web:dev'));
    await client.change(manifest, 2, [{ text: deployment('api:dev') }]);
    const renamed = await client.until(
      file,
      (d) => codes(d) === 'kustomization-unmatched-image:6,kustomization-schema:7',
      'the image the entry names gone',
    );
    assert.equal(renamed.version, 2);
    const unmatched = renamed.diagnostics[0]?.message;
    assert.match(typeof unmatched === 'string' ? unmatched : '', /Its containers run "api"\./);
    await client.change(manifest, 3, [{ text: deployment('web:1.0') }]);
    await client.until(file, (d) => codes(d) === 'kustomization-schema:7', 'the image back');
  });

  it('explains a key and completes the fields of an image entry', async () => {
    const file = uri('app/kustomization.yaml');
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: file },
      position: { line: 7, character: 6 },
    });
    const contents = hover?.contents as { value?: string } | undefined;
    assert.match(contents?.value ?? '', /^\*\*`newTag`\*\* · kustomization\.yaml/);
    await client.change(file, 3, [{ text: `${KUSTOMIZATION}    ` }]);
    const completion = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri: file },
      position: { line: 9, character: 4 },
    });
    const items = Array.isArray(completion) ? completion : completion.items;
    assert.deepEqual(items.map((item) => item.label).sort(), ['digest', 'newName', 'tagSuffix']);
  });

  it('completes the paths of resources from the folders on disk', async () => {
    const file = uri('app/kustomization.yaml');
    const text = `${KUSTOMIZATION}resources:\n  - ../`.replace(/^resources:\n( {2}- .*\n)+/m, '');
    await client.change(file, 4, [{ text }]);
    const lines = text.split('\n');
    const completion = await client.request<CompletionItem[] | { items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri: file },
      position: { line: lines.length - 1, character: (lines.at(-1) ?? '').length },
    });
    const items = Array.isArray(completion) ? completion : completion.items;
    assert.deepEqual(items.map((item) => `${item.label} ${item.detail ?? ''}`).sort(), [
      '../app folder · Kustomization',
      '../base folder · Kustomization',
      '../tracing folder · Component',
    ]);
  });
});
