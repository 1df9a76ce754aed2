import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed, renderWith } from '../support/render-template';

/** The source text a failure points at. */
const spanOf = (text: string, result: { start: number; end: number }): string => text.slice(result.start, result.end);

describe('constructs outside the subset', () => {
  it('names the construct and points at its action', () => {
    const cases: Array<[string, RegExp, string]> = [
      [
        'a: 1\nb: {{ lookup "v1" "Secret" "ns" "x" }}',
        /`lookup` reads the live cluster/,
        '{{ lookup "v1" "Secret" "ns" "x" }}',
      ],
      ['x: {{ .Files.Get "config.json" | quote }}', /`\.Files`/, '{{ .Files.Get "config.json" | quote }}'],
      ['p: {{ randAlphaNum 16 }}', /`randAlphaNum` is random/, '{{ randAlphaNum 16 }}'],
      ['t: {{ now }}', /`now` reads the clock/, '{{ now }}'],
      ['u: {{ uuidv4 }}', /`uuidv4` is random/, '{{ uuidv4 }}'],
      ['c: {{ genCA "x" 365 }}', /`genCA` generates keys/, '{{ genCA "x" 365 }}'],
      ['s: {{ "x" | sha1sum }}', /`sha1sum` is outside the functions/, '{{ "x" | sha1sum }}'],
      ['{{ keys .Values.m | join "," }}', /random map order/, '{{ keys .Values.m | join "," }}'],
      ['{{ regexMatch "(a+)+$" "aaa" }}', /repeats a group/, '{{ regexMatch "(a+)+$" "aaa" }}'],
      [
        '{{ .Capabilities.APIVersions.Has "apps/v1" }}',
        /no API list was given/,
        '{{ .Capabilities.APIVersions.Has "apps/v1" }}',
      ],
      ['{{ toYaml . }}', /`toYaml` of/, '{{ toYaml . }}'],
    ];
    for (const [text, message, span] of cases) {
      const result = failed(text, { m: { a: 1, b: 2 } });
      assert.equal(result.reason, 'unsupported', text);
      assert.match(result.message, message, text);
      assert.equal(spanOf(text, result), span, text);
    }
  });

  it('points a failure inside an included define at the include, naming the define’s file and line', () => {
    const helpers =
      '{{- define "outer" -}}\nfine\n{{ include "inner" . }}\n{{- end }}\n{{- define "inner" -}}\n{{ lookup "v1" "Pod" "" "" }}\n{{- end }}';
    const text = 'a: 1\nb: {{ include "outer" . | nindent 2 }}';
    const result = failed(text, {}, helpers);
    assert.equal(result.reason, 'unsupported');
    assert.equal(spanOf(text, result), '{{ include "outer" . | nindent 2 }}');
    assert.match(result.message, /template "inner", c\/templates\/_helpers\.tpl line 6/);
  });

  it('reports an error inside a block or range at its opening action', () => {
    const text = 'x\n{{ range .Values.l }}\n  - {{ .name.first }}\n{{ end }}';
    const result = failed(text, { l: [{}] });
    assert.equal(result.reason, 'error');
    assert.equal(spanOf(text, result), '{{ .name.first }}');
    const ranged = failed('{{ range .Values.n }}{{ end }}', { n: 1.5 });
    assert.equal(spanOf('{{ range .Values.n }}{{ end }}', ranged), '{{ range .Values.n }}');
  });
});

describe('limits that keep hostile templates from running away', () => {
  it('stops endless include, template and tpl recursion', () => {
    const helpers = '{{ define "r" }}{{ include "r" . }}{{ end }}{{ define "s" }}{{ template "s" . }}{{ end }}';
    for (const text of ['{{ include "r" . }}', '{{ template "s" . }}']) {
      const result = failed(text, {}, helpers);
      assert.equal(result.reason, 'error');
      assert.match(result.message, /more than 200 deep/);
    }
    assert.match(failed('{{ tpl .Values.t . }}', { t: '{{ tpl .Values.t . }}' }).message, /nest more than 200 deep/);
  });

  it('stops output past 4 MB, and strings past 4 MB', () => {
    assert.match(
      failed('{{ range until 100000 }}{{ range until 100 }}xxxxxxxxxx{{ end }}{{ end }}').message,
      /more than 4 MB/,
    );
    assert.match(
      failed('{{ $s := "xxxxxxxx" }}{{ range until 40 }}{{ $s = printf "%s%s" $s $s }}{{ end }}').message,
      /longer than 4 MB/,
    );
    assert.match(failed('{{ nindent 100000000 "x" }}').message, /longer than 4 MB/);
  });

  it('stops long loops by counting evaluation steps', () => {
    const started = Date.now();
    const result = failed('{{ range until 1000000 }}{{ range until 1000000 }}{{ end }}{{ end }}');
    assert.equal(result.reason, 'error');
    assert.match(result.message, /evaluation steps/);
    assert.ok(Date.now() - started < 5000);
  });

  it('refuses nesting deeper than it parses, instead of overflowing the stack', () => {
    assert.equal(failed(`{{ ${'('.repeat(5000)}1${')'.repeat(5000)} }}`).reason, 'unsupported');
    assert.equal(failed('{{ if true }}'.repeat(3000) + 'x' + '{{ end }}'.repeat(3000)).reason, 'unsupported');
  });

  it('never throws on garbage', () => {
    const inputs = [
      '{{',
      '}}',
      '{{ }}',
      '{{ {{ }} }}',
      '{{ . . . }}',
      '{{ ( }}',
      '{{ ) }}',
      '{{ $ := }}',
      '{{ "unterminated }}',
      "{{ 'ab' }}",
      '{{ 1e999 }}',
      '{{ 0x }}',
      '{{ .a..b }}',
      '{{- -}}',
      '{{ define }}',
      '{{ template }}',
      '{{ else }}',
      '\u0000{{ \u0000 }}',
    ];
    for (const text of inputs) {
      const result = renderWith(text);
      if (!result.ok) assert.ok(['error', 'unsupported'].includes(result.reason), text);
    }
  });
});
