/**
 * Helm templates linted as Helm renders them with the chart's values.yaml: findings on the
 * template's own text and on what its directives wrote, fixes that move only when the fixed
 * template renders the fixed output, and one note (never a guess) for what cannot be rendered.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, mergeConfig, type Config } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fix';
import type { Finding } from '../../server/src/engine/types';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import { HELM_TEMPLATE_NOT_CHECKED } from '../../server/src/helm/lint-template';
import { FUNCTION_REASONS, koreanReason } from '../../server/src/helm/korean-reasons';
import { isCrossFileRule } from '../../server/src/engine/rule';
import { findRule } from '../../server/src/rules';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');
const folders: string[] = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A chart in a folder of its own: Chart.yaml, values.yaml and the given templates. */
function chart(values: string, templates: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'cntutor-chart-'));
  folders.push(root);
  writeFileSync(path.join(root, 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: "2.0.1"\n');
  writeFileSync(path.join(root, 'values.yaml'), values);
  mkdirSync(path.join(root, 'templates'));
  for (const [name, text] of Object.entries(templates)) writeFileSync(path.join(root, 'templates', name), text);
  return root;
}

function lintTemplate(file: string, text = readFileSync(file, 'utf8'), config: Config = DEFAULT_CONFIG): Finding[] {
  const helmTemplate = new HelmCharts().templateOf(file);
  assert.ok(helmTemplate, `${file} is no chart's template`);
  return lint(text, file, config, { helmTemplate }).findings;
}

const at = (f: Finding): string => `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1}`;

/** A clean Deployment's template; `container` is put in its one container, indented to fit. */
function deployment(container = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-web
  namespace: shop
  labels:
    app.kubernetes.io/name: web
spec:
  replicas: {{ .Values.replicas }}
  selector:
    matchLabels: { app.kubernetes.io/name: web }
  template:
    metadata:
      labels: { app.kubernetes.io/name: web }
    spec:
      containers:
        - name: web
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          ports:
            - containerPort: 8080
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 128Mi }
          readinessProbe:
            httpGet: { path: /ready, port: 8080 }
          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: { drop: [ALL] }
${container}`;
}
const VALUES = 'replicas: 2\nimage:\n  repository: registry.example.com/shop/web\n  tag: ""\n';

describe('Helm templates rendered with their chart’s values', () => {
  it('reports what the directives wrote at the directive, saying what the line became', () => {
    const findings = lintTemplate(path.join(SHOP, 'templates/deployment.yaml'));
    const privileged = findings.find((f) => f.ruleId === 'no-privileged-container');
    assert.ok(privileged, findings.map(at).join(', '));
    // `privileged: true` came from values.yaml through `{{- toYaml .Values.securityContext | nindent 12 }}`.
    assert.equal(at(privileged), 'no-privileged-container 24:13');
    assert.equal(privileged.range.end.line, 23);
    assert.match(privileged.message, /\(rendered with the chart’s values as `privileged: true`\)$/);
    assert.equal(privileged.fix, undefined, 'the edit belongs in values.yaml');
    assert.ok(
      findings.some((f) => at(f) === 'multiple-replicas 8:13'),
      findings.map(at).join(', '),
    );
    // A container reported at its name (`{{ .Chart.Name }}`) is named in the message already.
    const memory = findings.find((f) => f.ruleId === 'container-memory-limit');
    assert.equal(
      memory?.message,
      'Container "shop" has no memory limit: a leak can starve every other pod on its node.',
    );
    const lines = readFileSync(path.join(SHOP, 'templates/deployment.yaml'), 'utf8').split('\n').length;
    assert.ok(findings.every((f) => f.range.end.line < lines));
  });

  it('finds what the rendered stream’s mapping finds, rule for rule and line for line', () => {
    // `helm template | cntutor lint - --chart` maps by matching lines; rendering maps exactly. The
    // stream is linted with its cross-file rules, which a template alone does not run.
    const stream = readFileSync(path.join(SHOP, '../rendered.yaml'), 'utf8');
    const deploymentPart = stream.slice(stream.indexOf('# Source: shop/templates/deployment.yaml'));
    const rendered = lint(deploymentPart, '/rendered.yaml').findings.filter((f) => {
      const rule = findRule(f.ruleId);
      return rule !== undefined && !isCrossFileRule(rule);
    });
    const template = lintTemplate(path.join(SHOP, 'templates/deployment.yaml'));
    assert.deepEqual(
      [...new Set(template.map((f) => f.ruleId))].sort(),
      [...new Set(rendered.map((f) => f.ruleId))].sort(),
    );
  });

  it('maps findings on the template’s own text exactly, with fixes that repair the template', () => {
    const root = chart(VALUES, {
      'deployment.yaml': deployment().replace('allowPrivilegeEscalation: false', 'allowPrivilegeEscalation: true'),
    });
    const file = path.join(root, 'templates/deployment.yaml');
    const text = readFileSync(file, 'utf8');
    const findings = lintTemplate(file, text);
    const escalation = findings.filter((f) => f.ruleId === 'no-privilege-escalation');
    assert.deepEqual(escalation.map(at), ['no-privilege-escalation 31:39']);
    const fix = escalation[0]?.fix;
    assert.ok(fix, 'the fix edits text the template wrote itself');
    assert.deepEqual(fix.edits, [
      { range: { start: { line: 30, character: 38 }, end: { line: 30, character: 42 } }, newText: 'false' },
    ]);
    assert.doesNotMatch(escalation[0]?.message ?? '', /rendered with/);
    assert.ok(!lintTemplate(file, applyEdits(text, fix.edits)).some((f) => f.ruleId === 'no-privilege-escalation'));
  });

  it('moves a fix that inserts after a directive only when the template then renders the fixed output', () => {
    const file = path.join(SHOP, 'templates/deployment.yaml');
    const text = readFileSync(file, 'utf8');
    const findings = lintTemplate(file, text);
    // The container's security context is written by `toYaml`: a new key goes after the directive.
    const readOnly = findings.find((f) => f.ruleId === 'read-only-root-filesystem');
    assert.ok(readOnly?.fix, findings.map(at).join(', '));
    const fixed = applyEdits(text, readOnly.fix.edits);
    assert.match(
      fixed,
      /\{\{- toYaml \.Values\.securityContext \| nindent 12 \}\}\n {12}readOnlyRootFilesystem: true\n/,
    );
    assert.ok(!lintTemplate(file, fixed).some((f) => f.ruleId === 'read-only-root-filesystem'));
    // The schema's fix renames a key the template wrote, in the template.
    const typo = text.replace('protocol: TCP', 'protocl: TCP');
    const schema = lintTemplate(file, typo).find((f) => f.ruleId === 'kubernetes-schema');
    assert.equal(applyEdits(typo, schema?.fix?.edits ?? []), text);
  });

  it('reports a finding in a range’s body once, and moves its fix only when one pass is all it renders', () => {
    const sidecars = `{{- range .Values.sidecars }}
        - name: {{ . }}
          image: busybox:latest
          securityContext:
            allowPrivilegeEscalation: true
{{- end }}
`;
    const template = deployment().replace('      containers:\n', `      containers:\n${sidecars}`);
    const root = chart(`${VALUES}sidecars: [a, b, c]\n`, { 'deployment.yaml': template });
    const file = path.join(root, 'templates/deployment.yaml');
    const findings = lintTemplate(file);
    const latest = findings.filter((f) => f.ruleId === 'no-latest-container-image');
    assert.deepEqual(latest.map(at), ['no-latest-container-image 19:18'], findings.map(at).join(', '));
    const escalation = findings.filter((f) => f.ruleId === 'no-privilege-escalation');
    assert.deepEqual(escalation.map(at), ['no-privilege-escalation 21:39']);
    // One edit of the body changes all three passes, not the one the fix was made for.
    assert.equal(escalation[0]?.fix, undefined);
    writeFileSync(path.join(root, 'values.yaml'), `${VALUES}sidecars: [a]\n`);
    const single = lintTemplate(file).find((f) => f.ruleId === 'no-privilege-escalation');
    assert.ok(single?.fix, 'one pass: the edit of the template is the edit of the output');
  });

  it('honours suppression comments written in the template', () => {
    const template = readFileSync(path.join(SHOP, 'templates/deployment.yaml'), 'utf8').replace(
      '          securityContext:\n',
      '          securityContext:\n            # cntutor ignore=no-privileged-container\n',
    );
    const findings = lintTemplate(path.join(SHOP, 'templates/deployment.yaml'), template);
    assert.ok(!findings.some((f) => f.ruleId === 'no-privileged-container'), findings.map(at).join(', '));
  });

  it('lints the editor’s text of the template, not the file on disk', () => {
    const file = path.join(SHOP, 'templates/deployment.yaml');
    const edited = readFileSync(file, 'utf8').replace(
      '{{- toYaml .Values.securityContext | nindent 12 }}',
      'privileged: false',
    );
    assert.ok(!lintTemplate(file, edited).some((f) => f.ruleId === 'no-privileged-container'));
  });

  it('says once, at the directive, why a template it cannot render was not checked', () => {
    const root = chart(VALUES, {
      'configmap.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  app.conf: {{ .Files.Get "app.conf" | quote }}\n',
      'secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: web\nstringData:\n  key: {{ required "set key" .Values.key }}\n',
    });
    const files = lintTemplate(path.join(root, 'templates/configmap.yaml'));
    assert.deepEqual(files.map(at), [`${HELM_TEMPLATE_NOT_CHECKED} 6:13`]);
    assert.equal(files[0]?.severity, 'info');
    assert.match(files[0]?.message ?? '', /Files/);
    const required = lintTemplate(path.join(root, 'templates/secret.yaml'));
    assert.deepEqual(required.map(at), [`${HELM_TEMPLATE_NOT_CHECKED} 6:8`]);
    assert.match(required[0]?.message ?? '', /Helm stops here .*set key/);
    const filesInKorean = lintTemplate(
      path.join(root, 'templates/configmap.yaml'),
      undefined,
      mergeConfig({ locale: 'ko' }),
    );
    assert.match(
      filesInKorean[0]?.message ?? '',
      /^이 템플릿은 검사하지 않았습니다: `\.Files`는 차트의 다른 파일을 읽는데/,
    );
    const korean = lintTemplate(path.join(root, 'templates/secret.yaml'), undefined, mergeConfig({ locale: 'ko' }));
    assert.match(korean[0]?.message ?? '', /검사하지 않았습니다/);
    const off = lintTemplate(
      path.join(root, 'templates/secret.yaml'),
      undefined,
      mergeConfig({ rules: { [HELM_TEMPLATE_NOT_CHECKED]: 'off' } }),
    );
    assert.deepEqual(off, []);
  });

  it('says in Korean why each left-out function is not rendered', () => {
    for (const reason of FUNCTION_REASONS) {
      const korean = koreanReason(`\`f\` ${reason}.`);
      assert.ok(korean && /[\uac00-\ud7a3]/u.test(korean), `no Korean for "${reason}"`);
    }
    const root = chart(VALUES, {
      'secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ randAlphaNum 8 }}\n',
    });
    const [note] = lintTemplate(path.join(root, 'templates/secret.yaml'), undefined, mergeConfig({ locale: 'ko' }));
    assert.match(note?.message ?? '', /`randAlphaNum`: 무작위 값이므로/);
  });

  it('leaves the namespace the install chooses to the install, and reports one the chart pins', () => {
    const configMap = (namespace: string): string =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: ${namespace}\ndata:\n  key: value\n`;
    const root = chart(`${VALUES}namespace: default\n`, {
      'release.yaml': configMap('{{ .Release.Namespace }}'),
      'helper.yaml': configMap('{{ default .Release.Namespace .Values.namespaceOverride }}'),
      'values.yaml': configMap('{{ .Values.namespace }}'),
      'written.yaml': configMap('default'),
    });
    const pinned = (file: string): string[] =>
      lintTemplate(path.join(root, 'templates', file))
        .filter((f) => f.ruleId === 'no-default-namespace')
        .map(at);
    // `helm template` renders `.Release.Namespace` as `default`; `helm install -n shop` as `shop`.
    assert.deepEqual(pinned('release.yaml'), []);
    assert.deepEqual(pinned('helper.yaml'), []);
    assert.deepEqual(pinned('values.yaml'), ['no-default-namespace 5:14']);
    assert.deepEqual(pinned('written.yaml'), ['no-default-namespace 5:14']);
  });

  it('gives a hint, not findings, for a template its values switch off', () => {
    const root = chart(`${VALUES}ingress:\n  enabled: false\n`, {
      'ingress.yaml':
        '{{- if .Values.ingress.enabled }}\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n{{- end }}\n',
    });
    const findings = lintTemplate(path.join(root, 'templates/ingress.yaml'));
    assert.deepEqual(
      findings.map((f) => [f.ruleId, f.severity]),
      [[HELM_TEMPLATE_NOT_CHECKED, 'hint']],
    );
  });

  it('notes a values.yaml that is not YAML instead of rendering with no values', () => {
    const root = chart('image: [unclosed\n', { 'deployment.yaml': deployment() });
    const findings = lintTemplate(path.join(root, 'templates/deployment.yaml'));
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      [HELM_TEMPLATE_NOT_CHECKED],
    );
    assert.match(findings[0]?.message ?? '', /values\.yaml is not valid YAML/);
  });

  it('leaves partials, files outside templates/ and templates without a chart alone', () => {
    const charts = new HelmCharts();
    assert.equal(charts.templateOf(path.join(SHOP, 'templates/_helpers.tpl')), undefined);
    assert.equal(charts.templateOf(path.join(SHOP, 'values.yaml')), undefined);
    assert.equal(charts.templateOf('/nowhere/templates/deployment.yaml'), undefined);
    const text = readFileSync(path.join(SHOP, 'templates/deployment.yaml'), 'utf8');
    assert.deepEqual(lint(text, path.join(SHOP, 'templates/deployment.yaml')).findings, []);
  });
});
