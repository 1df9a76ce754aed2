import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../..');

/**
 * A fresh process, since this one has long loaded every rule: it lints a Dockerfile, formats and
 * describes its findings, then a manifest, and says how many Kubernetes rule modules were loaded
 * after each.
 */
const PROBE = `
const engine = require('./server/src/engine');
const loaded = () => Object.keys(require.cache).filter((file) => file.includes('/rules/kubernetes/')).length;
const docker = engine.lint('FROM alpine\\nRUN apt-get install -y curl\\n', 'file:///w/Dockerfile');
for (const finding of docker.findings) if (!engine.findRule(finding.ruleId)) throw new Error(finding.ruleId);
const afterDockerfile = loaded();
const yaml = engine.lint('apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: p\\nspec:\\n  containers:\\n    - name: c\\n      image: nginx\\n', 'file:///w/pod.yaml');
console.log(JSON.stringify({ afterDockerfile, afterManifest: loaded(), docker: docker.findings.length, yaml: yaml.findings.length }));
`;

describe('the rule registry', () => {
  it('loads the Kubernetes rules only when a manifest is linted', () => {
    const out = execFileSync(
      process.execPath,
      ['--require', './test/register-text.cjs', '--import', 'tsx', '-e', PROBE],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const result = JSON.parse(out.trim().split('\n').pop() as string) as Record<string, number>;
    assert.ok((result.docker ?? 0) > 0 && (result.yaml ?? 0) > 0, out);
    assert.equal(result.afterDockerfile, 0);
    assert.ok((result.afterManifest ?? 0) > 50, out);
  });
});
