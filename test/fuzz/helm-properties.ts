/**
 * Helm templates as a person types them: the bundled charts' templates mutated (with template
 * directives among the tokens) and rendered with their chart's values, or with random values.
 * Linting must never throw or hang, every finding must lie inside the template, and every fix
 * must apply and be checked like any manifest's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { HelmChart } from '../../server/src/helm/chart-files';
import type { HelmTemplate } from '../../server/src/helm/lint-template';
import type { HelmValuesFile } from '../../server/src/helm/lint-values';
import { checkAll } from './invariants';
import { applyMutations, mutationArb } from './mutate';
import type { NamedProperty } from './properties';

const CHARTS = ['helm/shop', 'helm-template/demo'].map((folder) => path.join(__dirname, '../fixtures', folder));

/** Directives and pieces of them, spliced into templates. */
const DIRECTIVES = [
  '{{ .Values.image.tag }}',
  '{{- if .Values.enabled }}',
  '{{- end }}',
  '{{ else }}',
  '{{- range .Values.list }}',
  '{{- with .Values.securityContext }}',
  '{{ toYaml . | nindent 8 }}',
  '{{- toYaml .Values.resources | nindent 12 }}',
  '{{ include "shop.fullname" . }}',
  '{{ template "x" }}',
  '{{ define "x" }}y{{ end }}',
  '{{ $x := 1 }}{{ $x }}',
  '{{ printf "%s-%d" .Release.Name 3 }}',
  '{{ .Files.Get "x" }}',
  '{{ lookup "v1" "Pod" "" "" }}',
  '{{ required "x" .Values.nothing }}',
  '{{ fail "stop" }}',
  '{{ tpl "{{ .Release.Name }}" . }}',
  '{{ until 100000 }}',
  '{{/* comment */}}',
  '{{',
  '}}',
  '{{-',
  '-}}',
  '| quote',
  '.Values.a.b.c',
];

function chartOf(root: string): { chart: HelmChart; templates: { name: string; text: string }[]; values: string } {
  const chartYaml = parse(readFileSync(path.join(root, 'Chart.yaml'), 'utf8')) as Record<string, unknown>;
  const name = String(chartYaml.name);
  const templates: { name: string; text: string }[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder).sort()) {
      const full = path.join(folder, entry);
      if (statSync(full).isDirectory()) walk(full, `${prefix}/${entry}`);
      else templates.push({ name: `${prefix}/${entry}`, text: readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(root, 'templates'), `${name}/templates`);
  const text = readFileSync(path.join(root, 'values.yaml'), 'utf8');
  const values = parse(text) as unknown;
  return {
    chart: { root: `/fuzz/${name}`, name, chart: chartYaml, values, valuesFiles: [], templates },
    templates,
    values: text,
  };
}

/** A chart's values.yaml as typed, with the chart's manifest templates that read it. */
function valuesCase(base: ReturnType<typeof chartOf>, text: string): { uri: string; values: HelmValuesFile } {
  const file = `${base.chart.root}/values.yaml`;
  let values: unknown;
  let problem: string | undefined;
  try {
    values = parse(text, { version: '1.1' }) ?? {};
  } catch {
    problem = 'values.yaml is not YAML';
  }
  const chart: HelmChart = {
    ...base.chart,
    values,
    valuesSources: [{ file, text }],
    ...(problem ? { problem } : {}),
  };
  const templates = base.templates
    .filter((template) => /\.ya?ml$/.test(template.name) && !path.basename(template.name).startsWith('_'))
    .map((template) => ({ chart, name: template.name }));
  return { uri: file, values: { templates } };
}

interface TemplateSeed {
  template: HelmTemplate;
  text: string;
  uri: string;
}

function templateSeeds(): TemplateSeed[] {
  const seeds: TemplateSeed[] = [];
  for (const root of CHARTS) {
    const { chart, templates } = chartOf(root);
    for (const file of templates) {
      if (!/\.ya?ml$/.test(file.name) || path.basename(file.name).startsWith('_')) continue;
      seeds.push({ template: { chart, name: file.name }, text: file.text, uri: `/fuzz/${file.name}` });
    }
  }
  return seeds;
}

/** JSON-like values of the shapes values.yaml holds, to render templates with values they did not expect. */
const valuesArb: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, 1, 1e6, -3.5, '', 'latest', '{{ .Release.Name }}'),
    fc.string({ maxLength: 12 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom('image', 'tag', 'enabled', 'list', 'resources', 'securityContext', 'a', 'b', 'c'),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).value;

function named<Ts extends unknown[]>(name: string, runs: number, property: fc.IRawProperty<Ts>): NamedProperty {
  return { name, runs, check: (parameters) => fc.assert(property, parameters as fc.Parameters<Ts>) };
}

export function helmProperties(): NamedProperty[] {
  const seeds = templateSeeds();
  const donors = [...seeds.map((seed) => seed.text), DIRECTIVES.join('\n')];
  const seedArb = fc.constantFrom(...seeds);
  const tokenMutations = fc.array(
    fc.oneof(
      { weight: 3, arbitrary: mutationArb },
      {
        weight: 2,
        arbitrary: fc.record({
          op: fc.constant('insert' as const),
          at: fc.nat({ max: 100_000 }),
          token: fc.constantFrom(...DIRECTIVES),
        }),
      },
    ),
    { minLength: 1, maxLength: 6 },
  );
  return [
    named(
      'mutated Helm templates',
      600,
      fc.property(seedArb, tokenMutations, (seed, mutations) => {
        checkAll(applyMutations(seed.text, mutations, donors), seed.uri, { helmTemplate: seed.template });
      }),
    ),
    named(
      'values.yaml typed, linted through its chart’s templates',
      200,
      fc.property(fc.constantFrom(...CHARTS.map(chartOf)), tokenMutations, (base, mutations) => {
        const text = applyMutations(base.values, mutations, [base.values, DIRECTIVES.join('\n')]);
        const { uri, values } = valuesCase(base, text);
        checkAll(text, uri, { helmValues: values });
      }),
    ),
    named(
      'Helm templates with random values',
      400,
      fc.property(seedArb, valuesArb, (seed, values) => {
        const template = { ...seed.template, chart: { ...seed.template.chart, values } };
        checkAll(seed.text, seed.uri, { helmTemplate: template });
      }),
    ),
  ];
}
