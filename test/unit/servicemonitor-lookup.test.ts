import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Inventory, sharedObjects } from '../../server/src/engine/kubernetes/inventory';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { watchedServices, watches } from '../../server/src/rules/kubernetes/servicemonitor-selects-service/rule';

const service = (name: string, namespace?: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}  labels:\n    app: ${name}\nspec:\n  ports:\n    - { name: http, port: 80 }\n`;

const monitor = (name: string, namespace: string | undefined, scope: string): string =>
  `apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n  selector:\n    matchExpressions:\n      - { key: app, operator: Exists }\n${scope}  endpoints:\n    - port: http\n`;

const SCOPES: Record<string, string> = {
  own: '',
  any: '  namespaceSelector:\n    any: true\n',
  one: '  namespaceSelector:\n    matchNames: [team]\n',
  two: '  namespaceSelector:\n    matchNames: [team, other]\n',
  empty: '  namespaceSelector: {}\n',
};

describe('the Services a ServiceMonitor watches', () => {
  it('are those a scan of every Service finds, in the same order, with and without shared lookups', () => {
    const monitors = ['team', 'other', undefined].flatMap((namespace) =>
      Object.entries(SCOPES).map(([label, scope]) => monitor(`m-${label}-${namespace ?? 'none'}`, namespace, scope)),
    );
    const texts: Record<string, string> = {
      '/w/services-a.yaml': [service('a1', 'team'), service('a2'), service('a3', 'other')].join('---\n'),
      '/w/monitors.yaml': [...monitors, service('own', 'team'), service('own-none')].join('---\n'),
      '/w/services-b.yaml': [service('b1', 'other'), service('b2', 'team'), service('b3', 'elsewhere')].join('---\n'),
    };
    const workspace = new ManifestWorkspace();
    for (const [file, text] of Object.entries(texts)) workspace.setFile(file, text);
    const uri = '/w/monitors.yaml';
    const file = parseYaml(texts[uri] as string);
    let compared = 0;
    for (const shared of [sharedObjects(workspace, uri), undefined]) {
      const inventory = new Inventory(uri, file, () => workspace.objectsOutside(uri), shared);
      for (const object of inventory.own.filter((o) => o.kind === 'ServiceMonitor')) {
        const scanned = inventory.ofKind('Service').filter((s) => watches(object, s.namespace));
        assert.deepEqual(
          watchedServices(inventory, object).map((s) => `${s.name ?? '-'}`),
          scanned.map((s) => `${s.name ?? '-'}`),
          `${object.name ?? '-'} (${shared ? 'shared' : 'alone'})`,
        );
        compared += scanned.length;
      }
    }
    assert.ok(compared > 60, `${compared} Services compared`);
  });
});
