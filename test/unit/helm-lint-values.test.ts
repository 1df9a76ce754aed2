/**
 * A chart's values.yaml linted through the templates that read it: a template's finding on what a
 * value wrote is reported again at the key that sets the value, saying which directive carries it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, mergeConfig } from '../../server/src/engine';
import { HelmCharts } from '../../server/src/helm/helm-charts';
import type { Finding } from '../../server/src/engine/types';
import { memoryReader } from '../rules/support';
import { BACKEND_DEPLOYMENT } from '../support/umbrella-chart';
import { WEB_DEPLOYMENT as DEPLOYMENT } from '../support/web-chart';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

function web(values: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    '/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
    '/web/values.yaml': values,
    '/web/templates/deployment.yaml': DEPLOYMENT,
    ...extra,
  };
}

function lintValues(files: Record<string, string>, file = '/web/values.yaml', config = DEFAULT_CONFIG): Finding[] {
  const helmValues = new HelmCharts(memoryReader(files)).valuesOf(file);
  assert.ok(helmValues, 'a chart’s values.yaml');
  return lint(files[file] ?? '', `file://${file}`, config, { helmValues }).findings;
}

const at = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.ruleId} ${f.range.start.line + 1}:${f.range.start.character + 1}`);

describe('a chart’s values.yaml', () => {
  it('holds the templates’ findings on what it sets, at the keys that set it', () => {
    const file = path.join(SHOP, 'values.yaml');
    const helmValues = new HelmCharts().valuesOf(file);
    assert.ok(helmValues);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const findings = lint(text, file, DEFAULT_CONFIG, { helmValues }).findings;
    const security = lines.indexOf('securityContext:') + 1;
    const resources = lines.findIndex((line) => line.startsWith('resources:')) + 1;
    assert.ok(at(findings).includes(`no-privileged-container ${security}:1`), at(findings).join('\n'));
    assert.ok(at(findings).includes(`container-memory-limit ${resources}:1`));
    const privileged = findings.find((f) => f.ruleId === 'no-privileged-container');
    assert.equal(privileged?.severity, 'error');
    assert.equal(privileged?.concept, 'least-privilege');
    assert.match(
      privileged.message,
      / — `securityContext` set here reaches it through `\{\{- toYaml \.Values\.securityContext \| nindent 12 \}\}` in templates\/deployment\.yaml\.$/,
    );
    assert.deepEqual(
      privileged.related?.map((r) => [
        path.relative(SHOP, new URL(r.uri ?? '').pathname),
        r.range.start.line,
        r.message,
      ]),
      [['templates/deployment.yaml', 23, 'The finding in the rendered template']],
    );
    assert.ok(
      findings.every((f) => !f.fix && !f.choices),
      'the template’s fixes edit the template, not the values',
    );
    const ko = lint(text, file, mergeConfig(DEFAULT_CONFIG, { locale: 'ko' }), { helmValues }).findings;
    assert.match(
      ko.find((f) => f.ruleId === 'no-privileged-container')?.message ?? '',
      / — 여기서 정한 `securityContext` 값은 templates\/deployment\.yaml의 지시문 `\{\{- toYaml \.Values\.securityContext \| nindent 12 \}\}`에서 출력됩니다\.$/,
    );
  });

  it('puts a finding on several values at the key that holds them all', () => {
    const findings = lintValues(
      web('replicaCount: 3\nimage:\n  repository: nginx\n  tag: latest\nresources:\n  limits: { memory: 128Mi }\n'),
    );
    assert.deepEqual(
      at(findings).filter((line) => line.startsWith('no-latest')),
      ['no-latest-container-image 2:1'],
    );
    assert.match(
      findings.find((f) => f.ruleId === 'no-latest-container-image')?.message ?? '',
      / — `image` set here reaches it through `\{\{ \.Values\.image\.repository \}\}` and `\{\{ \.Values\.image\.tag \}\}` in templates\/deployment\.yaml\.$/,
    );
    // A value no finding is about has none: the memory limit.
    assert.ok(!at(findings).some((line) => / 6:\d+$/.test(line)), at(findings).join('\n'));
  });

  it('leaves a value another file sets last to that file, and honours its own ignore comments', () => {
    const files = web('replicaCount: 1\nimage:\n  repository: nginx\n  tag: "1.27"\nresources: {}\n', {
      '/prod.yaml': 'replicaCount: 1\n',
    });
    const given = new HelmCharts(memoryReader(files), () => ['/prod.yaml']).valuesOf('/web/values.yaml');
    assert.ok(given);
    const findings = lint(files['/web/values.yaml'] ?? '', 'file:///web/values.yaml', DEFAULT_CONFIG, {
      helmValues: given,
    }).findings;
    assert.ok(!findings.some((f) => f.ruleId === 'multiple-replicas'), 'prod.yaml sets replicaCount last');
    assert.ok(findings.some((f) => f.ruleId === 'container-memory-limit'));
    const ignored = lintValues(
      web(
        'replicaCount: 1\n# cntutor ignore=container-memory-limit\nresources: {}\nimage: { repository: a, tag: "1" }\n',
      ),
    );
    assert.deepEqual(
      at(ignored).filter((line) => line.startsWith('container-')),
      ['container-resource-requests 3:1'],
    );
  });

  it('holds what a subchart renders from the values the parent gives it, under its name', () => {
    const files = {
      '/shop/Chart.yaml':
        'apiVersion: v2\nname: shop\nversion: 0.1.0\ndependencies:\n  - name: backend\n    version: 0.1.0\n',
      '/shop/values.yaml': 'backend:\n  securityContext:\n    privileged: true\n',
      '/shop/charts/backend/Chart.yaml': 'apiVersion: v2\nname: backend\nversion: 0.1.0\n',
      '/shop/charts/backend/values.yaml': 'securityContext:\n  privileged: false\n',
      '/shop/charts/backend/templates/deployment.yaml': BACKEND_DEPLOYMENT,
    };
    const parent = lintValues(files, '/shop/values.yaml');
    const privileged = parent.find((f) => f.ruleId === 'no-privileged-container');
    assert.deepEqual(privileged?.range.start, { line: 1, character: 2 });
    assert.match(privileged.message, /in charts\/backend\/templates\/deployment\.yaml\.$/);
    // The parent sets `backend.securityContext` last: the subchart's own values.yaml is not to blame.
    assert.deepEqual(lintValues(files, '/shop/charts/backend/values.yaml'), []);
    const own = lintValues(
      { ...files, '/shop/values.yaml': 'backend:\n  replicas: 2\n' },
      '/shop/charts/backend/values.yaml',
    );
    assert.ok(own.some((f) => f.ruleId === 'run-as-non-root' && f.range.start.line === 0));
    assert.match(own[0]?.message ?? '', /in templates\/deployment\.yaml\.$/);
  });

  it('follows values into a `with` block', () => {
    const withBlocks = DEPLOYMENT.replace(
      '          resources:\n            {{- toYaml .Values.resources | nindent 12 }}\n',
      [
        '          {{- with .Values.securityContext }}',
        '          securityContext:',
        '            {{- toYaml . | nindent 12 }}',
        '          {{- end }}',
        '          {{- with .Values.resources }}',
        '          resources:',
        '            limits:',
        '              memory: {{ .limits.memory | quote }}',
        '          {{- end }}',
        '',
      ].join('\n'),
    );
    const findings = lintValues(
      web(
        'replicaCount: 2\nimage: { repository: nginx, tag: "1.27" }\nsecurityContext:\n  privileged: true\nresources:\n  limits: { memory: 12Gb }\ncontainerName: web\n',
        { '/web/templates/deployment.yaml': withBlocks.replace('- name: web', '- name: {{ .Values.containerName }}') },
      ),
    );
    // The container's findings placed at its name are about the container, not about the value naming it.
    assert.ok(!findings.some((f) => f.range.start.line === 6), at(findings).join('\n'));
    const line = (rule: string): number | undefined => findings.find((f) => f.ruleId === rule)?.range.start.line;
    assert.equal(line('no-privileged-container'), 2, at(findings).join('\n'));
    assert.equal(line('run-as-non-root'), 2);
    assert.match(
      findings.find((f) => f.ruleId === 'no-privileged-container')?.message ?? '',
      /`securityContext` set here reaches it through `\{\{- toYaml \. \| nindent 12 \}\}`/,
    );
    // `{{ .limits.memory }}` under `with .Values.resources` is `resources.limits.memory`.
    const quantity = findings.filter((f) => f.range.start.line === 5);
    assert.ok(quantity.length > 0, at(findings).join('\n'));
    assert.ok(quantity.every((f) => f.message.includes('`resources.limits.memory` set here')));
  });

  it('takes a finding at a key for its value only when that value is a map or a list', () => {
    const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: {{ .Values.schedule | quote }}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: job
              image: busybox:1.36
`;
    const files = {
      '/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      '/web/values.yaml': 'schedule: "0 3 * * *"\n',
      '/web/templates/cronjob.yaml': cronJob,
    };
    const helmTemplate = new HelmCharts(memoryReader(files)).templateOf('/web/templates/cronjob.yaml');
    assert.ok(helmTemplate);
    const inTemplate = lint(cronJob, 'file:///web/templates/cronjob.yaml', DEFAULT_CONFIG, { helmTemplate }).findings;
    const atSchedule = inTemplate.filter((f) => f.range.start.line === 5);
    assert.ok(atSchedule.length > 0, 'the CronJob’s findings on a field missing beside `schedule`');
    assert.ok(
      atSchedule.every((f) => !f.related?.length),
      'they are not about the schedule',
    );
    assert.deepEqual(lintValues(files), []);
  });

  it('is no chart’s values without a Chart.yaml beside it', () => {
    const files = web('replicaCount: 1\n');
    assert.equal(new HelmCharts(memoryReader(files)).valuesOf('/web/templates/values.yaml'), undefined);
    assert.equal(new HelmCharts(memoryReader(files)).valuesOf('/web/Chart.yaml'), undefined);
  });
});
