import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import type { Rule } from '../../server/src/engine/rule';
import { SEVERITY_RANK } from '../../server/src/engine/types';
import { allRules } from '../../server/src/rules';
import { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { chartBeside, composeSurroundingsBeside, configFor, kustomizationBeside } from './support';
import type { FileSurroundings } from '../../server/src/files/path-reader';
import type { KustomizationSurroundings } from '../../server/src/kustomize/surroundings';
import type { HelmChart } from '../../server/src/helm/chart-files';
import { defaultFileName } from '../../server/src/rules/file-names';

function uriFor(rule: Rule): string {
  return `file:///example/${defaultFileName(rule.target)}`;
}

/** The files a cross-file example is judged with, beside it; none for examples of one file. */
function workspaceFor(
  rule: Rule,
  text: string,
): {
  workspace?: ManifestWorkspace;
  helmChart?: HelmChart;
  kustomizationSurroundings?: KustomizationSurroundings;
  composeSurroundings?: FileSurroundings;
} {
  if (!rule.example.files) return {};
  if (rule.target === 'chart') return { helmChart: chartBeside(uriFor(rule), text, rule.example.files) };
  const workspace = new ManifestWorkspace();
  for (const [name, text] of Object.entries(rule.example.files)) workspace.setFile(`file:///example/${name}`, text);
  if (rule.target === 'kustomization') {
    workspace.setFile(uriFor(rule), text);
    const kustomizationSurroundings = kustomizationBeside(uriFor(rule), text, rule.example.files);
    return { workspace, ...(kustomizationSurroundings ? { kustomizationSurroundings } : {}) };
  }
  if (rule.target !== 'compose') return { workspace };
  return {
    workspace,
    composeSurroundings: composeSurroundingsBeside(uriFor(rule), text, rule.example.files, '/example/'),
  };
}

/** Examples are code: the ✅ file passes every rule at warning or above, the ❌ file fires its rule. */
describe('rule examples', () => {
  for (const rule of allRules()) {
    it(`${rule.id}: ❌ fires the rule`, () => {
      const buildContext = rule.example.buildContext?.bad;
      const result = lint(rule.example.bad, uriFor(rule), configFor(rule, rule.example.config), {
        ...(buildContext ? { buildContext } : {}),
        ...workspaceFor(rule, rule.example.bad),
      });
      assert.ok(
        result.findings.some((f) => f.ruleId === rule.id),
        `the bad example does not fire ${rule.id}:\n${rule.example.bad}`,
      );
    });
    it(`${rule.id}: ✅ is clean at warning and above, with every rule`, () => {
      const buildContext = rule.example.buildContext?.good;
      const result = lint(rule.example.good, uriFor(rule), configFor(rule, rule.example.config), {
        ...(buildContext ? { buildContext } : {}),
        ...workspaceFor(rule, rule.example.good),
      });
      const loud = result.findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning);
      assert.deepEqual(
        loud.map((f) => `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`),
        [],
      );
      assert.ok(!result.findings.some((f) => f.ruleId === rule.id), `the good example still fires ${rule.id}`);
    });
  }
});
