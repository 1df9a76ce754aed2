import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Segment, renderTemplate } from '../../server/src/helm/template/render';

const NAME = 'c/templates/a.yaml';

function rendered(text: string, values: unknown = {}, helpers?: string): { text: string; segments: Segment[] } {
  const templates = [{ name: NAME, text }];
  if (helpers !== undefined) templates.push({ name: 'c/templates/_helpers.tpl', text: helpers });
  const result = renderTemplate(NAME, { values, chart: { name: 'c' }, templates });
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result;
}

/** Each segment as `output` ← `source` (L for a literal copy, A for an action's output). */
function describeSegments(source: string, result: { text: string; segments: Segment[] }): string[] {
  return result.segments.map(
    (s) =>
      `${JSON.stringify(result.text.slice(s.outputStart, s.outputEnd))} ${s.literal ? 'L' : 'A'} ${JSON.stringify(source.slice(s.sourceStart, s.sourceEnd))}`,
  );
}

/** Segments cover the output in order without gaps, and literal ones copy their source exactly. */
function assertWellFormed(source: string, result: { text: string; segments: Segment[] }): void {
  let at = 0;
  for (const segment of result.segments) {
    assert.equal(segment.outputStart, at);
    assert.ok(segment.outputEnd > segment.outputStart);
    if (segment.literal) {
      assert.equal(
        result.text.slice(segment.outputStart, segment.outputEnd),
        source.slice(segment.sourceStart, segment.sourceEnd),
      );
    }
    at = segment.outputEnd;
  }
  assert.equal(at, result.text.length);
}

describe('where each character of the output came from', () => {
  it('marks literal text after trimming, and action output with the whole action, trim markers included', () => {
    const source = 'name: {{ .Values.n }}\nlabels:\n  {{- "x" | nindent 2 }}\n';
    const result = rendered(source, { n: 'web' });
    assertWellFormed(source, result);
    assert.deepEqual(describeSegments(source, result), [
      '"name: " L "name: "',
      '"web" A "{{ .Values.n }}"',
      '"\\nlabels:" L "\\nlabels:"',
      '"\\n  x" A "{{- \\"x\\" | nindent 2 }}"',
      '"\\n" L "\\n"',
    ]);
  });

  it('points output of an include, wherever its define is, at the outermost action', () => {
    const helpers =
      '{{- define "labels" -}}\napp: {{ .Values.app }}\n{{ include "more" . }}\n{{- end }}{{- define "more" -}}tier: web{{- end }}';
    const source = 'labels:\n  {{- include "labels" . | nindent 2 }}\n';
    const result = rendered(source, { app: 'shop' }, helpers);
    assert.equal(result.text, 'labels:\n  app: shop\n  tier: web\n');
    assertWellFormed(source, result);
    assert.deepEqual(describeSegments(source, result), [
      '"labels:" L "labels:"',
      '"\\n  app: shop\\n  tier: web" A "{{- include \\"labels\\" . | nindent 2 }}"',
      '"\\n" L "\\n"',
    ]);
  });

  it('gives text a template action writes, even from a define in the same file, to that action', () => {
    const source = '{{ define "t" }}<{{ . }}>{{ end }}a{{ template "t" 1 }}b';
    const result = rendered(source);
    assert.deepEqual(describeSegments(source, result), [
      '"a" L "a"',
      '"<1>" A "{{ template \\"t\\" 1 }}"',
      '"b" L "b"',
    ]);
  });

  it('repeats the same literal source for each pass of a range', () => {
    const source = '{{ range .Values.l }}- {{ . }}\n{{ end }}';
    const result = rendered(source, { l: ['a', 'b'] });
    assertWellFormed(source, result);
    assert.deepEqual(describeSegments(source, result), [
      '"- " L "- "',
      '"a" A "{{ . }}"',
      '"\\n" L "\\n"',
      '"- " L "- "',
      '"b" A "{{ . }}"',
      '"\\n" L "\\n"',
    ]);
  });

  it('attributes toYaml and tpl output to the action that calls them', () => {
    const source = 'r:\n  {{- toYaml .Values.r | nindent 2 }}\nt: {{ tpl .Values.t . }}';
    const result = rendered(source, { r: { a: 1, b: [2] }, t: '{{ .Values.r.a }}!' });
    assert.equal(result.text, 'r:\n  a: 1\n  b:\n  - 2\nt: 1!');
    assertWellFormed(source, result);
    assert.deepEqual(describeSegments(source, result).slice(1), [
      '"\\n  a: 1\\n  b:\\n  - 2" A "{{- toYaml .Values.r | nindent 2 }}"',
      '"\\nt: " L "\\nt: "',
      '"1!" A "{{ tpl .Values.t . }}"',
    ]);
  });

  it('keeps segments exact when Helm deletes a <no value> that spans two pieces', () => {
    const source = 'a<no {{ "value>" }}b{{ .Values.missing }}c';
    const result = rendered(source);
    assert.equal(result.text, 'abc');
    assertWellFormed(source, result);
    assert.deepEqual(describeSegments(source, result), ['"a" L "a"', '"b" L "b"', '"c" L "c"']);
  });

  it('writes nothing for control actions and variable declarations', () => {
    const source = '{{ $x := 1 }}{{ if true }}y{{ end }}';
    const result = rendered(source);
    assert.deepEqual(describeSegments(source, result), ['"y" L "y"']);
  });
});
