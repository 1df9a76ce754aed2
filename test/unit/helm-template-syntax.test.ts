import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failed, render } from '../support/render-template';

describe('Go template syntax', () => {
  it('trims all whitespace, newlines included, beside {{- and -}}', () => {
    assert.equal(render('a\n  {{- 1 }}\n  b {{ 2 -}}\n\n  c\t{{- 3 -}}\td'), 'a1\n  b 2c3d');
    assert.equal(render('k:\n  {{- "v" }}\n'), 'k:v\n');
  });

  it('reads {{-3}} as the number -3, not a trim marker, since the marker needs a space after it', () => {
    assert.equal(render('a {{-3}} b'), 'a -3 b');
    assert.equal(render('a {{- 3}} b'), 'a3 b');
  });

  it('drops comments, trimming around them when marked', () => {
    assert.equal(render('x {{- /* c */ -}} y {{/* c */}} z'), 'xy  z');
    assert.equal(render('{{/* a\nmulti-line comment */}}ok'), 'ok');
  });

  it('reads raw strings, escapes, characters and Go number forms', () => {
    assert.equal(render('{{ `a\\n` }}|{{ "\\t\\u00e9\\x41" }}|{{ \'a\' }}'), 'a\\n|\téA|97');
    assert.equal(render('{{ 0x1F }} {{ 0o17 }} {{ 017 }} {{ 1e3 }} {{ 1.0 }} {{ +5 }}'), '31 15 15 1000 1 5');
  });

  it('chains fields after variables and parenthesised pipelines', () => {
    const values = { m: { a: 1 }, l: [{ b: 2 }] };
    assert.equal(
      render('{{ $m := .Values.m }}{{ $m.a }} {{ (index .Values.l 0).b }} {{ (dict "k" 5).k }}', values),
      '1 2 5',
    );
  });

  it('passes a piped value as the last argument', () => {
    assert.equal(render('{{ "x" | printf "%s-%s" "a" }} {{ "abc" | upper | trunc 2 }}'), 'a-x AB');
  });

  it('supports if / else if / else and with / else with / else', () => {
    const chain = '{{ if .Values.a }}A{{ else if .Values.b }}B{{ else }}C{{ end }}';
    assert.equal(render(chain, { b: 1 }), 'B');
    assert.equal(render(chain, {}), 'C');
    const withChain = '{{ with .Values.a }}A{{ . }}{{ else with .Values.c }}C{{ . }}{{ else }}N{{ end }}';
    assert.equal(render(withChain, { c: 5 }), 'C5');
    assert.equal(render(withChain, {}), 'N');
  });

  it('runs define, template and block, and lets a later file override a block', () => {
    assert.equal(render('{{ define "t" }}[{{ . }}]{{ end }}{{ template "t" "x" }}{{ block "b" . }}B{{ end }}'), '[x]B');
    assert.equal(render('{{ block "b" . }}default{{ end }}', {}, '{{ define "b" }}override{{ end }}'), 'override');
  });

  it('lets the define of the file Helm parses last win, but never with an empty body', () => {
    assert.equal(render('{{ define "a" }}A{{ end }}{{ template "a" }}', {}, '{{ define "a" }}H{{ end }}'), 'H');
    assert.equal(render('{{ define "a" }}  {{ end }}{{ template "a" }}', {}, '{{ define "a" }}H{{ end }}'), 'H');
  });

  it('reports parse errors as errors, with the offending token', () => {
    const missing = failed('ok\n{{ if }}');
    assert.equal(missing.reason, 'error');
    assert.match(missing.message, /missing value for if/);
    assert.deepEqual([missing.start, missing.end], [3, 11]);
    assert.match(failed('{{ .Values.a | nosuchfunc }}').message, /function "nosuchfunc" not defined/);
    assert.match(failed('{{ $y }}').message, /undefined variable "\$y"/);
    assert.match(failed('{{ end }}').message, /unexpected \{\{end\}\}/);
    assert.match(failed('{{ break }}').message, /\{\{break\}\} outside \{\{range\}\}/);
    assert.match(failed('{{ 1 | 2 }}').message, /non executable command in pipeline stage 2/);
    assert.match(failed('{{ 08 }}').message, /integer overflow/);
    assert.match(failed('abc {{ .Values').message, /unclosed action/);
    assert.match(failed('{{/* open').message, /unclosed comment/);
    assert.match(failed('{{ define "a" }}A{{ end }}{{ define "a" }}B{{ end }}').message, /multiple definition/);
  });

  it('fails on a parse error in another template, as Helm parses every file before rendering', () => {
    const result = failed('fine', {}, '{{ define "x" }}{{ if }}{{ end }}');
    assert.equal(result.reason, 'error');
    assert.match(result.message, /_helpers\.tpl line 1/);
  });
});
