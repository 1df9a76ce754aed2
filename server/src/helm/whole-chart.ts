/**
 * Whether a chart renders whole: only then are its templates judged by the cross-file rules, since
 * a template that cannot be rendered hides objects the others may refer to (a Service would seem
 * to select nothing). So does a dependency not fetched into `charts/` yet: its templates are not
 * there to render.
 */
import type { Config } from '../engine/config';
import type { HelmChart } from './chart-files';
import type { TemplateFile } from './template/render';
import { renderHelmTemplate } from './lint-template';
import { kubeVersionRefusal } from './chart-metadata';

const wholeCharts = new WeakMap<HelmChart, Map<string, boolean>>();

/** Whether every manifest template of the chart renders with its values (each chart read is judged once). */
export function chartRendersWhole(chart: HelmChart, config: Config): boolean {
  if (
    chart.problem ||
    chart.unfetched ||
    chart.stops ||
    chart.release?.off ||
    kubeVersionRefusal(chart.release?.chart ?? chart.chart, config.kubernetesVersion)
  )
    return false;
  let known = wholeCharts.get(chart);
  if (!known) wholeCharts.set(chart, (known = new Map()));
  const release = config.kubernetesVersion;
  let whole = known.get(release);
  if (whole === undefined) {
    whole = ownManifestTemplates(chart).every(
      (file) => renderHelmTemplate(file.text, { chart, name: file.name }, config).ok,
    );
    known.set(release, whole);
  }
  return whole;
}

/**
 * The chart's own manifest templates (not its subcharts', which are read as charts of their own,
 * in their parent's release, and when packed have no file to point at).
 */
export function ownManifestTemplates(chart: HelmChart): TemplateFile[] {
  const own = `${chart.name}/templates/`;
  return chart.templates.filter((file) => file.name.startsWith(own) && isManifestTemplate(file.name));
}

/** Helm installs what every template but a partial (`_helpers.tpl`) and NOTES.txt renders; the YAML ones are read here. */
export function isManifestTemplate(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1);
  return !base.startsWith('_') && /\.ya?ml$/i.test(base);
}
