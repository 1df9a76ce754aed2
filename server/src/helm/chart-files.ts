/**
 * A Helm chart as its templates are rendered: the chart a template belongs to (the folder above its
 * `templates/` that holds a Chart.yaml), its Chart.yaml and values.yaml, and every template file of
 * the chart and of its subcharts, unpacked or packed (Helm parses them together, so a template may
 * `include` a named template defined in any of them). Read through a `ChartReader`, so the
 * language server can put unsaved editor text before the files on disk.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import type { TemplateFile } from './template/render';
import { checkValuesSchema, VALUES_SCHEMA_FILE } from './values-schema';
import { coalesceValues, readValuesFiles, readValuesText } from './values-files';
import { isRecord } from '../engine/plain-data';
import { MAX_PACKED_BYTES, readPackedChart } from './packed-chart';
import { chartLoadProblem, fieldKey } from './chart-metadata';
import { helmStringOf } from './template/helm-data';

export interface HelmChart {
  /** The chart's folder. */
  root: string;
  /** Chart.yaml as written (lowercase keys). */
  chart: Record<string, unknown>;
  /** values.yaml, parsed, with the values files given after it (`valuesFiles`) over it. */
  values: unknown;
  /** Values files given after values.yaml (`helm template -f`), absolute. */
  valuesFiles: string[];
  /** values.yaml and the values files as read, in the order Helm lays them over each other. */
  valuesSources?: readonly ValuesSource[];
  /** The chart's name (Chart.yaml's, else its folder's): Helm's names of its templates start with it. */
  name: string;
  /** Every template file, by the name Helm gives it (`shop/templates/deployment.yaml`), with its text. */
  templates: TemplateFile[];
  /** Why the chart cannot be rendered (values.yaml is not YAML, …); the templates then get a note saying so. */
  problem?: string;
  /** Why Helm itself would render nothing with these values (they break values.schema.json). */
  stops?: string;
  /** Why the values could not be read (a values file is not YAML, or cannot be read). */
  valuesProblem?: string;
  /**
   * The dependencies Helm loads that `charts/` does not hold (`helm dependency build` not run):
   * `helm install` and `helm template` stop, `helm lint` renders the templates all the same.
   */
  unfetched?: string[];
  /** The `dependencies` of requirements.yaml, which Helm reads in place of Chart.yaml's when the file sets them. */
  requirementsDependencies?: unknown;
  /**
   * For a subchart rendered as its parent's release renders it (subchart-release.ts): the top
   * chart's folder and Chart.yaml, the name it is installed under, and the value that leaves it out.
   */
  release?: {
    root: string;
    /** The top chart's Chart.yaml: Helm holds the release to its `kubeVersion` alone. */
    chart: Record<string, unknown>;
    as: string;
    off?: string;
  };
  /** The charts in `charts/`, unpacked or packed; undefined when a packed one could not be opened. */
  subcharts?: readonly Subchart[];
}

/** A chart in a chart's `charts/` folder, as Helm loads it. */
export interface Subchart {
  /** Its Chart.yaml's name, else its folder's (Helm matches dependencies by it). */
  name: string;
  /** Its Chart.yaml's version, as Helm reads it ('' when none). */
  version: string;
  /** Its own values.yaml, parsed; undefined when it has none or it is not YAML. */
  values: unknown;
  /** Its folder or archive, absolute. */
  file: string;
}

export interface ValuesSource {
  /** Absolute. */
  file: string;
  text: string;
  /**
   * The keys under which the chart's values sit in this file (`['backend']` in a parent's
   * values.yaml for its subchart `backend`); `global` always sits at the top.
   */
  under?: readonly string[];
}

export interface ChartReader {
  /** A file's text, or undefined when it cannot be read. */
  read(file: string): string | undefined;
  /** A file's bytes (a packed subchart), or undefined when it cannot be read; without it packed subcharts are not read. */
  readBytes?(file: string): Uint8Array | undefined;
  /** A folder's entries, or an empty list. */
  list(folder: string): { name: string; folder: boolean }[];
}

export const diskReader: ChartReader = {
  read(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  readBytes(file) {
    try {
      // At most one byte past what a packed chart may be, so a huge file is refused unread.
      const fd = openSync(file, 'r');
      try {
        const buffer = new Uint8Array(Math.min(fstatSync(fd).size, MAX_PACKED_BYTES + 1));
        return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
      } finally {
        closeSync(fd);
      }
    } catch {
      return undefined;
    }
  },
  list(folder) {
    try {
      return readdirSync(folder, { withFileTypes: true }).map((entry) => ({
        name: entry.name,
        folder: entry.isDirectory(),
      }));
    } catch {
      return [];
    }
  },
};

/** Beyond these, a chart is not read for its templates (a `templates/` of generated files, say). */
const MAX_TEMPLATE_FILES = 400;
const MAX_TEMPLATE_CHARS = 4 * 1024 * 1024;
/** How deep subcharts are looked for under `charts/`, as a chart of charts of charts may be. */
const MAX_SUBCHART_DEPTH = 3;

/**
 * The chart folder whose `templates/` holds `folder` (or is it), the nearest one; undefined when
 * none does. Partials in it (`_helpers.tpl`) are never rendered on their own (HelmCharts).
 */
export function chartRootAbove(folder: string, reader: ChartReader = diskReader): string | undefined {
  for (let at = path.resolve(folder); ;) {
    const parent = path.dirname(at);
    if (parent === at) return undefined;
    if (path.basename(at) === 'templates' && reader.read(path.join(parent, 'Chart.yaml')) !== undefined) return parent;
    at = parent;
  }
}

/**
 * The chart in the folder `root` (see chartRootAbove), read whole, its values.yaml overridden by
 * `valuesFiles` (absolute paths) as `helm template -f` overrides it. `asSubchart` reads a chart
 * whose parent's release will give it its templates and values (subchart-release.ts): neither its
 * templates nor its values.schema.json against its own values are read, as both would be replaced.
 */
export function readHelmChart(
  root: string,
  reader: ChartReader = diskReader,
  valuesFiles: string[] = [],
  asSubchart = false,
): HelmChart {
  const chartFile = path.join(root, 'Chart.yaml');
  const chartYaml = readValuesText(reader.read(chartFile), chartFile);
  const valuesFile = path.join(root, 'values.yaml');
  // The texts of the values, kept so a finding can point at the line that set a value.
  const valuesSources: ValuesSource[] = [];
  const readValues = (file: string): string | undefined => {
    const text = reader.read(file);
    if (text !== undefined) valuesSources.push({ file, text });
    return text;
  };
  const valuesYaml = readValuesText(readValues(valuesFile), valuesFile);
  const given = readValuesFiles(valuesFiles, readValues);
  const chart = 'value' in chartYaml && isRecord(chartYaml.value) ? chartYaml.value : {};
  // Helm still reads a Helm 2 chart's requirements.yaml, into the same metadata Chart.yaml fills.
  const requirementsFile = path.join(root, REQUIREMENTS_FILE);
  const requirements = readValuesText(reader.read(requirementsFile), requirementsFile);
  const requirementsDependencies = dependenciesIn(requirements);
  const loaded = loadedMetadata({ chart, requirementsDependencies });
  const name = typeof chart.name === 'string' && chart.name !== '' ? chart.name : path.basename(root);
  const templates: TemplateFile[] = [];
  const budget: TemplateBudget = { files: MAX_TEMPLATE_FILES, chars: MAX_TEMPLATE_CHARS };
  const subcharts: Subcharts = { charts: [], known: true };
  collectTemplates(reader, root, name, asSubchart ? undefined : templates, budget, 0, subcharts);
  const problem =
    'problem' in chartYaml
      ? chartYaml.problem
      : 'problem' in requirements
        ? requirements.problem
        : 'problem' in valuesYaml
          ? valuesYaml.problem
          : 'problem' in given
            ? given.problem
            : budget.files < 0 || budget.chars < 0
              ? `the chart has more than ${MAX_TEMPLATE_FILES} template files or ${MAX_TEMPLATE_CHARS / (1024 * 1024)} MB of them`
              : budget.problem;
  const defaults =
    'value' in valuesYaml && valuesYaml.value !== undefined && valuesYaml.value !== null ? valuesYaml.value : {};
  const values = 'values' in given && valuesFiles.length > 0 ? coalesceValues(defaults, given.values) : defaults;
  const label = valuesLabel({ valuesFiles });
  const valuesProblem = 'problem' in valuesYaml ? valuesYaml.problem : 'problem' in given ? given.problem : undefined;
  // Helm loads Chart.yaml before it reads the values: a chart it cannot load stops there.
  const unloadable =
    problem || !('value' in chartYaml)
      ? undefined
      : chartLoadProblem(isRecord(chartYaml.value) ? loaded : chartYaml.value);
  const schema =
    problem || unloadable || asSubchart
      ? {}
      : checkValuesSchema(reader.read(path.join(root, VALUES_SCHEMA_FILE)), values, label);
  const missing =
    problem || unloadable || !subcharts.known
      ? undefined
      : missingDependencies(
          loaded,
          subcharts.charts.map((subchart) => subchart.name),
        );
  // Dependencies not fetched yet stop `helm install` and `helm template`, not `helm lint`, which
  // renders the templates all the same: so are they here (a fresh clone has no charts/ to read).
  const why = problem ?? (unloadable ? `Helm cannot load the chart (${unloadable})` : undefined) ?? schema.problem;
  return {
    root,
    chart,
    name,
    values,
    valuesFiles,
    valuesSources,
    templates,
    ...(why ? { problem: why } : {}),
    ...(schema.stops ? { stops: schema.stops } : {}),
    ...(valuesProblem ? { valuesProblem } : {}),
    ...(requirementsDependencies !== undefined ? { requirementsDependencies } : {}),
    ...(missing && missing.length > 0 ? { unfetched: missing } : {}),
    ...(subcharts.known ? { subcharts: subcharts.charts } : {}),
  };
}

/** The values a chart is rendered with, as its notes name them: `values.yaml`, then each `-f` file. */
export function valuesLabel(chart: Pick<HelmChart, 'valuesFiles'>): string {
  return ['values.yaml', ...chart.valuesFiles.map((file) => path.basename(file))].join(' + ');
}

/** What may still be read of a chart's templates, and why a part of it could not be. */
interface TemplateBudget {
  files: number;
  chars: number;
  problem?: string;
}

/** Helm 2's list of a chart's dependencies, still read by Helm 3. */
export const REQUIREMENTS_FILE = 'requirements.yaml';

/** The `dependencies` a requirements.yaml sets (null included), or undefined when it sets none. */
function dependenciesIn(requirements: { value: unknown } | { problem: string }): unknown {
  if (!('value' in requirements) || !isRecord(requirements.value)) return undefined;
  const key = fieldKey(requirements.value, 'dependencies');
  return key === undefined ? undefined : (requirements.value[key] ?? null);
}

/**
 * The metadata Helm loads: Chart.yaml's, with its dependencies replaced by requirements.yaml's when
 * that file sets them, as decoding requirements.yaml over it replaces them.
 */
export function loadedMetadata(chart: Pick<HelmChart, 'chart' | 'requirementsDependencies'>): Record<string, unknown> {
  if (chart.requirementsDependencies === undefined) return chart.chart;
  const kept = Object.entries(chart.chart).filter(([key]) => key.toLowerCase() !== 'dependencies');
  return Object.fromEntries([...kept, ['dependencies', chart.requirementsDependencies]]);
}

/** A chart's own subcharts; not known when a packed one could not be opened. */
interface Subcharts {
  charts: Subchart[];
  known: boolean;
}

/**
 * The dependencies Chart.yaml lists that no subchart in `charts/` answers to by name, which stop
 * `helm template` and `helm install` before anything renders (Helm's CheckDependencies).
 */
function missingDependencies(chart: Record<string, unknown>, subcharts: readonly string[]): string[] | undefined {
  // Keys of any case, as Go decodes them; an entry without a name is missing too, as Helm finds no chart named "".
  const listKey = fieldKey(chart, 'dependencies');
  const listed: unknown = listKey === undefined ? undefined : chart[listKey];
  const missing = (Array.isArray(listed) ? listed : [])
    .map((dependency: unknown) => {
      if (!isRecord(dependency)) return undefined;
      const nameKey = fieldKey(dependency, 'name');
      return nameKey === undefined ? '' : helmStringOf(dependency[nameKey]);
    })
    .filter((name): name is string => name !== undefined && !subcharts.includes(name));
  return missing.length > 0 ? missing : undefined;
}

/**
 * The templates of a chart and its subcharts, unpacked or packed, named as Helm names them; with no
 * `templates` to fill, only the chart's own subcharts are listed.
 */
function collectTemplates(
  reader: ChartReader,
  root: string,
  helmName: string,
  templates: TemplateFile[] | undefined,
  budget: TemplateBudget,
  depth: number,
  subcharts?: Subcharts,
): void {
  const walk = (folder: string, prefix: string, into: TemplateFile[]): void => {
    for (const entry of reader.list(folder).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (budget.files < 0 || budget.chars < 0) return;
      const full = path.join(folder, entry.name);
      const name = `${prefix}/${entry.name}`;
      if (entry.folder) {
        walk(full, name, into);
        continue;
      }
      const text = reader.read(full);
      if (text === undefined) continue;
      budget.files--;
      budget.chars -= text.length;
      into.push({ name, text });
    }
  };
  if (templates) walk(path.join(root, 'templates'), `${helmName}/templates`, templates);
  if (depth >= MAX_SUBCHART_DEPTH) return;
  for (const entry of reader.list(path.join(root, 'charts'))) {
    // Helm's loader passes over entries whose names start with `_` or `.`.
    if (/^[_.]/.test(entry.name)) continue;
    const subchart = path.join(root, 'charts', entry.name);
    if (!entry.folder) {
      if (!entry.name.endsWith('.tgz')) continue;
      const packed = collectPacked(reader, subchart, helmName, templates, budget);
      if (packed !== undefined) subcharts?.charts.push(packed);
      else if (subcharts) subcharts.known = false;
      continue;
    }
    const chartYaml = reader.read(path.join(subchart, 'Chart.yaml'));
    if (chartYaml === undefined) continue;
    const described = readValuesText(chartYaml, 'Chart.yaml');
    const subName = chartName(described, entry.name);
    if (subcharts) {
      const values = path.join(subchart, 'values.yaml');
      subcharts.charts.push(subchartOf(described, subName, readValuesText(reader.read(values), values), subchart));
    }
    if (templates) collectTemplates(reader, subchart, `${helmName}/charts/${subName}`, templates, budget, depth + 1);
  }
}

/**
 * The templates of a packed subchart (`charts/common-2.20.0.tgz`, as `helm dependency build`
 * leaves it): the named templates a parent includes from a library chart are there.
 */
function collectPacked(
  reader: ChartReader,
  file: string,
  helmName: string,
  templates: TemplateFile[] | undefined,
  budget: TemplateBudget,
): Subchart | undefined {
  const bytes = reader.readBytes?.(file);
  if (bytes === undefined) return undefined;
  const packed = readPackedChart(bytes);
  if ('problem' in packed) {
    budget.problem ??= `${path.basename(file)} cannot be read: ${packed.problem}`;
    return undefined;
  }
  const described = readValuesText(packed.files.get('Chart.yaml'), 'Chart.yaml');
  const name = chartName(described, packed.folder);
  const subchart = subchartOf(described, name, readValuesText(packed.files.get('values.yaml'), 'values.yaml'), file);
  if (!templates) return subchart;
  for (const [inner, text] of [...packed.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!inner.startsWith('templates/')) continue;
    if (budget.files < 0 || budget.chars < 0) return subchart;
    budget.files--;
    budget.chars -= text.length;
    templates.push({ name: `${helmName}/charts/${name}/${inner}`, text });
  }
  return subchart;
}

function subchartOf(
  chartYaml: { value: unknown } | { problem: string },
  name: string,
  values: { value: unknown } | { problem: string },
  file: string,
): Subchart {
  const version = 'value' in chartYaml && isRecord(chartYaml.value) ? helmStringOf(chartYaml.value.version) : '';
  return { name, version: version ?? '', values: 'value' in values ? values.value : undefined, file };
}

/** A subchart's name as Helm names its templates: its Chart.yaml's `name`, else its folder's. */
function chartName(chartYaml: { value: unknown } | { problem: string }, folder: string): string {
  const declared = 'value' in chartYaml && isRecord(chartYaml.value) ? chartYaml.value.name : undefined;
  return typeof declared === 'string' && declared !== '' ? declared : folder;
}

/** The name Helm gives a file of the chart: the chart's name, then the path in its folder. */
export function helmNameOf(chart: HelmChart, file: string): string {
  return [chart.name, ...path.relative(chart.root, path.resolve(file)).split(path.sep)].join('/');
}

/** The file of a template Helm names `name` in the chart (helmNameOf's inverse). */
export function fileOfTemplate(chart: HelmChart, name: string): string {
  return path.join(chart.root, ...name.slice(chart.name.length + 1).split('/'));
}
