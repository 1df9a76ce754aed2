import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfig } from '../../server/src/engine';
import type { Rule } from '../../server/src/engine/rule';
import { SEVERITY_RANK } from '../../server/src/engine/types';
import { ALL_RULES } from '../../server/src/rules';

/**
 * Rules whose examples are still fragments rather than complete files; each is converted when its
 * area is next worked on, and this list must end empty.
 */
const FRAGMENT_EXAMPLES = new Set<string>([
  'dockerfile-syntax',
  'no-latest-base-image',
  'pin-base-image-digest',
  'non-root-user',
  'no-sudo',
  'exec-form-cmd',
  'workdir-not-cd',
  'absolute-workdir',
  'apt-no-install-recommends',
  'apt-lists-cleanup',
  'copy-not-add',
  'maintainer-deprecated',
  'stage-name-casing',
  'consistent-instruction-casing',
  'yaml-syntax',
  'no-latest-container-image',
  'selector-matches-template',
  'service-selects-workload',
  'no-hardcoded-ip',
  'no-duplicate-env-var',
  'no-deprecated-service-account-field',
  'container-resource-requests',
  'container-memory-limit',
  'readiness-probe',
  'liveness-probe',
  'run-as-non-root',
  'no-privileged-container',
  'no-privilege-escalation',
  'no-host-namespaces',
  'read-only-root-filesystem',
  'deprecated-api-version',
  'removed-api-version',
  'kubernetes-schema',
  'unknown-custom-resource',
]);

function uriFor(rule: Rule): string {
  return rule.target === 'dockerfile' ? 'file:///example/Dockerfile' : 'file:///example/manifest.yaml';
}

/** Examples are code: the ✅ file passes every rule at warning or above, the ❌ file fires its rule. */
describe('rule examples', () => {
  for (const rule of ALL_RULES) {
    if (FRAGMENT_EXAMPLES.has(rule.id)) continue;
    it(`${rule.id}: ❌ fires the rule`, () => {
      const result = lint(rule.example.bad, uriFor(rule), mergeConfig(rule.example.config));
      assert.ok(
        result.findings.some((f) => f.ruleId === rule.id),
        `the bad example does not fire ${rule.id}:\n${rule.example.bad}`,
      );
    });
    it(`${rule.id}: ✅ is clean at warning and above, with every rule`, () => {
      const result = lint(rule.example.good, uriFor(rule), mergeConfig(rule.example.config));
      const loud = result.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning);
      assert.deepEqual(
        loud.map((f) => `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`),
        [],
      );
      assert.ok(!result.findings.some((f) => f.ruleId === rule.id), `the good example still fires ${rule.id}`);
    });
  }

  it('the list of fragment examples names only registered rules', () => {
    const ids = new Set(ALL_RULES.map((r) => r.id));
    for (const id of FRAGMENT_EXAMPLES) assert.ok(ids.has(id), `${id} is not a rule`);
  });
});
