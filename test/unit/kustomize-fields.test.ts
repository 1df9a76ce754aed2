import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  KUSTOMIZATION_ROOT,
  KUSTOMIZE_REMOVED_FIELDS,
  KUSTOMIZE_STRUCTS,
  kustomizeField,
  type KustomizeField,
  type KustomizeType,
} from '../../server/src/kustomize/fields';

const HANGUL = /[\uac00-\ud7a3]/;

/** The struct a field's value decodes into, if any. */
function structOf(type: KustomizeType): string | undefined {
  if (type.kind === 'struct' || type.kind === 'stringOrStruct') return type.name;
  if (type.kind === 'list') return type.of;
  return undefined;
}

function everyField(): { struct: string; field: KustomizeField }[] {
  return Object.entries(KUSTOMIZE_STRUCTS).flatMap(([struct, fields]) => fields.map((field) => ({ struct, field })));
}

function keysOf(struct: string): string[] {
  return (KUSTOMIZE_STRUCTS[struct] ?? []).map((field) => field.key);
}

describe('the table of kustomization fields', () => {
  it('names only structs it defines', () => {
    for (const { struct, field } of everyField()) {
      const target = structOf(field.type);
      if (target !== undefined) assert.ok(KUSTOMIZE_STRUCTS[target], `${struct}.${field.key} → ${target}`);
    }
  });

  it('reaches every struct from the root', () => {
    const reached = new Set<string>([KUSTOMIZATION_ROOT]);
    const queue = [KUSTOMIZATION_ROOT];
    for (let struct = queue.shift(); struct !== undefined; struct = queue.shift()) {
      for (const field of KUSTOMIZE_STRUCTS[struct] ?? []) {
        const target = structOf(field.type);
        if (target !== undefined && !reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
      }
    }
    assert.deepEqual([...reached].sort(), Object.keys(KUSTOMIZE_STRUCTS).sort());
  });

  it('has each key once per struct', () => {
    for (const struct of Object.keys(KUSTOMIZE_STRUCTS)) {
      const keys = keysOf(struct);
      assert.equal(new Set(keys).size, keys.length, struct);
    }
  });

  it('describes every field in English and in Korean', () => {
    for (const { struct, field } of everyField()) {
      const where = `${struct}.${field.key}`;
      assert.ok(field.description.en.trim().length > 0, where);
      assert.ok(field.description.ko.trim().length > 0, where);
      assert.match(field.description.ko, HANGUL, where);
      assert.doesNotMatch(field.description.en, HANGUL, where);
    }
  });

  it('points each deprecated field at a key of the same struct', () => {
    for (const { struct, field } of everyField()) {
      if (!field.deprecated) continue;
      assert.ok(keysOf(struct).includes(field.deprecated.use), `${struct}.${field.key} → ${field.deprecated.use}`);
      assert.notEqual(field.deprecated.use, field.key);
    }
  });

  it('gives path roles only to string and list-of-string fields', () => {
    for (const { struct, field } of everyField()) {
      if (field.path) assert.ok(['string', 'strings'].includes(field.type.kind), `${struct}.${field.key}`);
    }
  });

  it('lists known entries only for free-form maps and lists of strings', () => {
    for (const { struct, field } of everyField()) {
      if (field.known) {
        assert.ok(['stringMap', 'strings', 'anyMap'].includes(field.type.kind), `${struct}.${field.key}`);
        assert.ok(field.known.length > 0, `${struct}.${field.key}`);
      }
    }
  });

  it('gives every enum at least two distinct values', () => {
    for (const { struct, field } of everyField()) {
      if (field.type.kind !== 'enum') continue;
      assert.ok(field.type.values.length >= 2, `${struct}.${field.key}`);
      assert.equal(new Set(field.type.values).size, field.type.values.length, `${struct}.${field.key}`);
    }
  });

  it('looks fields up by struct and key', () => {
    assert.equal(kustomizeField('Kustomization', 'resources')?.path, 'resource');
    assert.equal(kustomizeField('Kustomization', 'nonsense'), undefined);
    assert.equal(kustomizeField('NoSuchStruct', 'name'), undefined);
    for (const { struct, field } of everyField()) assert.equal(kustomizeField(struct, field.key), field);
  });

  it('keeps removed keys out of the structs that no longer have them', () => {
    for (const [struct, removed] of Object.entries(KUSTOMIZE_REMOVED_FIELDS)) {
      assert.ok(KUSTOMIZE_STRUCTS[struct], struct);
      for (const entry of removed) {
        assert.equal(kustomizeField(struct, entry.key), undefined, `${struct}.${entry.key}`);
        assert.match(entry.description.ko, HANGUL);
      }
    }
  });
});

describe('the table agrees with kustomize', () => {
  it('has the top-level fields of Kustomization, inlined TypeMeta included', () => {
    const keys = keysOf('Kustomization');
    for (const key of [
      'apiVersion',
      'kind',
      'metadata',
      'openapi',
      'namePrefix',
      'nameSuffix',
      'namespace',
      'commonLabels',
      'labels',
      'commonAnnotations',
      'patchesStrategicMerge',
      'patchesJson6902',
      'patches',
      'images',
      'imageTags',
      'replacements',
      'replicas',
      'vars',
      'sortOptions',
      'resources',
      'components',
      'crds',
      'bases',
      'configMapGenerator',
      'secretGenerator',
      'helmGlobals',
      'helmCharts',
      'helmChartInflationGenerator',
      'generatorOptions',
      'configurations',
      'generators',
      'transformers',
      'validators',
      'buildMetadata',
    ]) {
      assert.ok(keys.includes(key), key);
    }
    assert.ok(!keys.includes('inventory'), 'removed in kustomize v5.0.0');
  });

  it('reads images as kustomize does', () => {
    assert.deepEqual(keysOf('Image').sort(), ['digest', 'name', 'newName', 'newTag', 'tagSuffix']);
    assert.deepEqual(kustomizeField('Image', 'newTag')?.type, { kind: 'string' });
  });

  it('reads patches as kustomize does', () => {
    assert.deepEqual(keysOf('Patch').sort(), ['options', 'patch', 'path', 'target']);
    assert.equal(kustomizeField('Patch', 'path')?.path, 'file');
    assert.deepEqual(keysOf('PatchArgs').sort(), ['allowKindChange', 'allowNameChange']);
    assert.deepEqual(keysOf('Selector').sort(), [
      'annotationSelector',
      'group',
      'kind',
      'labelSelector',
      'name',
      'namespace',
      'version',
    ]);
  });

  it('marks the deprecated fields with what replaces them', () => {
    const use = (struct: string, key: string): string | undefined => kustomizeField(struct, key)?.deprecated?.use;
    assert.equal(use('Kustomization', 'patchesStrategicMerge'), 'patches');
    assert.equal(use('Kustomization', 'patchesJson6902'), 'patches');
    assert.equal(use('Kustomization', 'bases'), 'resources');
    assert.equal(use('Kustomization', 'imageTags'), 'images');
    assert.equal(use('Kustomization', 'vars'), 'replacements');
    assert.equal(use('Kustomization', 'helmChartInflationGenerator'), 'helmCharts');
    assert.equal(use('ConfigMapArgs', 'env'), 'envs');
    assert.equal(use('SecretArgs', 'env'), 'envs');
    assert.equal(use('Kustomization', 'resources'), undefined);
    assert.equal(kustomizeField('Kustomization', 'patchesStrategicMerge')?.path, 'fileOrInline');
  });

  it('flattens the generators’ inlined structs', () => {
    assert.deepEqual(kustomizeField('ConfigMapArgs', 'behavior')?.type, {
      kind: 'enum',
      values: ['create', 'replace', 'merge'],
    });
    for (const struct of ['ConfigMapArgs', 'SecretArgs']) {
      for (const key of ['name', 'namespace', 'behavior', 'literals', 'files', 'envs', 'env', 'options']) {
        assert.ok(kustomizeField(struct, key), `${struct}.${key}`);
      }
    }
    assert.ok(kustomizeField('SecretArgs', 'type'));
    assert.equal(kustomizeField('ConfigMapArgs', 'type'), undefined);
    assert.equal(kustomizeField('ConfigMapArgs', 'files')?.path, 'keyedFile');
    assert.equal(kustomizeField('ConfigMapArgs', 'envs')?.path, 'envFile');
  });

  it('reads replacements, labels, replicas and helm charts as kustomize does', () => {
    assert.deepEqual(keysOf('ReplacementField').sort(), ['path', 'source', 'sourceValue', 'targets']);
    assert.equal(kustomizeField('TargetSelector', 'select')?.required, true);
    assert.deepEqual(keysOf('Label').sort(), [
      'fields',
      'includeSelectors',
      'includeTemplates',
      'includeVolumeClaimTemplates',
      'pairs',
    ]);
    assert.deepEqual(kustomizeField('Replica', 'count')?.type, { kind: 'int' });
    assert.deepEqual(kustomizeField('HelmChart', 'valuesInline')?.type, { kind: 'anyMap' });
    assert.deepEqual(kustomizeField('HelmChart', 'valuesMerge')?.type, {
      kind: 'enum',
      values: ['merge', 'override', 'replace'],
    });
    assert.deepEqual(kustomizeField('SortOptions', 'order')?.type, { kind: 'enum', values: ['legacy', 'fifo'] });
    assert.deepEqual(keysOf('ObjectMeta').sort(), ['annotations', 'labels', 'name', 'namespace']);
  });
});
