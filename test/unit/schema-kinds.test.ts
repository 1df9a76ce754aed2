import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { builtinDefinition, builtinDefinitionsRead } from '../../server/src/schema/store';

const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`schemas/kubernetes/${file}`, 'utf8')) as Record<string, unknown>;

describe('the built-in kinds file', () => {
  it('holds the definitions file’s apiVersion/kind index and release, to the letter', () => {
    const definitions = read('definitions.json');
    const kinds = read('kinds.json');
    assert.deepEqual(Object.keys(kinds).sort(), ['x-kinds', 'x-kubernetes-release']);
    assert.equal(kinds['x-kubernetes-release'], definitions['x-kubernetes-release']);
    assert.deepEqual(kinds['x-kinds'], definitions['x-kinds']);
  });

  it('is all a lint of valid built-in objects reads; a finding to describe reads the definitions', () => {
    const valid =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n' +
      '  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n';
    const schemaFindings = (text: string): number =>
      lint(text, 'file:///w/web.yaml').findings.filter((finding) => finding.ruleId === 'kubernetes-schema').length;
    assert.equal(schemaFindings(valid), 0);
    assert.equal(builtinDefinitionsRead(), 0);
    const broken = valid.replace('image: nginx:1.27', 'image: 3\n          imagePullPolicy: Sometimes');
    assert.equal(schemaFindings(broken), 2);
    // Only the definitions on the way to the two findings: the Deployment's, down to the Container.
    const read = builtinDefinitionsRead();
    assert.ok(read > 0 && read < 20, `${read} definitions read`);
  });

  it('gives each definition, read alone from its line, exactly as the whole file parsed', () => {
    const { definitions } = read('definitions.json') as { definitions: Record<string, unknown> };
    const ids = Object.keys(definitions);
    assert.ok(ids.length > 900);
    for (const id of ids) assert.deepEqual(builtinDefinition(id), definitions[id], id);
    assert.equal(builtinDefinition('io.k8s.api.core.v1.NoSuchThing'), undefined);
    assert.equal(builtinDefinition('x-kinds'), undefined);
  });
});
