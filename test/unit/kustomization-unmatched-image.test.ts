/**
 * The images that reach a kustomization's `images:` entries, as `kustomize build` brings them
 * there, and the finding on an entry none of them matches.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Rule } from '../../server/src/engine/rule';
import { allRules } from '../../server/src/rules';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { lintFixture } from '../rules/support';

const HEAD = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';
const pod = (name: string, ...images: string[]): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n` +
  images.map((image, i) => `    - name: c${i}\n      image: ${image}\n`).join('');

function workspaceOf(files: Record<string, string>): ManifestWorkspace {
  const workspace = new ManifestWorkspace();
  for (const [name, text] of Object.entries(files)) workspace.setFile(`/repo/${name}`, text);
  return workspace;
}

describe('images reaching a kustomization', () => {
  it('are its files’, its folders’ as their kustomizations leave them, its patches’, renamed by its components', () => {
    const workspace = workspaceOf({
      'base/kustomization.yaml': `${HEAD}resources: [api.yaml]\nimages:\n  - name: api\n    newName: ghcr.io/shop/api\n    newTag: "2.0"\n`,
      'base/api.yaml': pod('api', 'api:dev', 'busybox:1.36'),
      'overlay/kustomization.yaml': `${HEAD}resources: [../base, cron.yaml]\ncomponents: [../mirror]\npatches:\n  - path: sidecar.yaml\nimages:\n  - name: envoy\n    newTag: v1.31.2\n`,
      'overlay/cron.yaml': pod('cron', 'ghcr.io/shop/cron:1.0.0'),
      'overlay/sidecar.yaml': pod('api', 'envoy'),
      'mirror/kustomization.yaml':
        'kind: Component\nimages:\n  - name: busybox\n    newName: mirror.example.com/busybox\n',
    });
    assert.deepEqual(workspace.kustomizationImages('/repo/overlay/kustomization.yaml'), [
      'ghcr.io/shop/api:2.0',
      'mirror.example.com/busybox:1.36',
      'ghcr.io/shop/cron:1.0.0',
      'envoy',
    ]);
    assert.deepEqual(workspace.kustomizationImages('/repo/base/kustomization.yaml'), ['api:dev', 'busybox:1.36']);
    // The index follows edits of what it builds.
    workspace.setFile('/repo/overlay/cron.yaml', pod('cron', 'ghcr.io/shop/cron:1.1.0'));
    assert.ok(workspace.kustomizationImages('/repo/overlay/kustomization.yaml')?.includes('ghcr.io/shop/cron:1.1.0'));
  });

  it('are, for a Component, what it meets in each kustomization including it, earlier components applied', () => {
    const workspace = workspaceOf({
      'prod/kustomization.yaml': `${HEAD}resources: [api.yaml]\ncomponents: [../mirror, ../debug, ../late]\n`,
      'prod/api.yaml': pod('api', 'api:dev', 'busybox:1.36'),
      'staging/kustomization.yaml': `${HEAD}resources: [cron.yaml]\ncomponents: [../debug]\n`,
      'staging/cron.yaml': pod('cron', 'ghcr.io/shop/cron:1.0.0'),
      'mirror/kustomization.yaml':
        'kind: Component\nimages:\n  - name: busybox\n    newName: mirror.example.com/busybox\n',
      'debug/kustomization.yaml':
        'kind: Component\nresources: [shell.yaml]\nimages:\n  - name: api\n    newTag: debug\n',
      'debug/shell.yaml': pod('shell', 'alpine:3.20'),
      'late/kustomization.yaml': 'kind: Component\nresources: [late.yaml]\n',
      'late/late.yaml': pod('late', 'redis:7.4'),
      'orphan/kustomization.yaml': 'kind: Component\nimages:\n  - name: api\n    newTag: x\n',
    });
    // The later component's resources come after: the debug entries never meet them.
    assert.deepEqual(workspace.kustomizationImages('/repo/debug/kustomization.yaml'), [
      'api:dev',
      'mirror.example.com/busybox:1.36',
      'alpine:3.20',
      'ghcr.io/shop/cron:1.0.0',
    ]);
    assert.equal(workspace.kustomizationImages('/repo/orphan/kustomization.yaml'), undefined, 'included by none');
    // One includer the index cannot read makes it unknown.
    workspace.setFile(
      '/repo/staging/kustomization.yaml',
      `${HEAD}resources: [cron.yaml, missing.yaml]\ncomponents: [../debug]\n`,
    );
    assert.equal(workspace.kustomizationImages('/repo/debug/kustomization.yaml'), undefined);
  });

  it('are unknown when anything it builds cannot be read here', () => {
    const cases: Record<string, string>[] = [
      { 'k/kustomization.yaml': `${HEAD}resources: [missing.yaml]\n` },
      { 'k/kustomization.yaml': `${HEAD}resources: [a.yaml, https://example.com/b.yaml]\n` },
      { 'k/kustomization.yaml': `${HEAD}resources: [a.yaml]\nhelmCharts: [{ name: redis }]\n` },
      { 'k/kustomization.yaml': `${HEAD}resources: [a.yaml]\nconfigurations: [images.yaml]\n` },
      { 'k/kustomization.yaml': `${HEAD}resources: [a.yaml]\npatches:\n  - path: ops.yaml\n` },
      {
        'k/kustomization.yaml': `${HEAD}resources: [a.yaml]\npatches:\n  - target: { kind: Pod }\n    patch: |-\n      - op: replace\n        path: /spec/containers/0/image\n        value: x\n`,
      },
      { 'k/kustomization.yaml': `${HEAD}resources: [../j]\n`, 'j/kustomization.yaml': `${HEAD}resources: [../k]\n` },
    ];
    for (const files of cases) {
      const workspace = workspaceOf({ ...files, 'k/a.yaml': pod('a', 'nginx'), 'k/ops.yaml': '- op: remove\n' });
      assert.equal(workspace.kustomizationImages('/repo/k/kustomization.yaml'), undefined, JSON.stringify(files));
    }
    // An inline patch that writes no image leaves the images known.
    const replicas = workspaceOf({
      'k/kustomization.yaml': `${HEAD}resources: [a.yaml]\npatches:\n  - patch: |-\n      kind: Pod\n      metadata: { name: a }\n`,
      'k/a.yaml': pod('a', 'nginx'),
    });
    assert.deepEqual(replicas.kustomizationImages('/repo/k/kustomization.yaml'), ['nginx']);
  });
});

describe('kustomization-unmatched-image', () => {
  const rule = allRules().find((candidate) => candidate.id === 'kustomization-unmatched-image') as Rule;
  const messages = (text: string, files: Record<string, string>, locale: 'en' | 'ko' = 'en') =>
    lintFixture(rule, { files, config: { locale } }, text)
      .findings.filter((finding) => finding.ruleId === rule.id)
      .map((finding) => `${finding.range.start.line}: ${finding.message}`);

  it('names the images its containers run and the one it may have meant, in English and Korean', () => {
    const images = ['nginx:1.27', 'redis:7', 'ghcr.io/a/one', 'ghcr.io/a/two', 'ghcr.io/a/three', 'ghcr.io/a/four'];
    const text = `${HEAD}resources: [web.yaml]\nimages:\n  - name: ngnix\n    newTag: 1.27.2\n`;
    const files = { 'web.yaml': pod('web', ...images) };
    assert.deepEqual(messages(text, files), [
      '4: No container this kustomization builds runs an image named "ngnix": kustomize applies this entry to nothing, and the images stay as written. Its containers run "nginx", "redis", "ghcr.io/a/one", "ghcr.io/a/two", "ghcr.io/a/three" and 1 more. Did you mean "nginx"?',
    ]);
    assert.deepEqual(messages(text, files, 'ko'), [
      '4: 이 kustomization이 빌드하는 어떤 컨테이너도 "ngnix" 이미지를 쓰지 않습니다. kustomize는 이 항목을 아무것에도 적용하지 않고 이미지는 적힌 그대로 남습니다. 컨테이너가 쓰는 이미지: "nginx", "redis", "ghcr.io/a/one", "ghcr.io/a/two", "ghcr.io/a/three" 외 1개. "nginx"를 뜻했나요?',
    ]);
  });

  it('holds each entry against what the entries above it left', () => {
    const text = `${HEAD}resources: [web.yaml]\nimages:\n  - name: web\n    newName: ghcr.io/shop/web\n  - name: web\n    newTag: "1.4"\n`;
    assert.deepEqual(messages(text, { 'web.yaml': pod('web', 'web:dev') }), [
      '6: No container this kustomization builds runs an image named "web": kustomize applies this entry to nothing, and the images stay as written. Its containers run "ghcr.io/shop/web". Did you mean "ghcr.io/shop/web"?',
    ]);
  });

  it('says a Component’s entry meets nothing where it applies, in English and Korean', () => {
    const files = {
      'kustomization.yaml': `${HEAD}resources: [web.yaml]\ncomponents: [debug]\n`,
      'web.yaml': pod('web', 'registry.example.com/web:1.4.2'),
    };
    const lint = (locale: 'en' | 'ko') =>
      lintFixture(
        rule,
        { uri: 'file:///fixture/debug/kustomization.yaml', files, config: { locale } },
        'kind: Component\nimages:\n  - name: registry.example.com/wbe\n    newTag: debug\n',
      )
        .findings.filter((finding) => finding.ruleId === rule.id)
        .map((finding) => finding.message);
    assert.deepEqual(lint('en'), [
      'No container of the kustomizations that include this component runs an image named "registry.example.com/wbe" where the component applies: kustomize applies this entry to nothing, and the images stay as written. Their containers run "registry.example.com/web". Did you mean "registry.example.com/web"?',
    ]);
    assert.match(
      lint('ko')[0] ?? '',
      /^이 컴포넌트를 포함하는 kustomization에서 컴포넌트가 적용되는 곳의 어떤 컨테이너도/,
    );
  });
});
