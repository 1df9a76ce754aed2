import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { error, render, renderWith } from '../support/render-template';

describe('toYaml as sigs.k8s.io/yaml writes it', () => {
  it('sorts keys, leaves sequences unindented under their key and drops the final newline', () => {
    const values = { r: { limits: { memory: '128Mi', cpu: '100m' }, args: ['a', { b: 1 }] } };
    assert.equal(render('{{ toYaml .Values.r }}', values), 'args:\n- a\n- b: 1\nlimits:\n  cpu: 100m\n  memory: 128Mi');
  });

  it('quotes strings (and keys) that YAML 1.1 would read back as something else, and orders keys with numbers by value', () => {
    const values = {
      v: { on: 'yes', e: '', n: '1.0', t: 'a: b', d: '2024-01-01', k10: 1, k9: 2, s: ' lead', x: '12:30' },
    };
    assert.equal(
      render('{{ toYaml .Values.v }}', values),
      'd: "2024-01-01"\ne: ""\nk9: 2\nk10: 1\n"n": "1.0"\n"on": "yes"\ns: \' lead\'\nt: \'a: b\'\nx: "12:30"',
    );
  });

  it('writes numbers after their JSON round trip, multi-line strings as literal blocks, and folds at 80 columns', () => {
    const values = { v: { f: 1234567.5, g: 0.000001, i: 1000000, m: 'a\nb\n', long: 'word '.repeat(20).trim() } };
    assert.equal(
      render('{{ toYaml .Values.v }}', values),
      'f: 1.2345675e+06\ng: 1e-06\ni: 1000000\nlong: word word word word word word word word word word word word word word word word\n  word word word word\nm: |\n  a\n  b',
    );
    assert.equal(render('{{ toYaml dict }}|{{ toYaml list }}|{{ toYaml nil }}|{{ toYaml "s" }}'), '{}|[]|null|s');
  });

  it('is re-indented by nindent the way chart templates use it', () => {
    const values = { r: { limits: { cpu: '100m' } } };
    assert.equal(
      render('resources:\n  {{- toYaml .Values.r | nindent 2 }}', values),
      'resources:\n  limits:\n    cpu: 100m',
    );
    assert.equal(render('{{ "a\\nb" | indent 2 }}|{{ nindent 1 "x" }}'), '  a\n  b|\n x');
  });
});

describe('the Sprig and Helm functions in the subset', () => {
  it('formats with printf as Go does, wrong verbs included, and print spaces only between non-strings', () => {
    assert.equal(
      render('{{ printf "%s-%d-%v-%q-%5s|%-4s|%05d|%x|%t|%.2f|%%" "a" 3 1.5 "q" "ab" "c" 42 255 true 3.14159 }}'),
      'a-3-1.5-"q"-   ab|c   |00042|ff|true|3.14|%',
    );
    assert.equal(
      render('{{ printf "%d" .Values.port }}|{{ printf "%d %d" 1 }}|{{ printf "%d" 1 2 }}', { port: 80 }),
      '%!d(float64=80)|1 %!d(MISSING)|1%!(EXTRA int=2)',
    );
    assert.equal(render('{{ print 1 2 "a" "b" 3 nil }}|{{ println 1 "a" }}'), '1 2ab3 <nil>|1 a\n');
  });

  it('handles strings with Go’s byte-based rules', () => {
    assert.equal(
      render('{{ trunc 3 "abcdef" }} {{ trunc -2 "abcdef" }} {{ trunc 10 "abc" }} {{ len "héllo" }}'),
      'abc ef abc 6',
    );
    assert.equal(
      render('{{ upper "abc" }} {{ title "hello world-x" }} {{ trim "  x \\n" }} {{ trimAll "$" "$$5$" }}'),
      'ABC Hello World-X x 5',
    );
    assert.equal(
      render(
        '{{ trimSuffix "-" "a-" }} {{ trimPrefix "x" "xxa" }} {{ replace "a" "b" "aaa" }} {{ contains "b" "abc" }}',
      ),
      'a xa bbb true',
    );
    assert.equal(
      render('{{ quote 1000000.0 "a\\"b" }} {{ squote "x" }} {{ toString 1.5 }} {{ toString nil }}'),
      '"1e+06" "a\\"b" \'x\' 1.5 <nil>',
    );
    assert.equal(
      render('{{ join "," (list 1 nil "a") }} {{ splitList "/" "a/b" }} {{ (split "/" "a/b")._1 }}'),
      '1,a [a b] b',
    );
  });

  it('applies defaults with Sprig’s idea of empty', () => {
    const values = { e: '', z: 0, m: {}, f: false, s: 'set' };
    assert.equal(
      render(
        '{{ default "d" .Values.x }} {{ default "d" .Values.e }} {{ .Values.z | default 5 }} {{ default "d" .Values.s }}',
        values,
      ),
      'd d 5 set',
    );
    assert.equal(
      render('{{ empty .Values.m }} {{ empty .Values.f }} {{ empty 0 }} {{ empty "x" }}', values),
      'true true true false',
    );
    assert.equal(render('{{ coalesce .Values.x "" 0 "c" }} {{ ternary "a" "b" .Values.f }}', values), 'c b');
  });

  it('does Sprig arithmetic in int64 after converting with spf13/cast', () => {
    assert.equal(
      render(
        '{{ add 1 2 3 }} {{ add1 5 }} {{ sub 5 7 }} {{ mul 2 3 4 }} {{ div -7 2 }} {{ mod -7 3 }} {{ max 1 5 3 }} {{ min 4 2 8 }}',
      ),
      '6 6 -2 24 -3 -1 5 2',
    );
    assert.equal(
      render(
        '{{ add .Values.a 1 }} {{ int "12" }} {{ int 3.9 }} {{ float64 "1.5" }} {{ atoi "x" }} {{ typeOf (add 1 2) }}',
        { a: 2.9 },
      ),
      '3 12 3 1.5 0 int64',
    );
    assert.equal(error('{{ div 1 0 }}'), 'error calling div: runtime error: integer divide by zero');
    assert.equal(error('{{ trunc .Values.n "abc" }}', { n: 2 }), 'wrong type for value; expected int; got float64');
  });

  it('builds and reads lists and dicts', () => {
    assert.equal(
      render(
        '{{ $d := dict "a" 1 }}{{ $_ := set $d "b" 2 }}{{ $d }} {{ get $d "z" }}|{{ hasKey $d "b" }} {{ pluck "a" $d (dict "a" 3) }} {{ keys $d | sortAlpha }}',
      ),
      'map[a:1 b:2] |true [1 3] [a b]',
    );
    assert.equal(
      render(
        '{{ pick (dict "a" 1 "b" 2 "c" 3) "a" "c" "z" }} {{ omit (dict "a" 1 "b" 2) "a" "z" }} {{ pick .Values "x" | toYaml }}',
        {
          x: { y: 1 },
          w: 2,
        },
      ),
      'map[a:1 c:3] map[b:2] x:\n  "y": 1',
    );
    // Sprig's must- twins give the same lists; their errors name them. A number from values is a
    // float64, which `has` does not find in a list of ints (Go's reflect.DeepEqual).
    assert.equal(
      render(
        '{{ mustFirst .Values.l }} {{ mustHas 2 (list 1 2) }} {{ mustHas 2 .Values.l }} {{ mustAppend .Values.l 4 }} {{ mustUniq (list 1 1) }}',
        {
          l: [1, 2, 3],
        },
      ),
      '1 true false [1 2 3 4] [1]',
    );
    assert.equal(error('{{ mustFirst 3 }}'), 'error calling mustFirst: Cannot find first on type int');
    assert.equal(render('{{ mustToJson .Values }}', { a: [1, 'x<'] }), '{"a":[1,"x\\u003c"]}');
    const values = { l: [1, 2, 3] };
    assert.equal(
      render(
        '{{ first .Values.l }} {{ last .Values.l }} {{ rest .Values.l }} {{ initial .Values.l }} {{ append .Values.l 4 }} {{ prepend .Values.l 0 }}',
        values,
      ),
      '1 3 [2 3] [1 2] [1 2 3 4] [0 1 2 3]',
    );
    assert.equal(
      render(
        '{{ uniq (list 1 1 2) }} {{ has 2.0 .Values.l }} {{ has 2 .Values.l }} {{ without .Values.l 1.0 }} {{ compact (list 0 "" "a") }}',
        values,
      ),
      '[1 2] true false [2 3] [a]',
    );
    assert.equal(
      render(
        '{{ until 3 }} {{ untilStep 0 10 3 }} {{ index .Values.l 1 }} {{ kindOf .Values.l }} {{ typeOf .Values }}',
        values,
      ),
      '[0 1 2] [0 3 6 9] 2 slice chartutil.Values',
    );
    assert.equal(
      render(
        '{{ merge (dict "a" 1 "n" (dict "x" 1)) (dict "a" 2 "n" (dict "y" 3)) }} {{ mergeOverwrite (dict "a" 1) (dict "a" 0) }} {{ deepCopy .Values.l }}',
        values,
      ),
      'map[a:1 n:map[x:1 y:3]] map[a:0] [1 2 3]',
    );
  });

  it('matches regular expressions with Go’s replacement syntax', () => {
    assert.equal(render('{{ regexMatch "^a.c$" "abc" }} {{ regexFind "[0-9]+" "ab123cd45" }}'), 'true 123');
    assert.equal(
      render('{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }} {{ regexReplaceAll "a*" "baaac" "-" }}'),
      '-W-xxW- -b-c-',
    );
    assert.equal(render('{{ regexReplaceAll "(a)(b)?" "ab a" "[$1|$2|$1x]" }}'), '[a|b|] [a||]');
  });

  it('encodes base64, SHA-256 and JSON as Go does', () => {
    assert.equal(render('{{ b64enc "hello wörld" }} {{ b64dec "aGVsbG8=" }}'), 'aGVsbG8gd8O2cmxk hello');
    assert.equal(render('{{ sha256sum "abc" }}'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      render('{{ toJson .Values }}', { b: { z: null }, a: [1, 2.5, '<x&y>'] }),
      '{"a":[1,2.5,"\\u003cx\\u0026y\\u003e"],"b":{"z":null}}',
    );
    assert.equal(render('{{ (fromJson "{\\"a\\": [1, 2]}").a }}'), '[1 2]');
  });

  it('reads YAML with fromYaml as sigs.k8s.io/yaml does: YAML 1.1 scalars, numbers as float64s', () => {
    const yaml = 'a: 1\nb: [x, 0x10, 017, yes, ~, 1e3, 1:20, 2024-01-01]\nc: |\n  lit\n10: ten\nd: {e: f}\na: 2\n';
    assert.equal(
      render('{{ fromYaml .Values.y }}', { y: yaml }),
      'map[10:ten a:2 b:[x 16 15 true <nil> 1000 1:20 2024-01-01] c:lit\n d:map[e:f]]',
    );
    assert.equal(
      render(
        '{{ (fromYaml (include "h" .)).port | typeOf }} {{ fromYamlArray "- a" }}',
        {},
        '{{ define "h" }}port: 80{{ end }}',
      ),
      'float64 [a]',
    );
    const bad = renderWith('{{ fromYaml "a: [" }}');
    assert.ok(!bad.ok && bad.reason === 'unsupported');
  });

  it('compares semantic versions with Masterminds/semver constraints', () => {
    assert.equal(
      render(
        '{{ semverCompare ">=1.19-0" .Capabilities.KubeVersion.GitVersion }} {{ semverCompare "<1.19" "1.18.5" }} {{ semverCompare "^1.2.3" "1.9.0" }} {{ semverCompare "~1.2" "1.3.0" }}',
      ),
      'true true true false',
    );
    assert.equal(
      render(
        '{{ semverCompare ">1.2, <2.0 || =3.0" "3.0.0" }} {{ semverCompare "1.2 - 1.4" "1.3.5" }} {{ semverCompare ">=1.0" "1.1.0-beta" }}',
      ),
      'true true false',
    );
    assert.equal(render('{{ (semver "v1.2.3-rc.1").Minor }} {{ semver "1.2" }}'), '2 1.2.0');
    assert.match(error('{{ semverCompare ">=1.0" "abc" }}'), /Invalid Semantic Version/);
  });

  it('runs include, template and tpl, with include returning a string', () => {
    const helpers = '{{- define "h" -}}\na: {{ .Values.a }}\n{{- end -}}';
    assert.equal(render('{{ include "h" . | upper }}|{{ template "h" . }}', { a: 1 }, helpers), 'A: 1|a: 1');
    assert.equal(render('{{ tpl .Values.t . }}', { t: '{{ .Values.x | lower }}', x: 'X' }), 'x');
    assert.equal(render('{{ tpl "{{ define \\"q\\" }}Q{{ end }}{{ include \\"q\\" . }}" . }}'), 'Q');
  });

  it('fails where Helm fails: required, fail, unknown templates', () => {
    assert.equal(
      error('{{ required "image.tag is required" .Values.tag }}'),
      'error calling required: image.tag is required',
    );
    assert.equal(error('{{ fail "boom" }}'), 'error calling fail: boom');
    assert.equal(error('{{ template "nope" }}'), 'template "nope" not defined');
    assert.match(error('{{ include "nope" . }}'), /no template "nope"/);
    assert.equal(render('{{ required "x" 0 }}'), '0');
  });
});
