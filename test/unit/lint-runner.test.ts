import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG } from '../../server/src/engine';
import { LintRunner } from '../../server/src/lsp/lint-runner';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { BAD_WIDGET, WIDGET_CRD } from '../support/widget-crd';

const URI = 'file:///work/crds.yaml';
const TEXT = `${WIDGET_CRD}\n---\n${BAD_WIDGET}`;

describe('the language server lint runner', () => {
  it('lints a document from the parse the workspace index read its CRDs from', async () => {
    const runner = new LintRunner();
    const cache = runner.cacheFor(URI);
    const parsed = cache.parseAll(TEXT);
    const workspace = new ManifestWorkspace();
    workspace.setSchemaSources(URI, TEXT, cache);
    assert.equal(workspace.customResourceDefinitions().length, 1);
    let parses = 0;
    const parseAllSteps = cache.parseAllSteps.bind(cache);
    cache.parseAllSteps = function* (text: string) {
      parses++;
      return yield* parseAllSteps(text);
    };
    const result = await runner.run({ uri: URI, text: TEXT, config: DEFAULT_CONFIG, languageId: 'yaml', workspace });
    assert.equal(parses, 1, 'the run read its documents through the shared cache');
    assert.ok(result?.findings.some((f) => f.ruleId === 'kubernetes-schema' && /size/.test(f.message)));
    assert.equal(cache.parseAll(TEXT)[0], parsed[0], 'and found them parsed already');
  });

  it('starts a document afresh once it is forgotten', () => {
    const runner = new LintRunner();
    const first = runner.cacheFor(URI);
    assert.equal(runner.cacheFor(URI), first);
    runner.forget(URI);
    assert.notEqual(runner.cacheFor(URI), first);
  });
});
