import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll, lint, mergeConfig } from '../../server/src/engine';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';
import { containersOf, get, podSpecPath } from '../../server/src/engine/kubernetes/workloads';
import { allRules } from '../../server/src/rules';
import { loadFixtures, unmark } from './support';

/**
 * `cntutor lint --fix-unsafe` may change how a workload runs, but never into something the API
 * server or the kubelet refuses: these are the combinations they reject. Each is judged per
 * container and counted only when a fix introduced it.
 */
const LINUX_ONLY = [
  'seccompProfile',
  'capabilities',
  'runAsUser',
  'runAsGroup',
  'readOnlyRootFilesystem',
  'allowPrivilegeEscalation',
  'privileged',
  'procMount',
  'seLinuxOptions',
  'appArmorProfile',
];

function refusals(text: string): string[] {
  const found: string[] = [];
  for (const object of parseYaml(text).objects) {
    const specPath = podSpecPath(object);
    if (!specPath || !object.value) continue;
    const spec = get(object.value, ...specPath);
    const pod = (key: string): unknown => get(spec, 'securityContext', key);
    const windows = get(spec, 'os', 'name') === 'windows';
    for (const container of containersOf(object)) {
      const own = (key: string): unknown => get(container.value, 'securityContext', key);
      const setting = (key: string): unknown => own(key) ?? pod(key);
      const where = `${object.kind}/${object.name ?? ''} ${container.name}`;
      const user = setting('runAsUser');
      if (setting('runAsNonRoot') === true && (typeof user !== 'number' || user === 0))
        found.push(`${where}: runAsNonRoot without a numeric non-zero runAsUser`);
      if (own('privileged') === true && own('allowPrivilegeEscalation') === false)
        found.push(`${where}: privileged with allowPrivilegeEscalation false`);
      const added = get(container.value, 'securityContext', 'capabilities', 'add');
      const sysAdmin = Array.isArray(added) && added.some((c) => /^(CAP_)?SYS_ADMIN$/i.test(String(c)));
      if (sysAdmin && own('allowPrivilegeEscalation') === false)
        found.push(`${where}: SYS_ADMIN with allowPrivilegeEscalation false`);
      if (windows) {
        for (const key of LINUX_ONLY) if (own(key) !== undefined) found.push(`${where}: ${key} on a Windows pod`);
      }
    }
    if (windows && pod('seccompProfile') !== undefined) found.push(`${object.kind}: pod seccompProfile on Windows`);
  }
  return found;
}

describe('unsafe fixes leave pods the platform accepts', () => {
  for (const rule of allRules()) {
    if (rule.target !== 'kubernetes') continue;
    const fixtures = loadFixtures(rule);
    it(rule.id, () => {
      for (const fixture of [...fixtures.fire, ...fixtures.dontFire, ...(fixtures.fix ?? [])]) {
        const text = unmark(fixture.text).text;
        const uri = fixture.uri ?? 'file:///fixture/manifest.yaml';
        const config = mergeConfig(fixture.config);
        const fixed = fixAll(text, (t) => lint(t, uri, config).findings).text;
        const before = new Set(refusals(text));
        const introduced = refusals(fixed).filter((r) => !before.has(r));
        assert.deepEqual(introduced, [], `fixture "${fixture.name}" after every fix:\n${fixed}`);
      }
    });
  }

  it('a busybox pod with nothing set gets a numeric user with runAsNonRoot', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: shell\nspec:\n  containers:\n    - name: shell\n      image: busybox:1.36\n';
    const fixed = fixAll(text, (t) => lint(t, 'file:///p.yaml').findings).text;
    assert.match(fixed, /runAsNonRoot: true\n\s+runAsUser: 10001/);
    assert.deepEqual(refusals(fixed), []);
  });
});
