/**
 * Values a template reads through a named template (`{{ include "web.image" . }}`): the directive's
 * own text names none, so the renderer records what the helper read, and the finding, the values
 * file and the hover on a key follow it as they follow `{{ .Values.image.tag }}`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, mergeConfig } from '../../server/src/engine';
import type { Finding } from '../../server/src/engine/types';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import { renderTemplate } from '../../server/src/helm/template/render';
import { readersOf } from '../../server/src/helm/value-readers';
import { memoryReader } from '../rules/support';
import { WEB_DEPLOYMENT } from '../support/web-chart';

const HELPERS = `{{- define "web.image" -}}
{{- $tag := .Values.image.tag | default .Chart.AppVersion -}}
{{ .Values.image.repository }}:{{ $tag }}
{{- end }}

{{- define "web.securityContext" -}}
{{- if .Values.hardened }}
runAsNonRoot: true
{{- end }}
{{- with .Values.securityContext }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "web.name" -}}
{{ .Values.nameOverride | default .Chart.Name }}
{{- end }}

{{- define "web.tier" -}}
{{ .Values.tier | default "web" }}
{{- end }}

{{- define "web.fullname" -}}
{{ .Values.fullnameOverride | default .Release.Name }}
{{- end }}
`;

const DEPLOYMENT = WEB_DEPLOYMENT.replace(
  '        - name: web\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n',
  '        - name: {{ include "web.name" . }}\n          image: {{ include "web.image" . }}\n          securityContext:\n            {{- include "web.securityContext" . | nindent 12 }}\n',
).replace(
  '{{- toYaml .Values.resources | nindent 12 }}',
  'limits: { memory: 128Mi }\n            requests: { cpu: 100m, memory: 128Mi }',
);

const VALUES = `replicaCount: 2
nameOverride: web
fullnameOverride: shop
tier: ""
hardened: false
image:
  repository: nginx
  tag: latest
securityContext:
  privileged: true
`;

const FILES: Record<string, string> = {
  '/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: "1.0"\n',
  '/web/values.yaml': VALUES,
  '/web/templates/_helpers.tpl': HELPERS,
  '/web/templates/deployment.yaml': DEPLOYMENT,
  '/web/templates/test.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: {{ include "web.fullname" . }}-test
  labels: { tier: {{ include "web.tier" . | quote }} }
spec:
  restartPolicy: Never
  containers:
    - name: wget
      image: busybox:1.36
`,
};

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.includes(needle));

function lintFile(file: string, config = DEFAULT_CONFIG): Finding[] {
  const charts = new HelmCharts(memoryReader(FILES));
  const text = FILES[file] ?? '';
  if (file.endsWith('values.yaml')) {
    const helmValues = charts.valuesOf(file);
    assert.ok(helmValues);
    return lint(text, `file://${file}`, config, { helmValues }).findings;
  }
  const helmTemplate = charts.templateOf(file);
  assert.ok(helmTemplate);
  return lint(text, `file://${file}`, config, { helmTemplate }).findings;
}

describe('values read through a named template', () => {
  it('are recorded on the action that called it, each once, and not on actions that name their own', () => {
    const source =
      'a: {{ include "web.image" . }}\nb: {{ .Values.replicaCount }}\n{{ template "web.name" . }}\nc: {{ include "web.tier" . }}\n';
    const result = renderTemplate('web/templates/a.yaml', {
      values: { replicaCount: 1, image: { repository: 'nginx', tag: '1.27' }, tier: '' },
      chart: { name: 'web', appVersion: '1.0' },
      templates: [
        { name: 'web/templates/a.yaml', text: source },
        { name: 'web/templates/_helpers.tpl', text: HELPERS },
      ],
    });
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.text, 'a: nginx:1.27\nb: 1\nweb\nc: web\n');
    const readsOf = (written: string) =>
      result.segments.find((s) => !s.literal && result.text.slice(s.outputStart, s.outputEnd) === written)?.reads;
    assert.deepEqual(readsOf('nginx:1.27'), [
      ['image', 'tag'],
      ['image', 'repository'],
    ]);
    assert.equal(readsOf('1'), undefined, 'its text names `.Values.replicaCount`');
    const written = result.segments.filter(
      (s) => !s.literal && result.text.slice(s.outputStart, s.outputEnd) === 'web',
    );
    assert.equal(written.length, 2);
    assert.ok(
      written.every((s) => s.reads === undefined),
      'the helpers read `.Values.nameOverride`, which is not set, and `tier: ""`, the idiom for unset',
    );
  });

  it('give the template’s finding a related location at the key that sets each', () => {
    const findings = lintFile('/web/templates/deployment.yaml');
    const latest = findings.find((f) => f.ruleId === 'no-latest-container-image');
    assert.ok(latest, findings.map((f) => f.ruleId).join(', '));
    assert.equal(latest.range.start.line, lineOf(DEPLOYMENT, 'include "web.image"'));
    assert.deepEqual(
      latest.related?.map((r) => [r.uri, r.range.start.line, r.message]),
      [
        ['file:///web/values.yaml', lineOf(VALUES, 'tag:'), '`image.tag` is set here'],
        ['file:///web/values.yaml', lineOf(VALUES, 'repository:'), '`image.repository` is set here'],
      ],
    );
    assert.ok(
      findings.every((f) => !f.related?.some((r) => r.message.includes('nameOverride'))),
      'a finding at the container’s name is about the container, not about the value that names it',
    );
    const privileged = findings.find((f) => f.ruleId === 'no-privileged-container');
    assert.ok(privileged);
    assert.ok(
      privileged.related?.some((r) => r.message === '`securityContext` is set here'),
      JSON.stringify(privileged.related),
    );
  });

  it('put the findings in values.yaml at the keys, saying which include carries them', () => {
    const findings = lintFile('/web/values.yaml');
    const latest = findings.find((f) => f.ruleId === 'no-latest-container-image');
    assert.equal(latest?.range.start.line, lineOf(VALUES, 'image:'), 'the key that holds repository and tag');
    assert.match(
      latest?.message ?? '',
      / — `image` set here reaches it through `\{\{ include "web\.image" \. \}\}` in templates\/deployment\.yaml\.$/,
    );
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'no-privileged-container').map((f) => f.range.start.line),
      [lineOf(VALUES, 'securityContext:')],
      'not at `hardened`, which only chooses a branch of the helper',
    );
    for (const key of ['nameOverride', 'fullnameOverride', 'tier'])
      assert.ok(
        !findings.some((f) => f.range.start.line === lineOf(VALUES, `${key}:`)),
        `${key}: a finding at a name it writes is about the object named; "" is not set`,
      );
    assert.ok(findings.some((f) => f.message.includes('Pod "shop-test"')) === false);
    const ko = lintFile('/web/values.yaml', mergeConfig(DEFAULT_CONFIG, { locale: 'ko' }));
    assert.match(
      ko.find((f) => f.ruleId === 'no-latest-container-image')?.message ?? '',
      /templates\/deployment\.yaml의 지시문 `\{\{ include "web\.image" \. \}\}`에서 출력됩니다\.$/,
    );
  });

  it('list the include among the directives that read the value, in the hover', () => {
    const values = new HelmCharts(memoryReader(FILES)).valuesOf('/web/values.yaml');
    assert.ok(values);
    const readers = (key: string[]) =>
      readersOf(values, '/web', key, DEFAULT_CONFIG).map((r) => [r.line, r.directive, r.output.trim()]);
    assert.deepEqual(readers(['image', 'tag']), [
      [lineOf(DEPLOYMENT, 'web.image'), '{{ include "web.image" . }}', 'nginx:latest'],
    ]);
    assert.deepEqual(readers(['hardened']), [], 'an `if` condition is read, not written, as at the top level');
    assert.deepEqual(readers(['securityContext', 'privileged']), [
      [
        lineOf(DEPLOYMENT, 'web.securityContext'),
        '{{- include "web.securityContext" . | nindent 12 }}',
        'privileged: true',
      ],
    ]);
    assert.deepEqual(readers(['replicaCount']), [[lineOf(DEPLOYMENT, 'replicas'), '{{ .Values.replicaCount }}', '2']]);
  });
});
