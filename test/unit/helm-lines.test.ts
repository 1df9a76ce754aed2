import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { templateLines } from '../../server/src/cli/helm-lines';

/** The template line (zero-based) of each rendered line, `-` where none is said. */
const linesOf = (rendered: string, template: string): string =>
  templateLines(rendered.split('\n'), template.split('\n'))
    .map((line) => (line ? String(line.line) : '-'))
    .join(' ');

describe('the template line a rendered line came from', () => {
  it('matches literal lines as written, and lines with expressions by the text around them', () => {
    const template = [
      'apiVersion: v1', // 0
      'kind: Service', // 1
      'metadata:', // 2
      '  name: {{ include "shop.fullname" . }}', // 3
      'spec:', // 4
      '  type: {{ .Values.service.type }}', // 5
      '  ports:', // 6
      '    - port: {{ .Values.service.port }}', // 7
      '      targetPort: "{{ .Values.port }}-{{ .Values.suffix }}"', // 8
    ].join('\n');
    const rendered = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: release-shop',
      'spec:',
      '  type: ClusterIP',
      '  ports:',
      '    - port: 80',
      '      targetPort: "8080-x"',
    ].join('\n');
    assert.equal(linesOf(rendered, template), '0 1 2 3 4 5 6 7 8');
    const [exact, , , expression] = templateLines(rendered.split('\n'), template.split('\n'));
    assert.equal(exact?.exact, true);
    assert.deepEqual(
      [expression?.exact, expression?.templateIndent, expression?.literalPrefix],
      [false, 2, '  name: '.length - 2],
    );
  });

  it('gives the lines an expression writes to its line, and moves on after them', () => {
    const template = [
      'metadata:', // 0
      '  labels:', // 1
      '    {{- include "shop.labels" . | nindent 4 }}', // 2
      'spec:', // 3
      '  template:', // 4
      '    spec:', // 5
      '      {{- with .Values.nodeSelector }}', // 6
      '      nodeSelector:', // 7
      '        {{- toYaml . | nindent 8 }}', // 8
      '      {{- end }}', // 9
      '      containers:', // 10
      '        - name: web', // 11
      '          resources:', // 12
      '            {{- toYaml .Values.resources | nindent 12 }}', // 13
    ].join('\n');
    const rendered = [
      'metadata:',
      '  labels:',
      '    app.kubernetes.io/name: shop',
      '    app.kubernetes.io/instance: release',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          resources:',
      '            limits:',
      '              memory: 128Mi',
    ].join('\n');
    // The `with` block rendered nothing: its lines are passed over.
    assert.equal(linesOf(rendered, template), '0 1 2 2 3 4 5 10 11 12 13 13');
  });

  it('maps each item of a range to the lines of its body, and says nothing of blank lines', () => {
    const template = [
      'spec:', // 0
      '  rules:', // 1
      '  {{- range .Values.hosts }}', // 2
      '    - host: {{ .name }}', // 3
      '      http:', // 4
      '        paths: []', // 5
      '  {{- end }}', // 6
    ].join('\n');
    const rendered = [
      'spec:',
      '  rules:',
      '    - host: a.example.com',
      '      http:',
      '        paths: []',
      '',
      '    - host: b.example.com',
      '      http:',
      '        paths: []',
    ].join('\n');
    assert.equal(linesOf(rendered, template), '0 1 3 4 5 - 3 4 5');
  });

  it('stays linear on long streams and never throws on odd templates', () => {
    const template = Array.from({ length: 3000 }, (_, i) => `key${i}: {{ .Values.v${i} }}`).join('\n');
    const rendered = Array.from({ length: 3000 }, (_, i) => `other${i}: x`).join('\n');
    assert.equal(templateLines(rendered.split('\n'), template.split('\n')).filter(Boolean).length, 0);
    assert.doesNotThrow(() =>
      templateLines(['a: b', '{{', '}}'], ['{{ unclosed', '}}}', '{{/* comment */}}', '[.*+?']),
    );
  });
});
