import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderTemplate } from '../../server/src/helm/template/render';
import { error, render, TEMPLATE_NAME } from '../support/render-template';

describe('values as Helm prints and compares them', () => {
  it('prints values.yaml numbers as Go float64s and template numbers as ints', () => {
    const values = { million: 1000000, lakh: 100000, half: 1.5, tiny: 0.00001, big: 1234567 };
    assert.equal(
      render(
        '{{ .Values.million }} {{ .Values.lakh }} {{ .Values.half }} {{ .Values.tiny }} {{ .Values.big }}',
        values,
      ),
      '1e+06 100000 1.5 1e-05 1.234567e+06',
    );
    assert.equal(render('{{ 1000000 }} {{ 1000000.0 }} {{ -0.0 }}'), '1000000 1e+06 -0');
  });

  it('prints maps with sorted keys, lists with spaces, and nil inside them as <nil>', () => {
    const values = { m: { b: 1, a: 'x' }, l: ['a', 2, null, { k: [] }] };
    assert.equal(render('{{ .Values.m }} {{ .Values.l }}', values), 'map[a:x b:1] [a 2 <nil> map[k:[]]]');
  });

  it('renders a missing value as nothing, since Helm deletes <no value> from the output', () => {
    assert.equal(render('a={{ .Values.missing }}; b={{ .Values.m.missing }}', { m: {} }), 'a=; b=');
    assert.equal(render('<no value>x{{ .Values.s }}', { s: '<no value>' }), 'x');
    assert.equal(render('{{ .Values.missing | quote }}'), '');
    assert.equal(render('{{ include "t" . | quote }}', {}, '{{ define "t" }}{{ .Values.missing }}{{ end }}'), '""');
  });

  it('fails on a field of a missing value, as Go does, but not of a value that is absent altogether', () => {
    assert.equal(error('{{ .Values.a.b }}'), 'nil pointer evaluating interface {}.b');
    assert.equal(
      error('{{ range .Values.l }}{{ .x }}{{ end }}', { l: [null] }),
      'nil pointer evaluating interface {}.x',
    );
    assert.equal(render('{{ $x := .Values.missing }}[{{ $x.foo }}]'), '[]');
    assert.equal(render('{{ include "t" .Values.missing }}', {}, '{{ define "t" }}[{{ .a.b }}]{{ end }}'), '[]');
    assert.match(error('{{ .Values.s.x }}', { s: 'str' }), /can't evaluate field x in type string/);
  });

  it('compares as Go does: a float64 from values.yaml and an int literal are incompatible', () => {
    assert.equal(
      error('{{ eq .Values.port 80 }}', { port: 80 }),
      'error calling eq: incompatible types for comparison',
    );
    assert.equal(render('{{ eq .Values.port 80.0 }} {{ eq (int .Values.port) 80 }}', { port: 80 }), 'true true');
    assert.equal(render('{{ eq "a" "b" "a" }} {{ eq .Values.missing "x" }} {{ eq nil nil }}'), 'true false true');
    assert.equal(render('{{ eq (add 1 1) 2 }} {{ lt "a" "b" }} {{ le 2 2 }} {{ gt 1.5 1.0 }}'), 'true true true true');
    assert.match(error('{{ lt 1 2.0 }}'), /incompatible types for comparison/);
    assert.match(error('{{ lt true false }}'), /invalid type for comparison/);
  });

  it('returns an operand from and/or and stops at the first that decides', () => {
    assert.equal(render('{{ and 1 0 2 }}|{{ or 0 "" "x" }}|{{ or 0 "" }}|{{ and 1 "a" }}'), '0|x||a');
    // The second operand would fail if evaluated.
    assert.equal(render('{{ if and .Values.a .Values.b.c }}y{{ else }}n{{ end }}', { a: false }), 'n');
    assert.equal(render('{{ if or .Values.a .Values.b.c }}y{{ end }}', { a: true }), 'y');
  });

  it('treats empty strings, zero, nil and empty collections as false', () => {
    const template = '{{ range $k, $v := .Values }}{{ $k }}={{ if $v }}T{{ else }}F{{ end }} {{ end }}';
    const values = { a: '', b: 0, c: null, d: [], e: {}, f: 'x', g: 0.1, h: [0], i: false };
    assert.equal(render(template, values), 'a=F b=F c=F d=F e=F f=T g=T h=T i=F ');
  });

  it('ranges over maps in sorted key order, lists by index, and integers', () => {
    const values = { m: { z: 1, a: 2, M: 3, _: 4, 10: 5, 9: 6 } };
    assert.equal(render('{{ range $k, $v := .Values.m }}{{ $k }}{{ $v }},{{ end }}', values), '105,96,M3,_4,a2,z1,');
    assert.equal(render('{{ range $i, $e := list "a" "b" }}{{ $i }}{{ $e }}{{ end }}'), '0a1b');
    assert.equal(render('{{ range 3 }}{{ . }}{{ end }}'), '012');
    assert.equal(render('{{ range .Values.l }}x{{ else }}empty{{ end }}', { l: [] }), 'empty');
    assert.match(error('{{ range .Values.n }}x{{ end }}', { n: 3 }), /range can't iterate over 3/);
  });

  it('supports break and continue inside range', () => {
    const template =
      '{{ range $i, $e := .Values.l }}{{ if eq $i 1 }}{{ continue }}{{ end }}{{ if eq $i 3 }}{{ break }}{{ end }}{{ $e }}{{ end }}';
    assert.equal(render(template, { l: ['a', 'b', 'c', 'd', 'e'] }), 'ac');
  });

  it('scopes variables to their if, with or range, and lets = reach outer ones', () => {
    assert.equal(render('{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ $y := 3 }}{{ end }}{{ $x }}'), '2');
    assert.equal(render('{{ $x := 1 }}{{ range .Values.l }}{{ $x = . }}{{ end }}{{ $x }}', { l: ['p', 'q'] }), 'q');
    assert.equal(render('{{ $x := 1 }}{{ range $x := .Values.l }}{{ $x }}{{ end }}{{ $x }}', { l: ['a'] }), 'a1');
    assert.equal(render('{{ with $v := .Values.a }}{{ $v }}{{ . }}{{ end }}', { a: 7 }), '77');
  });

  it('binds $ to the root, and inside a define to the data it was called with', () => {
    assert.equal(render('{{ with .Values.b }}{{ $.Values.a }}{{ end }}', { a: 1, b: 2 }), '1');
    assert.equal(render('{{ define "d" }}{{ $.x }}{{ end }}{{ template "d" (dict "x" 7) }}'), '7');
  });

  it('exposes .Release, .Chart, .Template and .Capabilities as helm template sets them', () => {
    const template =
      '{{ .Release.Name }} {{ .Release.Namespace }} {{ .Release.Service }} {{ .Release.IsInstall }} {{ .Release.IsUpgrade }} {{ .Release.Revision }} ' +
      '{{ .Chart.Name }} {{ .Chart.Version }} {{ .Chart.Keywords }} {{ .Chart.IsRoot }} ' +
      '{{ .Template.Name }} {{ .Template.BasePath }} {{ .Capabilities.KubeVersion }} {{ .Capabilities.KubeVersion.Minor }}';
    assert.equal(
      render(template),
      'rel default Helm true false 1 c 0.1.0 [] true c/templates/a.yaml c/templates v1.31.0 31',
    );
  });

  it('maps Chart.yaml fields to Helm’s names and types', () => {
    const result = renderTemplate(TEMPLATE_NAME, {
      values: {},
      chart: {
        apiVersion: 'v2',
        name: 'c',
        appVersion: 1.1,
        keywords: ['k'],
        annotations: { a: 'b' },
        deprecated: true,
        maintainers: [{ name: 'm' }],
      },
      capabilities: { kubeVersion: '1.29', hasApiVersion: (name) => name === 'apps/v1' },
      templates: [
        {
          name: TEMPLATE_NAME,
          text: '{{ .Chart.APIVersion }} {{ .Chart.AppVersion }} {{ .Chart.Keywords }} {{ .Chart.Annotations.a }} {{ .Chart.Deprecated }} {{ (index .Chart.Maintainers 0).Name }} {{ .Capabilities.KubeVersion.GitVersion }} {{ .Capabilities.APIVersions.Has "apps/v1" }}',
        },
      ],
    });
    assert.ok(result.ok);
    assert.equal(result.text, 'v2 1.1 [k] b true m v1.29.0 true');
  });
});
