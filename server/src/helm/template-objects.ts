/**
 * A chart's templates as objects of the workspace index, so the cross-file rules judge a chart as
 * Helm installs it: a Service against the Deployment another template renders, a volume against
 * the ConfigMap of a third. Each template is rendered with the chart's values and its objects are
 * placed in the template (at their name, or at the directive that wrote it).
 */
import path from 'node:path';
import type { Config } from '../engine/config';
import type { IndexedObject } from '../engine/kubernetes/facts';
import { objectsOf } from '../schema/file-objects';
import type { ManifestWorkspace } from '../schema/workspace-index';
import { fileOfTemplate } from './chart-files';
import type { HelmCharts } from './helm-charts';
import { ownManifestTemplates } from './whole-chart';
import { renderHelmTemplate, type HelmTemplate } from './lint-template';
import { placedInTemplate } from './map-findings';

/** The objects a template renders to with its chart's values; none when it does not render. */
export function helmTemplateObjects(
  uri: string,
  text: string,
  template: HelmTemplate,
  config: Config,
): IndexedObject[] {
  if (template.chart.problem || template.chart.stops || template.chart.release?.off) return [];
  const rendered = renderHelmTemplate(text, template, config);
  if (!rendered.ok) return [];
  return placedInTemplate(objectsOf(RENDERED_NAME, rendered.text), text, rendered, uri);
}

/** Rendered text is read as a plain manifest: no `templates/` in its name, so `{{` in a value is text. */
const RENDERED_NAME = 'rendered.yaml';

/** Makes the index read templates' objects as rendered with their charts (the CLI's, each read once per run). */
export function indexHelmTemplates(workspace: ManifestWorkspace, charts: HelmCharts, config: Config): void {
  workspace.readHelmTemplatesWith((file, text) => {
    const template = charts.templateOf(file);
    return template ? helmTemplateObjects(file, text, template, config) : [];
  });
}

/**
 * Indexes the other templates of the charts the given files belong to: a chart is installed whole,
 * so a template linted alone (a pre-commit hook passes the files that changed) is judged beside
 * the rest of its chart, as when the chart's folder is linted.
 */
export function indexChartsAround(workspace: ManifestWorkspace, charts: HelmCharts, files: readonly string[]): void {
  const given = new Set(files.map((file) => path.resolve(file)));
  const done = new Set<string>();
  for (const file of given) {
    if (!/\.ya?ml$/i.test(file) || !/[\\/]templates[\\/]/.test(file)) continue;
    const chart = charts.templateOf(file)?.chart;
    if (!chart || done.has(chart.root)) continue;
    done.add(chart.root);
    for (const template of ownManifestTemplates(chart)) {
      const other = fileOfTemplate(chart, template.name);
      if (!given.has(other)) workspace.setFile(other, template.text);
    }
  }
}
