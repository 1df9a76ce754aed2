import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { customKindOf } from '../../server/src/schema/crd';

/** A CRD whose schema counts how often its properties are read. */
function countingCrd(): { definition: unknown; reads: () => number } {
  let reads = 0;
  const openAPIV3Schema = {
    type: 'object',
    get properties() {
      reads++;
      return { spec: { type: 'object', properties: { size: { type: 'integer' } } } };
    },
  };
  const definition = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    spec: {
      group: 'example.com',
      names: { kind: 'Widget' },
      versions: [
        { name: 'v1', schema: { openAPIV3Schema } },
        { name: 'v0', schema: {} },
      ],
    },
  };
  return { definition, reads: () => reads };
}

describe('a CustomResourceDefinition', () => {
  it('has each version’s schema converted when first asked for, once', () => {
    const { definition, reads } = countingCrd();
    const custom = customKindOf(definition, '/w/crd.yaml');
    assert.deepEqual([...(custom?.versions.keys() ?? [])], ['v1', 'v0']);
    assert.equal(reads(), 0, 'nothing converted before a custom resource needs it');
    const schema = custom?.versions.get('v1')?.();
    const converting = reads();
    assert.ok(converting > 0);
    assert.deepEqual(schema?.properties?.spec?.properties?.size, { type: 'integer' });
    assert.equal(custom?.versions.get('v1')?.(), schema);
    assert.equal(reads(), converting, 'converted once');
    assert.equal(custom?.versions.get('v0')?.(), null);
  });

  it('still judges its custom resources by the converted schema', () => {
    const crd = [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata: { name: widgets.example.com }',
      'spec:',
      '  group: example.com',
      '  names: { kind: Widget, plural: widgets }',
      '  scope: Namespaced',
      '  versions:',
      '    - name: v1',
      '      served: true',
      '      storage: true',
      '      schema:',
      '        openAPIV3Schema:',
      '          type: object',
      '          properties:',
      '            spec: { type: object, properties: { size: { type: integer } } }',
    ].join('\n');
    const widget = 'apiVersion: example.com/v1\nkind: Widget\nmetadata: { name: w }\nspec: { size: big }\n';
    const findings = lint(`${crd}\n---\n${widget}`, 'file:///w/widgets.yaml').findings;
    assert.ok(
      findings.some((finding) => finding.ruleId === 'kubernetes-schema' && finding.range.start.line === 20),
      JSON.stringify(findings.map((finding) => [finding.ruleId, finding.range.start.line, finding.message])),
    );
  });
});
