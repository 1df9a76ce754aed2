import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { type RenderContext, type TemplateFile, renderTemplate } from '../../server/src/helm/template/render';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** Every file under a chart's templates/, named as Helm names it: `<chart>/templates/…`. */
function templatesOf(chartDir: string, chartName: string): TemplateFile[] {
  const walk = (dir: string, prefix: string): TemplateFile[] =>
    readdirSync(dir)
      .sort()
      .flatMap((entry) =>
        statSync(join(dir, entry)).isDirectory()
          ? walk(join(dir, entry), `${prefix}/${entry}`)
          : [{ name: `${prefix}/${entry}`, text: readFileSync(join(dir, entry), 'utf8') }],
      );
  return walk(join(chartDir, 'templates'), `${chartName}/templates`);
}

/** The documents of `helm template` output, by the template named on their `# Source:` line. */
function documentsOf(rendered: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const part of rendered.split(/^---\n/m).slice(1)) {
    const match = /^# Source: (.+)\n([\s\S]*)$/.exec(part);
    assert.ok(match, `a document without a # Source: line: ${part.slice(0, 60)}`);
    documents.set(match[1] ?? '', (match[2] ?? '').replace(/\n$/, ''));
  }
  return documents;
}

type Plain = Record<string, unknown>;
const isMap = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Helm's coalescing of a values file over the chart's values.yaml: maps merge, anything else is replaced. */
function coalesce(base: unknown, override: unknown): unknown {
  if (!isMap(base) || !isMap(override)) return override;
  const merged: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = coalesce(base[key], value);
  return merged;
}

function chartContext(chartDir: string, chartName: string, release: string, overrides?: string): RenderContext {
  let values: unknown = parse(readFileSync(join(chartDir, 'values.yaml'), 'utf8'));
  if (overrides) values = coalesce(values, parse(readFileSync(overrides, 'utf8')));
  return {
    values,
    chart: parse(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as Record<string, unknown>,
    release: { name: release },
    templates: templatesOf(chartDir, chartName),
  };
}

/** Renders every template that is not a partial and compares it with the document Helm printed for it. */
function assertRendersLikeHelm(context: RenderContext, renderedFile: string): void {
  const expected = documentsOf(readFileSync(renderedFile, 'utf8'));
  const rendered = new Set<string>();
  for (const template of context.templates) {
    if (template.name.split('/').pop()?.startsWith('_')) continue;
    const result = renderTemplate(template.name, context);
    assert.ok(result.ok, `${template.name}: ${result.ok ? '' : `${result.reason}: ${result.message}`}`);
    // helm template trims each document and leaves out those that render to nothing.
    const text = result.text.trim();
    if (text === '') {
      assert.equal(expected.has(template.name), false, `${template.name} rendered to nothing`);
      continue;
    }
    assert.equal(text, expected.get(template.name), template.name);
    rendered.add(template.name);
  }
  assert.deepEqual([...rendered].sort(), [...expected.keys()].sort());
}

describe('rendering whole charts as helm template does', () => {
  it('renders the shop fixture to what helm template printed for it', () => {
    const context = chartContext(join(FIXTURES, 'helm', 'shop'), 'shop', 'release');
    assertRendersLikeHelm(context, join(FIXTURES, 'helm', 'rendered.yaml'));
  });

  // The expected files hold what `helm template demo ./demo` prints for the Helm 3.14+ `helm create`
  // scaffold. They were produced with Go's text/template, Sprig 3.2.3 and sigs.k8s.io/yaml (the
  // libraries Helm renders with) and checked line by line against Helm's rules: include's output
  // re-indented by nindent, toYaml's sorted keys and unindented sequences, a float64 from
  // values.yaml printing as 1e+06, fullname collapsing when the release name holds the chart name.
  it('renders the helm create scaffold with its default values', () => {
    const context = chartContext(join(FIXTURES, 'helm-template', 'demo'), 'demo', 'demo');
    assertRendersLikeHelm(context, join(FIXTURES, 'helm-template', 'demo.rendered.yaml'));
  });

  it('renders the helm create scaffold with every optional part switched on', () => {
    const context = chartContext(
      join(FIXTURES, 'helm-template', 'demo'),
      'demo',
      'demo',
      join(FIXTURES, 'helm-template', 'demo-everything.values.yaml'),
    );
    assertRendersLikeHelm(context, join(FIXTURES, 'helm-template', 'demo-everything.rendered.yaml'));
  });

  it('keeps the values it was given unchanged, even when a template sets keys in them', () => {
    const values = { ingress: { annotations: {} } };
    const context: RenderContext = {
      values,
      chart: { name: 'c' },
      templates: [
        {
          name: 'c/templates/a.yaml',
          text: '{{ $_ := set .Values.ingress.annotations "k" "v" }}{{ .Values.ingress }}',
        },
      ],
    };
    const result = renderTemplate('c/templates/a.yaml', context);
    assert.ok(result.ok);
    assert.equal(result.text, 'map[annotations:map[k:v]]');
    assert.deepEqual(values, { ingress: { annotations: {} } });
  });

  it('renders a normal template well under 10 ms once warm', () => {
    const context = chartContext(join(FIXTURES, 'helm-template', 'demo'), 'demo', 'demo');
    renderTemplate('demo/templates/deployment.yaml', context);
    const started = performance.now();
    for (let i = 0; i < 20; i++) renderTemplate('demo/templates/deployment.yaml', context);
    assert.ok((performance.now() - started) / 20 < 10);
  });
});
