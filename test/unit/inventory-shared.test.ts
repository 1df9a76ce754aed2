import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestObject } from '../../server/src/engine/closest-name';
import { Inventory, podIdentity, sharedObjects } from '../../server/src/engine/kubernetes/inventory';
import { selectsPods } from '../../server/src/engine/kubernetes/selectors';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';

/** Three files whose objects share kinds, names and namespaces in every combination the queries tell apart. */
function files(): Record<string, string> {
  const object = (kind: string, name: string, namespace?: string, extra = ''): string =>
    `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  labels:\n    app: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}${extra}`;
  const pods = (app: string): string =>
    `spec:\n  selector:\n    matchLabels:\n      app: ${app}\n  template:\n    metadata:\n      labels:\n        app: ${app}\n    spec:\n      containers:\n        - name: c\n          image: nginx:1.27\n`;
  const deployment = (name: string, namespace?: string): string =>
    object('Deployment', name, namespace, pods(name)).replace('apiVersion: v1', 'apiVersion: apps/v1');
  const selecting = (kind: string, name: string, field: string, match: string, namespace?: string): string =>
    `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n  ${field}:\n${match}`;
  const budget = (name: string, app: string, namespace?: string): string =>
    selecting('PodDisruptionBudget', name, 'selector', `    matchLabels:\n      app: ${app}\n`, namespace);
  // A policy without an anchor label: it selects by an expression (or selects every pod when empty).
  const policy = (
    name: string,
    namespace?: string,
    match = '    matchExpressions:\n      - { key: app, operator: In, values: [web, api] }\n',
  ): string => selecting('NetworkPolicy', name, 'podSelector', match, namespace);
  const autoscaler = (name: string, target: string, min: number, namespace?: string): string =>
    `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: ${target} }\n  minReplicas: ${min}\n  maxReplicas: 9\n`;
  const generator = (name: string): string =>
    `apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: ${name}\nspec:\n  secretName: ${name}-tls\n`;
  return {
    'file:///w/a.yaml': [
      object('ConfigMap', 'shared', 'team'),
      object('ConfigMap', 'shared'),
      deployment('web', 'team'),
      object('Service', 'web', 'team'),
      generator('site'),
      budget('web', 'web', 'team'),
      autoscaler('web-a', 'web', 2, 'team'),
      autoscaler('api-a', 'api', 1),
    ].join('---\n'),
    'file:///w/b.yaml': [
      object('ConfigMap', 'shared', 'other'),
      deployment('web'),
      deployment('api', 'team'),
      object('ServiceAccount', 'web', 'team'),
      generator('api'),
      budget('api', 'api'),
      policy('some', 'other'),
      autoscaler('web-b', 'web', 3),
      autoscaler('web-c', 'web', 4, 'team'),
    ].join('---\n'),
    'file:///w/c.yaml': [
      object('ConfigMap', 'shared', 'team'),
      object('Service', 'api'),
      deployment('api', 'other'),
      budget('web-other', 'web', 'other'),
      policy('all', 'team', '    {}\n'),
      autoscaler('api-c', 'api', 5, 'other'),
    ].join('---\n'),
  };
}

/** Each query's answer as the files and names it lists, in order. */
function answers(inventory: Inventory): unknown {
  const show = (objects: readonly { uri: string; kind: string; name?: string; namespace?: string }[]): string[] =>
    objects.map((o) => `${o.uri.slice(-6)} ${o.kind}/${o.name ?? '-'}@${o.namespace ?? '*'}`);
  const namespaces = ['team', 'other', undefined];
  return {
    // Before workloadsNear, whose lengths they must be without building the lists.
    nearCounts: [...namespaces, 'solo'].map((ns) => inventory.workloadsNearCount(ns)),
    // Typo-like names: one file's own, another's, several, none, and too short to index.
    closest: namespaces.flatMap((ns) =>
      ['shared', 'sharedx', 'shard', 'web', 'webs', 'wbe', 'api', 'apix', 'nothing-like-it'].flatMap((wanted) =>
        ['ConfigMap', 'Deployment', 'Service'].map((kind) => {
          const found = inventory.closestNear(kind, ns, wanted);
          const expected = closestObject(wanted, inventory.near(kind, ns));
          assert.equal(found?.object, expected?.object, `${kind} ${wanted} ${ns ?? '*'}`);
          return found ? `${found.name} ${found.object.uri.slice(-6)}` : '-';
        }),
      ),
    ),
    // Budgets and policies that select each workload's pods, and the autoscaler of each workload.
    selected: inventory.workloads().flatMap((workload) => {
      const pods = podIdentity(workload);
      if (!pods) return [];
      return ['PodDisruptionBudget', 'NetworkPolicy'].map((kind) => {
        const found = inventory.anySelects(kind, workload.namespace, pods);
        const scanned = inventory
          .near(kind, workload.namespace)
          .some((object) => object.selector !== undefined && selectsPods(object.selector, pods));
        assert.equal(found, scanned, `${kind} for ${workload.name ?? '-'}@${workload.namespace ?? '*'}`);
        return found;
      });
    }),
    autoscalers: inventory.workloads().flatMap((workload) =>
      (['near', 'same'] as const).map((scope) => {
        const found = inventory.autoscalerFor(workload, scope);
        const list =
          scope === 'near'
            ? inventory.near('HorizontalPodAutoscaler', workload.namespace)
            : inventory.sameNamespaceAs('HorizontalPodAutoscaler', workload.namespace);
        const scanned = list.find(
          (hpa) => hpa.scaleTarget?.kind === workload.kind && hpa.scaleTarget.name === workload.name,
        );
        assert.equal(found, scanned, `${scope} autoscaler of ${workload.name ?? '-'}@${workload.namespace ?? '*'}`);
        return found ? `${found.name ?? '-'} ${found.uri.slice(-6)}` : '-';
      }),
    ),
    all: show(inventory.all()),
    kinds: ['ConfigMap', 'Deployment', 'Service', 'ServiceAccount', 'Secret'].map((kind) =>
      show(inventory.ofKind(kind)),
    ),
    workloads: show(inventory.workloads()),
    near: namespaces.flatMap((ns) => [show(inventory.near('ConfigMap', ns)), show(inventory.workloadsNear(ns))]),
    same: namespaces.map((ns) => show(inventory.sameNamespaceAs('ConfigMap', ns))),
    labelled: ['web', 'api', 'none'].flatMap((app) => [
      show(inventory.labelled('Deployment', 'app', app)),
      show(inventory.labelled('Service', 'app', app)),
    ]),
    named: namespaces.flatMap((ns) =>
      ['shared', 'web', 'api'].flatMap((name) => [
        show(inventory.named('ConfigMap', name, ns)),
        show(inventory.named('Deployment', name, ns)),
        show(inventory.definitions('Secret', `${name === 'shared' ? 'site' : name}-tls`, ns)),
        show(inventory.definitions('ServiceAccount', name, ns)),
      ]),
    ),
  };
}

describe('the cross-file inventory', () => {
  it('answers from lookups shared across lints exactly as from a scan of every object, order included', () => {
    const workspace = new ManifestWorkspace();
    const texts = files();
    for (const [uri, text] of Object.entries(texts)) workspace.setFile(uri, text);
    for (const [uri, text] of Object.entries(texts)) {
      const shared = sharedObjects(workspace, uri);
      assert.ok(shared, 'the workspace index shares its entries');
      const withLookups = new Inventory(uri, parseYaml(text), () => assert.fail('no scan with lookups'), shared);
      const scanning = new Inventory(uri, parseYaml(text), () => workspace.objectsOutside(uri));
      const expected = answers(scanning);
      assert.deepEqual(answers(withLookups), expected, uri);
      // The queries tell the files apart: each lists objects of all three.
      assert.equal(new Set((expected as { all: string[] }).all.map((line) => line.slice(0, 6))).size, 3);
    }
  });

  it("counts the workloads that share a namespace without the index's copy of the linted file", () => {
    const deployment = (name: string, namespace: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  template:\n    metadata:\n      labels:\n        app: ${name}\n`;
    const a = 'file:///w/a.yaml';
    const b = 'file:///w/b.yaml';
    const now: Record<string, string> = { [a]: deployment('web', 'team'), [b]: deployment('api', 'team') };
    const workspace = new ManifestWorkspace();
    // The index still holds a.yaml's workload of namespace "solo", which the file as it is now has lost.
    workspace.setFile(a, `${now[a]}---\n${deployment('solo', 'solo')}`);
    workspace.setFile(b, now[b] as string);
    const inventories = (uri: string): Inventory[] => [
      new Inventory(uri, parseYaml(now[uri] as string), () => assert.fail('no scan'), sharedObjects(workspace, uri)),
      new Inventory(uri, parseYaml(now[uri] as string), () => workspace.objectsOutside(uri)),
    ];
    const answers = (inventory: Inventory): number[] =>
      ['solo', 'team', 'other'].map((ns) => inventory.workloadsNearCount(ns));
    for (const inventory of inventories(a)) {
      assert.deepEqual(answers(inventory), [0, 2, 0]);
      // Nor is the index's "solo" a name to suggest for a.yaml.
      assert.equal(inventory.closestNear('Deployment', 'solo', 'solo-x'), undefined);
    }
    for (const inventory of inventories(b))
      assert.equal(inventory.closestNear('Deployment', 'solo', 'solo-x')?.name, 'solo');
    for (const inventory of inventories(b)) assert.deepEqual(answers(inventory), [1, 2, 0]);
  });

  it('tells a namespace written as "\\0" from none', () => {
    const object = (kind: string, namespace: string | undefined, body: string): string =>
      `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: web\n${namespace === undefined ? '' : `  namespace: ${namespace}\n`}${body}`;
    const pods = 'spec:\n  template:\n    metadata:\n      labels: { app: web }\n';
    const a = 'file:///w/a.yaml';
    const texts: Record<string, string> = {
      [a]: [object('Deployment', undefined, pods), object('Deployment', '"\\0"', pods)].join('---\n'),
      'file:///w/b.yaml': object('PodDisruptionBudget', 'team', 'spec:\n  selector:\n    matchLabels: { app: web }\n'),
    };
    const workspace = new ManifestWorkspace();
    for (const [uri, text] of Object.entries(texts)) workspace.setFile(uri, text);
    const inventory = new Inventory(
      a,
      parseYaml(texts[a] as string),
      () => assert.fail('no scan'),
      sharedObjects(workspace, a),
    );
    const [none, nul] = inventory.own;
    assert.equal(nul?.namespace, '\0');
    // Asked first for the workload without a namespace, which may share one with the budget.
    const covered = [none, nul].map((workload) => {
      const pods = workload && podIdentity(workload);
      assert.ok(workload && pods);
      return inventory.anySelects('PodDisruptionBudget', workload.namespace, pods);
    });
    assert.deepEqual(covered, [true, false]);
  });

  it("leaves the index's budgets and autoscalers of the linted file out: the file as it is now has lost them", () => {
    const deployment = (name: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: team\nspec:\n  replicas: 3\n  selector:\n    matchLabels: { app: ${name} }\n  template:\n    metadata:\n      labels:\n        app: ${name}\n`;
    const budget =
      'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n  namespace: team\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: { app: web }\n';
    const autoscaler =
      'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n  namespace: team\nspec:\n  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }\n  minReplicas: 2\n  maxReplicas: 5\n';
    const a = 'file:///w/a.yaml';
    const b = 'file:///w/b.yaml';
    const now: Record<string, string> = {
      [a]: deployment('web'),
      [b]: deployment('web').replace('name: web', 'name: web-2'),
    };
    const workspace = new ManifestWorkspace();
    workspace.setFile(a, `${now[a]}---\n${budget}---\n${autoscaler}`);
    workspace.setFile(b, now[b] as string);
    const answers = (uri: string): unknown[] =>
      [
        new Inventory(uri, parseYaml(now[uri] as string), () => assert.fail('no scan'), sharedObjects(workspace, uri)),
        new Inventory(uri, parseYaml(now[uri] as string), () => workspace.objectsOutside(uri)),
      ].map((inventory) => {
        const workload = inventory.own[0];
        const pods = workload && podIdentity(workload);
        assert.ok(workload && pods);
        return [
          inventory.anySelects('PodDisruptionBudget', 'team', pods),
          inventory.autoscalerFor({ ...workload, name: 'web' }, 'near')?.uri ?? '-',
          inventory.autoscalerFor({ ...workload, name: 'web' }, 'same')?.uri ?? '-',
        ];
      });
    assert.deepEqual(answers(a), [
      [false, '-', '-'],
      [false, '-', '-'],
    ]);
    // Another file's lint still sees them: they are a.yaml's as the index last read it.
    assert.deepEqual(answers(b), [
      [true, a, a],
      [true, a, a],
    ]);
  });
});
