import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndexedObject } from '../../server/src/engine/kubernetes/facts';
import { autoscalerOf, someSelects } from '../../server/src/engine/kubernetes/selector-lookups';
import { selectsPods, type LabelSelector, type PodIdentity } from '../../server/src/engine/kubernetes/selectors';

const object = (fields: Partial<IndexedObject>): IndexedObject =>
  ({ kind: 'PodDisruptionBudget', labels: {}, references: [], ...fields }) as IndexedObject;

const selector = (matchLabels: Record<string, string>, matchExpressions: LabelSelector['matchExpressions'] = []) => ({
  matchLabels,
  matchExpressions,
});

/** Selectors with and without a label to look up: written labels, controller-added ones, expressions, none. */
const BUDGETS = [
  object({ name: 'web', selector: selector({ app: 'web' }) }),
  object({ name: 'web-tier', selector: selector({ app: 'web', tier: 'front' }) }),
  object({ name: 'hash', selector: selector({ 'pod-template-hash': 'abc' }) }),
  object({ name: 'pod', selector: selector({ 'statefulset.kubernetes.io/pod-name': 'db-0' }) }),
  object({ name: 'expr', selector: selector({}, [{ key: 'app', operator: 'In', values: ['api', 'db'] }]) }),
  object({ name: 'not', selector: selector({}, [{ key: 'app', operator: 'NotIn', values: ['web'] }]) }),
  object({ name: 'none' }),
];

const PODS: PodIdentity[] = [
  { kind: 'Deployment', name: 'web', labels: { app: 'web' } },
  { kind: 'Deployment', name: 'web', labels: { app: 'web', tier: 'front' } },
  { kind: 'Deployment', name: 'other', labels: { app: 'other' } },
  { kind: 'StatefulSet', name: 'db', labels: { app: 'db' } },
  { kind: 'StatefulSet', name: 'cache', labels: { role: 'cache' } },
  { kind: 'Deployment', name: 'bare', labels: {} },
];

describe('selector lookups', () => {
  it('find a selecting object exactly when trying every one does, for every subset of the list', () => {
    for (let mask = 0; mask < 1 << BUDGETS.length; mask++) {
      const list = BUDGETS.filter((_, i) => mask & (1 << i));
      for (const pods of PODS) {
        const expected = list.some((pdb) => !!pdb.selector && selectsPods(pdb.selector, pods));
        assert.equal(someSelects(list, pods), expected, JSON.stringify({ list: list.map((b) => b.name), pods }));
      }
    }
  });

  it('find the first autoscaler of a workload by its kind and name', () => {
    const hpa = (name: string, kind: string, target: string): IndexedObject =>
      object({ kind: 'HorizontalPodAutoscaler', name, scaleTarget: { kind, name: target, minReplicas: 1 } });
    const autoscalers = [
      hpa('one', 'Deployment', 'web'),
      hpa('two', 'StatefulSet', 'web'),
      hpa('three', 'Deployment', 'web'),
    ];
    const find = (kind: string, name?: string): string | undefined =>
      autoscalerOf(object({ kind, ...(name === undefined ? {} : { name }) }), autoscalers)?.name;
    assert.equal(find('Deployment', 'web'), 'one');
    assert.equal(find('StatefulSet', 'web'), 'two');
    assert.equal(find('Deployment', 'api'), undefined);
    assert.equal(find('Deployment'), undefined);
  });
});
