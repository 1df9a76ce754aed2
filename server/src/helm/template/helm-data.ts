/**
 * The data Helm hands a template: `.Values`, `.Release`, `.Chart`, `.Capabilities`, `.Template`
 * and `.Files`, with the Go types `helm template` gives them.
 */
import { RenderFailure } from './failure';
import { formatShortest } from './go-float';
import { parseVersion } from './semver';
import {
  GoMap,
  GoSlice,
  GoStruct,
  type GoMethod,
  type GoValue,
  INTERFACE_MAP,
  VALUES_MAP,
  fromPlain,
  markValuesPath,
  newInt,
  newMap,
} from './values';
import { isRecord } from '../../engine/plain-data';

export interface HelmInputs {
  values: unknown;
  chart: Record<string, unknown>;
  release?: { name?: string; namespace?: string };
  capabilities?: { kubeVersion?: string; hasApiVersion?: (groupVersionOrGvk: string) => boolean };
}

/** Why a template that reads `.Files` is not rendered. */
export const FILES_UNSUPPORTED = "`.Files` reads the chart's other files, which this renderer is not given.";

const badChart = (field: string): RenderFailure =>
  RenderFailure.unsupported(`Chart.yaml's \`${field}\` has a type Helm would not load.`);

/**
 * sigs.k8s.io/yaml reading a YAML scalar into a Go string field: a number or boolean becomes text
 * again, numbers in their float32 form (`1.10` → `1.1`, `72225e2` → `7.2225e+06`); undefined for
 * a value it cannot turn into text.
 */
export function helmStringOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (Number.isInteger(value) && Math.abs(value) < 2 ** 53) return String(value);
    for (let digits = 1; digits <= 9; digits++) {
      const candidate = Number(value.toPrecision(digits));
      if (Math.fround(candidate) === Math.fround(value)) return formatShortest(candidate);
    }
  }
  return undefined;
}

function chartString(value: unknown, field: string): string {
  const text = helmStringOf(value);
  if (text === undefined) throw badChart(field);
  return text;
}

function chartStrings(value: unknown, field: string): GoSlice {
  if (value === undefined || value === null) return new GoSlice('[]string', 'string', [], true);
  if (!Array.isArray(value)) throw badChart(field);
  return new GoSlice(
    '[]string',
    'string',
    value.map((item) => chartString(item, field)),
  );
}

/** encoding/json matches object keys to struct fields ignoring case. */
function field(source: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(source, name)) return source[name];
  const key = Object.keys(source).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : source[key];
}

function structList(
  value: unknown,
  fieldName: string,
  typeName: string,
  build: (item: Record<string, unknown>) => GoStruct,
): GoSlice {
  if (value === undefined || value === null) return new GoSlice(typeName, 'any', [], true);
  if (!Array.isArray(value)) throw badChart(fieldName);
  return new GoSlice(
    typeName,
    'any',
    value.map((item) => {
      if (!isRecord(item)) throw badChart(fieldName);
      return build(item);
    }),
  );
}

function chartData(chart: Record<string, unknown>): GoStruct {
  const strings = [
    'name',
    'home',
    'version',
    'description',
    'icon',
    'apiVersion',
    'condition',
    'tags',
    'appVersion',
    'kubeVersion',
    'type',
  ];
  const fields = new Map<string, GoValue>();
  for (const name of strings) fields.set(name[0]?.toUpperCase() + name.slice(1), chartString(field(chart, name), name));
  fields.set('APIVersion', fields.get('ApiVersion') ?? '');
  fields.delete('ApiVersion');
  fields.set('Sources', chartStrings(field(chart, 'sources'), 'sources'));
  fields.set('Keywords', chartStrings(field(chart, 'keywords'), 'keywords'));
  const deprecated = field(chart, 'deprecated');
  if (deprecated !== undefined && deprecated !== null && typeof deprecated !== 'boolean') throw badChart('deprecated');
  fields.set('Deprecated', deprecated === true);
  const annotations = field(chart, 'annotations');
  if (annotations !== undefined && annotations !== null && !isRecord(annotations)) throw badChart('annotations');
  const annotationEntries = new Map<string, GoValue>();
  for (const [key, value] of Object.entries(annotations ?? {}))
    annotationEntries.set(key, chartString(value, 'annotations'));
  fields.set(
    'Annotations',
    new GoMap('map[string]string', 'string', annotationEntries, annotations === undefined || annotations === null),
  );
  fields.set(
    'Maintainers',
    structList(field(chart, 'maintainers'), 'maintainers', '[]*chart.Maintainer', (item) => {
      const entries = new Map<string, GoValue>(
        ['name', 'email', 'url'].map((key) => [
          key === 'url' ? 'URL' : key[0]?.toUpperCase() + key.slice(1),
          chartString(field(item, key), 'maintainers'),
        ]),
      );
      return new GoStruct('*chart.Maintainer', entries);
    }),
  );
  fields.set(
    'Dependencies',
    structList(field(chart, 'dependencies'), 'dependencies', '[]*chart.Dependency', (item) => {
      const entries = new Map<string, GoValue>();
      for (const key of ['name', 'version', 'repository', 'condition', 'alias']) {
        entries.set(key[0]?.toUpperCase() + key.slice(1), chartString(field(item, key), 'dependencies'));
      }
      entries.set('Tags', chartStrings(field(item, 'tags'), 'dependencies'));
      entries.set('Enabled', field(item, 'enabled') === true);
      return new GoStruct('*chart.Dependency', entries, new Map(), new Set(['ImportValues']));
    }),
  );
  fields.set('IsRoot', true);
  return new GoStruct('struct { chart.Metadata; IsRoot bool }', fields, new Map(), new Set(['Validate']));
}

function kubeVersion(text: string | undefined): GoStruct {
  let version = 'v1.31.0';
  let major = '1';
  let minor = '31';
  if (text !== undefined) {
    const parsed = parseVersion(text);
    version = `v${parsed.major}.${parsed.minor}.${parsed.patch}${parsed.pre ? '-' + parsed.pre : ''}${parsed.metadata ? '+' + parsed.metadata : ''}`;
    major = String(parsed.major);
    minor = String(parsed.minor);
  }
  const method = (call: () => GoValue): GoMethod => ({ params: [], call });
  return new GoStruct(
    'chartutil.KubeVersion',
    new Map<string, GoValue>([
      ['Version', version],
      ['Major', major],
      ['Minor', minor],
    ]),
    new Map([
      ['String', method(() => version)],
      ['GitVersion', method(() => version)],
    ]),
  );
}

function capabilities(inputs: HelmInputs['capabilities']): GoStruct {
  const hasApiVersion = inputs?.hasApiVersion;
  const has: GoMethod = {
    params: ['string'],
    call: ([name]) => {
      if (!hasApiVersion) {
        throw RenderFailure.unsupported(
          '`.Capabilities.APIVersions.Has` depends on the cluster, and no API list was given.',
        );
      }
      return hasApiVersion(typeof name === 'string' ? name : '');
    },
  };
  const apiVersions = new GoStruct(
    'chartutil.VersionSet',
    new Map(),
    new Map([['Has', has]]),
    new Set(),
    'Of `.Capabilities.APIVersions` only `.Has` is modelled: the full list depends on the cluster.',
  );
  return new GoStruct(
    '*chartutil.Capabilities',
    new Map<string, GoValue>([
      ['APIVersions', apiVersions],
      ['KubeVersion', kubeVersion(inputs?.kubeVersion)],
    ]),
    new Map(),
    new Set(['HelmVersion']),
  );
}

/** The root `.` of a render of the template `name`, as `helm template` builds it. */
export function rootData(name: string, inputs: HelmInputs): GoMap {
  const values = inputs.values === null || inputs.values === undefined ? newMap() : fromPlain(inputs.values, 0, []);
  if (!(values instanceof GoMap)) throw RenderFailure.unsupported('values.yaml does not hold a map.');
  const valuesMap = new GoMap(VALUES_MAP, 'any', values.entries);
  markValuesPath(valuesMap, []);
  const release = new Map<string, GoValue>([
    ['Name', inputs.release?.name ?? 'release-name'],
    ['Namespace', inputs.release?.namespace ?? 'default'],
    ['IsUpgrade', false],
    ['IsInstall', true],
    ['Revision', newInt(1)],
    ['Service', 'Helm'],
  ]);
  const templatesAt = name.indexOf('/templates/');
  const basePath =
    templatesAt >= 0 ? name.slice(0, templatesAt + '/templates'.length) : name.slice(0, name.lastIndexOf('/'));
  const files = new GoStruct('engine.files', new Map(), new Map(), new Set(), FILES_UNSUPPORTED);
  return new GoMap(
    VALUES_MAP,
    'any',
    new Map<string, GoValue>([
      ['Values', valuesMap],
      ['Release', new GoMap(INTERFACE_MAP, 'any', release)],
      ['Chart', chartData(inputs.chart)],
      ['Capabilities', capabilities(inputs.capabilities)],
      [
        'Template',
        new GoMap(
          VALUES_MAP,
          'any',
          new Map<string, GoValue>([
            ['Name', name],
            ['BasePath', basePath],
          ]),
        ),
      ],
      ['Files', files],
      [
        'Subcharts',
        new GoStruct(
          'map[string]interface {}',
          new Map(),
          new Map(),
          new Set(),
          "`.Subcharts` holds the chart's subcharts, which this renderer is not given.",
        ),
      ],
    ]),
  );
}
