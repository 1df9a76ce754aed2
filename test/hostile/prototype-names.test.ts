import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { DEFAULT_CONFIG, type Config } from '../../server/src/engine/config';
import { parseHadolintConfig } from '../../server/src/config/hadolint';
import { getConcept, hasConcept } from '../../server/src/concepts';
import { isControllerLabel } from '../../server/src/engine/kubernetes/selectors';
import { apiVersionsServing } from '../../server/src/schema/store';
import { fixtureTexts } from '../rules/support';
import { defaultFileName } from '../../server/src/rules/file-names';

/**
 * Names every plain object inherits. A table keyed by what a file says (a kind, a command, a flag, a
 * label) answers them with a function or the prototype unless it reads only its own entries.
 */
const NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];

function lintClean(text: string, uri: string, label: string, config: Config = DEFAULT_CONFIG): ReturnType<typeof lint> {
  let result: ReturnType<typeof lint> | undefined;
  assert.doesNotThrow(() => {
    result = lint(text, uri, config);
  }, label);
  assert.deepEqual(result?.internalErrors, [], label);
  // An inherited function read as a value would be printed as its source.
  const leaked = result?.findings.find((finding) => /\[native code\]|\[object Object\]/.test(finding.message));
  assert.equal(leaked?.message, undefined, label);
  return result as ReturnType<typeof lint>;
}

describe('names an object inherits, written in a file', () => {
  it('break no rule when they replace any word of any fixture', () => {
    let runs = 0;
    for (const { rule, name: fixture, text } of fixtureTexts()) {
      const uri = defaultFileName(rule.target);
      const words = [...new Set(text.match(/[A-Za-z_][\w.-]*/g) ?? [])];
      for (const [i, word] of words.entries()) {
        const name = NAMES[(i + runs) % NAMES.length] as string;
        lintClean(text.split(word).join(name), uri, `${rule.id}: ${fixture}: ${word} → ${name}`);
        runs++;
      }
    }
    assert.ok(runs > 5000, `only ${runs} texts`);
  });

  it('are read as any other name in kinds, labels, selectors, resources and flags', () => {
    for (const name of NAMES) {
      const manifest = [
        'apiVersion: apps/v1',
        `kind: ${name}`,
        'metadata:',
        `  name: x`,
        `  labels: { ${name}: a, app: web }`,
        'spec:',
        '  selector:',
        `    matchLabels: { ${name}: a }`,
        '  template:',
        `    metadata: { labels: { ${name}: a } }`,
        '    spec:',
        '      containers:',
        '        - name: app',
        '          image: nginx:1.27',
        `          resources: { requests: { ${name}: 1 }, limits: { ${name}: 1 } }`,
        '---',
        `apiVersion: ${name}`,
        'kind: Deployment',
        'metadata: { name: y }',
        `spec: { selector: { matchLabels: { ${name}: b } } }`,
        '---',
        'apiVersion: v1',
        'kind: Service',
        'metadata: { name: s }',
        `spec: { selector: { ${name}: a }, ports: [{ port: 80 }] }`,
        '',
      ].join('\n');
      lintClean(manifest, 'manifest.yaml', `manifest with ${name}`);
      // Selected labels the pods lack: reported as missing, never as the inherited value.
      const unmatched = [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: { name: web }',
        'spec:',
        `  selector: { matchLabels: { ${name}: a }, matchExpressions: [{ key: ${name}, operator: Exists }] }`,
        '  template:',
        '    metadata: { labels: { app: web } }',
        '    spec: { containers: [{ name: app, image: nginx:1.27 }] }',
        '---',
        'apiVersion: v1',
        'kind: Service',
        'metadata: { name: web }',
        `spec: { selector: { ${name}: a }, ports: [{ port: 80 }] }`,
        '',
      ].join('\n');
      const findings = lintClean(unmatched, 'manifest.yaml', `selectors of ${name}`).findings;
      assert.ok(
        findings.some((finding) => finding.ruleId === 'selector-matches-template'),
        name,
      );
      assert.ok(
        findings.some((finding) => finding.ruleId === 'service-selects-workload'),
        name,
      );
      const dockerfile = [
        'FROM debian:12',
        `RUN --${name}=x --mount=type=cache,${name}=1,target=/x ${name} install -y ${name}`,
        `RUN apt ${name} && apt-get ${name} -y && pip ${name} && sudo ${name} && ${name} --version`,
        `COPY --${name}=1 a b`,
        `ENV ${name}=1`,
        `LABEL ${name}=1`,
        '',
      ].join('\n');
      const withSchema = { ...DEFAULT_CONFIG, labelSchema: { version: 'semver' as const }, strictLabels: true };
      const result = lintClean(dockerfile, 'Dockerfile', `Dockerfile with ${name}`, withSchema);
      assert.ok(
        result.findings.some((finding) => finding.ruleId === 'label-schema' && finding.message.includes(name)),
        `${name}: no label-schema finding for the label outside the schema`,
      );
      // The unknown flags are still reported as unknown.
      assert.ok(
        result.findings.some((finding) => finding.ruleId === 'dockerfile-syntax' && finding.message.includes(name)),
        `no syntax finding names --${name}`,
      );
    }
  });

  it("are unknown to a hadolint configuration, the concepts, the built-in kinds and the controllers' labels", () => {
    for (const name of NAMES) {
      const loaded = parseHadolintConfig(
        `failure-threshold: ${name}\noverride:\n  ${name}: [DL3008]\n`,
        '.hadolint.yaml',
      );
      assert.equal(loaded.problems.length, 2, `${name}: ${JSON.stringify(loaded.problems)}`);
      assert.equal(hasConcept(name), false, name);
      assert.equal(getConcept(name), undefined, name);
      assert.deepEqual(apiVersionsServing(name), [], name);
      assert.equal(isControllerLabel(name), false, name);
    }
  });
});
