import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IndexedObject } from '../../server/src/engine/kubernetes/facts';
import {
  candidateWorkloads,
  FULL_SCAN_LIMIT,
  type WorkloadSource,
} from '../../server/src/rules/kubernetes/service-selects-workload/candidates';

const workload = (name: string, folder: string, labels: Record<string, string>): IndexedObject =>
  ({
    kind: 'Deployment',
    name,
    uri: `/repo/${folder}/${name}.yaml`,
    pods: { labels, ports: [], hostNetwork: false },
  }) as unknown as IndexedObject;

const service = (folder: string): IndexedObject =>
  ({ kind: 'Service', name: 'web', uri: `/repo/${folder}/service.yaml` }) as unknown as IndexedObject;

const selector = { matchLabels: { app: 'web-frontnd', tier: 'edge' }, matchExpressions: [] };

/** The workspace as an index shares it: every workload an entry, none of them this file's. */
const source = (near: IndexedObject[]): WorkloadSource => ({
  own: [],
  entries: near.map((object) => ({ key: object.uri, object })),
  ownKey: '/repo/f7/service.yaml',
});

function workspace(size: number): IndexedObject[] {
  const near = Array.from({ length: size }, (_, i) => workload(`app-${i}`, `f${i % 50}`, { app: `app-${i}` }));
  near.splice(10, 0, workload('web-frontend', 'f7', { app: 'web-frontend' }));
  near.splice(20, 0, workload('web-frontent', 'f30', { app: 'web-frontent' }));
  near.splice(30, 0, workload('proxy', 'f40', { app: 'proxy', tier: 'edge' }));
  near.splice(40, 0, workload('web', 'f41', { app: 'other' }));
  return near;
}

describe('candidates for the workload a Service meant', () => {
  it('are every workload in reach while there are few', () => {
    const near = workspace(100);
    assert.equal(
      candidateWorkloads(source(near), { count: near.length, list: () => near }, service('f7'), selector),
      near,
    );
  });

  it("past the limit: the Service's folder, its name and its labels, in workspace order", () => {
    const near = workspace(FULL_SCAN_LIMIT + 500);
    const names = candidateWorkloads(
      source(near),
      { count: near.length, list: () => near },
      service('f7'),
      selector,
    ).map((w) => w.name);
    assert.ok(names.includes('web-frontend'), 'the typo target next to the Service');
    assert.ok(names.includes('proxy'), 'a workload with one of the selected labels');
    assert.ok(names.includes('web'), 'a workload named like the Service');
    assert.ok(!names.includes('web-frontent'), 'a near name in another folder');
    assert.ok(
      names.every(
        (name) => name === 'proxy' || name === 'web' || near.some((w) => w.name === name && w.uri.includes('/f7/')),
      ),
    );
    const positions = names.map((name) => near.findIndex((w) => w.name === name));
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
    );
  });
});
