import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LintRunner, SLICED_THRESHOLD_CHARS } from '../../server/src/lsp/lint-runner';
import { SchemaSupport } from '../../server/src/lsp/schema-features';
import { OpenSchemaSources } from '../../server/src/lsp/schema-sources';
import { WIDGET_CRD } from '../support/widget-crd';

const LARGE = `${WIDGET_CRD}---\n${'# padding\n'.repeat(SLICED_THRESHOLD_CHARS / 10)}`;

function setup(): {
  sources: OpenSchemaSources;
  schema: SchemaSupport;
  open: Map<string, TextDocument>;
  relinted: string[];
} {
  const schema = new SchemaSupport(() => true);
  const open = new Map<string, TextDocument>();
  const relinted: string[] = [];
  const sources = new OpenSchemaSources({
    runner: new LintRunner(),
    schema,
    documents: { all: () => [...open.values()], get: (uri) => open.get(uri) },
    relint: (document) => relinted.push(document.uri),
  });
  return { sources, schema, open, relinted };
}

const doc = (uri: string, text: string, version = 1): TextDocument => TextDocument.create(uri, 'yaml', version, text);
const defined = (schema: SchemaSupport): number => schema.workspace.customResourceDefinitions().length;

describe('the CRDs of open documents', () => {
  it('are read at once from a small document, and the other open documents relinted', () => {
    const { sources, schema, open, relinted } = setup();
    open.set('file:///w/other.yaml', doc('file:///w/other.yaml', 'kind: Widget\n'));
    const small = doc('file:///w/crd.yaml', WIDGET_CRD);
    open.set(small.uri, small);
    sources.changed(small);
    assert.equal(defined(schema), 1);
    assert.deepEqual(relinted, ['file:///w/other.yaml']);
    assert.equal(sources.afterParse(small, 1), undefined, 'nothing is left for the lint');
  });

  it('are read from a large document only once its lint has parsed it, and not from a stale run', () => {
    const { sources, schema, open } = setup();
    const v1 = doc('file:///w/install.yaml', LARGE, 1);
    open.set(v1.uri, v1);
    sources.changed(v1);
    assert.equal(defined(schema), 0, 'opening does not parse the whole document');
    const staleRun = sources.afterParse(v1, 1);
    const v2 = doc(v1.uri, LARGE, 2);
    open.set(v1.uri, v2);
    sources.changed(v2);
    staleRun?.();
    assert.equal(defined(schema), 0, 'a run the edit made stale indexes nothing');
    const run = sources.afterParse(v2, 2);
    assert.ok(run);
    run();
    assert.equal(defined(schema), 1);
    assert.equal(sources.afterParse(v2, 2), undefined);
  });

  it('are read at once when no lint will read them (linting off, a configuration file), and forgotten on close', () => {
    const { sources, schema, open } = setup();
    const large = doc('file:///w/install.yaml', LARGE);
    open.set(large.uri, large);
    sources.changed(large);
    sources.closed(large.uri);
    sources.flush(large);
    assert.equal(defined(schema), 0, 'a closed document is not indexed');
    sources.changed(large);
    sources.flush(large);
    assert.equal(defined(schema), 1);
  });

  it('are left to the lint only in large manifests that hold a CRD and that the lint parses', () => {
    const { sources } = setup();
    const cases: [string, string, string][] = [
      ['file:///w/plain.yaml', 'yaml', `kind: ConfigMap\n${'# padding\n'.repeat(SLICED_THRESHOLD_CHARS / 10)}`],
      ['file:///w/huge.yaml', 'yaml', `${LARGE}${'# padding\n'.repeat(1_100_000)}`],
      [
        'file:///w/Dockerfile',
        'dockerfile',
        `FROM a\n# CustomResourceDefinition\n${'# x\n'.repeat(SLICED_THRESHOLD_CHARS)}`,
      ],
    ];
    for (const [uri, languageId, text] of cases) {
      const document = TextDocument.create(uri, languageId, 1, text);
      sources.changed(document);
      assert.equal(sources.afterParse(document, 1), undefined, uri);
    }
  });
});
