/**
 * Chart.yaml as Helm reads it: the fields of Helm's `Metadata`, `Maintainer` and `Dependency`
 * (helm.sh/helm pkg/chart/v2), the types Go's JSON decoding holds them to, and the checks Helm's
 * loader makes before it renders anything (`Metadata.Validate`). The Chart.yaml rules, the hover
 * on its keys and the renderer (a chart Helm cannot load renders nothing) all read from here.
 */
import type { LocalizedText } from '../engine/rule';
import { parseVersion, semverCompare } from './template/semver';
import { helmStringOf } from './template/helm-data';

/** How Go decodes a field: into a string, a bool, a list of strings, a map of strings, or a list of structs. */
export type FieldType = 'string' | 'bool' | 'strings' | 'stringMap' | 'list' | 'maintainers' | 'dependencies';

export interface ChartField {
  key: string;
  type: FieldType;
  description: LocalizedText;
}

const field = (key: string, type: FieldType, en: string, ko: string): ChartField => ({
  key,
  type,
  description: { en, ko },
});

export const CHART_FIELDS: readonly ChartField[] = [
  field(
    'apiVersion',
    'string',
    'The chart format: `v2` for Helm 3 and later (dependencies and `type` live in Chart.yaml), `v1` for charts written for Helm 2. Required.',
    '차트 형식입니다. Helm 3 이후는 `v2`(의존성과 `type`을 Chart.yaml에 씀), Helm 2용 차트는 `v1`입니다. 필수입니다.',
  ),
  field(
    'name',
    'string',
    'The chart’s name: lowercase letters, digits and dashes. Helm names the chart’s templates and, with `helm create`’s helpers, its objects after it. Required.',
    '차트 이름입니다. 소문자, 숫자, 대시만 씁니다. Helm은 템플릿 이름을, `helm create`의 헬퍼는 오브젝트 이름을 이것으로 짓습니다. 필수입니다.',
  ),
  field(
    'version',
    'string',
    'The chart’s own version, in SemVer (`1.4.2`): raise it whenever the chart changes, so a release names exactly what was installed. Required.',
    '차트 자체의 버전으로 SemVer(`1.4.2`)로 씁니다. 차트가 바뀔 때마다 올려야 릴리스가 무엇을 설치했는지 정확히 가리킵니다. 필수입니다.',
  ),
  field(
    'kubeVersion',
    'string',
    'A SemVer range of the Kubernetes releases the chart supports (`>=1.28.0-0`): Helm refuses to install the chart on a cluster outside it.',
    '차트가 지원하는 쿠버네티스 릴리스의 SemVer 범위(`>=1.28.0-0`)입니다. 범위 밖의 클러스터에는 Helm이 설치를 거부합니다.',
  ),
  field('description', 'string', 'A one-sentence description of the chart.', '차트를 한 문장으로 설명합니다.'),
  field(
    'type',
    'string',
    '`application` (the default: its templates are installed) or `library` (named templates for other charts, never installed itself).',
    '`application`(기본값, 템플릿이 설치됨) 또는 `library`(다른 차트가 쓸 이름 있는 템플릿만 담고 스스로는 설치되지 않음)입니다.',
  ),
  field('keywords', 'strings', 'Words a chart repository searches by.', '차트 저장소가 검색에 쓰는 낱말 목록입니다.'),
  field('home', 'string', 'The URL of the project’s home page.', '프로젝트 홈페이지의 URL입니다.'),
  field(
    'sources',
    'strings',
    'URLs of the chart’s and the application’s source code.',
    '차트와 애플리케이션 소스 코드의 URL 목록입니다.',
  ),
  field(
    'dependencies',
    'dependencies',
    'The charts this chart needs (`apiVersion: v2`): `helm dependency build` fetches them into `charts/`, and their values go under their name (or `alias`).',
    '이 차트가 필요로 하는 차트 목록입니다(`apiVersion: v2`). `helm dependency build`가 `charts/`로 받아 오며, 그 값은 이름(또는 `alias`) 아래에 둡니다.',
  ),
  field(
    'maintainers',
    'maintainers',
    'The people who maintain the chart: each a `name`, with an `email` or `url`.',
    '차트를 유지보수하는 사람들입니다. 각각 `name`과 `email` 또는 `url`을 씁니다.',
  ),
  field(
    'icon',
    'string',
    'The URL of an SVG or PNG image a chart repository shows.',
    '차트 저장소가 보여 줄 SVG나 PNG 이미지의 URL입니다.',
  ),
  field(
    'appVersion',
    'string',
    'The version of the application the chart installs (often the image tag `helm create`’s Deployment uses). Quote it: YAML reads `1.10` as the number 1.1.',
    '차트가 설치하는 애플리케이션의 버전입니다(`helm create`의 디플로이먼트가 이미지 태그로 쓰는 경우가 많음). 따옴표로 감싸세요. YAML은 `1.10`을 숫자 1.1로 읽습니다.',
  ),
  field(
    'deprecated',
    'bool',
    '`true` when the chart is no longer maintained: repositories and `helm lint` warn its users.',
    '차트를 더 이상 유지보수하지 않으면 `true`로 둡니다. 저장소와 `helm lint`가 사용자에게 경고합니다.',
  ),
  field(
    'annotations',
    'stringMap',
    'Text for other tools (Artifact Hub reads `artifacthub.io/…`): every value must be a string, so quote `true` and numbers.',
    '다른 도구를 위한 텍스트입니다(Artifact Hub는 `artifacthub.io/…`를 읽음). 값은 모두 문자열이어야 하므로 `true`나 숫자는 따옴표로 감싸세요.',
  ),
  field(
    'condition',
    'string',
    'Unused by Helm 3: a dependency’s `condition` is written in the parent’s Chart.yaml.',
    'Helm 3은 쓰지 않습니다. 의존성의 `condition`은 부모 Chart.yaml에 씁니다.',
  ),
  field(
    'tags',
    'string',
    'Unused by Helm 3: a dependency’s `tags` are written in the parent’s Chart.yaml.',
    'Helm 3은 쓰지 않습니다. 의존성의 `tags`는 부모 Chart.yaml에 씁니다.',
  ),
];

export const MAINTAINER_FIELDS: readonly ChartField[] = [
  field(
    'name',
    'string',
    'The maintainer’s name (a person or an organisation). Required.',
    '유지보수자의 이름(사람 또는 조직)입니다. 필수입니다.',
  ),
  field('email', 'string', 'An email address to reach the maintainer.', '유지보수자에게 연락할 이메일 주소입니다.'),
  field('url', 'string', 'A URL for the maintainer.', '유지보수자의 URL입니다.'),
];

export const DEPENDENCY_FIELDS: readonly ChartField[] = [
  field(
    'name',
    'string',
    'The dependency chart’s name, as its own Chart.yaml says. Required.',
    '의존 차트의 이름으로, 그 차트의 Chart.yaml에 적힌 그대로입니다. 필수입니다.',
  ),
  field(
    'version',
    'string',
    'A SemVer version or range (`~15.2.0`) of the dependency.',
    '의존 차트의 SemVer 버전이나 범위(`~15.2.0`)입니다.',
  ),
  field(
    'repository',
    'string',
    'Where the dependency comes from: a repository URL, `oci://…`, `@name` of an added repository, or `file://../path`.',
    '의존 차트를 받아 올 곳입니다. 저장소 URL, `oci://…`, 추가한 저장소의 `@이름`, 또는 `file://../경로`입니다.',
  ),
  field(
    'condition',
    'string',
    'Value paths (`postgresql.enabled`, comma-separated) whose first boolean enables the dependency.',
    '의존 차트를 켤지 정하는 값 경로(`postgresql.enabled`, 쉼표로 구분)입니다. 처음 찾은 불리언 값이 쓰입니다.',
  ),
  field(
    'tags',
    'strings',
    'Names under the values’ `tags:` that enable the dependency together with others.',
    '값의 `tags:` 아래 이름들로, 다른 의존 차트와 함께 켜고 끕니다.',
  ),
  field(
    'enabled',
    'bool',
    'Set by Helm from `condition` and `tags`; not written by hand.',
    'Helm이 `condition`과 `tags`로 정하는 값이라 직접 쓰지 않습니다.',
  ),
  field(
    'import-values',
    'list',
    'Values of the dependency copied into the parent’s values.',
    '의존 차트의 값 중 부모 값으로 복사할 것들입니다.',
  ),
  field(
    'alias',
    'string',
    'Another name for the dependency (letters, digits, `-`, `_`): its values go under it, and one chart may be a dependency twice.',
    '의존 차트의 다른 이름(문자, 숫자, `-`, `_`)입니다. 그 값은 이 이름 아래에 두며, 한 차트를 두 번 의존할 수도 있습니다.',
  ),
  field(
    'depends-on',
    'strings',
    'Dependencies (names or aliases) installed and ready before this one (Helm 4).',
    '이 의존 차트보다 먼저 설치되어 준비되어야 할 의존 차트들(이름이나 별칭)입니다(Helm 4).',
  ),
];

/**
 * The fields of the struct found at a path of Chart.yaml, or undefined when the path leads to none.
 * A list index may be a number or its digits (`'0'`), as a path read from the text has them.
 */
export function fieldsAt(path: readonly (string | number)[]): readonly ChartField[] | undefined {
  if (path.length === 0) return CHART_FIELDS;
  if (path.length === 2 && /^\d+$/.test(String(path[1]))) {
    if (path[0] === 'maintainers') return MAINTAINER_FIELDS;
    if (path[0] === 'dependencies') return DEPENDENCY_FIELDS;
  }
  return undefined;
}

/**
 * The key of a map Go's JSON decoding fills a field from: the exact spelling, else one that differs
 * only in case (`Version:` sets the version).
 */
export function fieldKey(map: Readonly<Record<string, unknown>>, field: string): string | undefined {
  if (Object.hasOwn(map, field)) return field;
  return Object.keys(map).find((key) => key.toLowerCase() === field.toLowerCase());
}

/** A field of a struct by key: Go's JSON decoding matches names regardless of case, as Helm reads them. */
export function findField(fields: readonly ChartField[], key: string): ChartField | undefined {
  return fields.find((f) => f.key === key) ?? fields.find((f) => f.key.toLowerCase() === key.toLowerCase());
}

export type JsonType = 'string' | 'number' | 'boolean' | 'null' | 'list' | 'map';

export function jsonType(value: unknown): JsonType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return value instanceof Date ? 'string' : 'map';
  if (typeof value === 'number' || typeof value === 'bigint') return 'number';
  return typeof value === 'boolean' ? 'boolean' : 'string';
}

/** A value Go cannot decode into its field: Helm stops loading the chart ("cannot unmarshal …"). */
export interface TypeMismatch {
  path: (string | number)[];
  expected: 'string' | 'boolean' | 'list' | 'map';
  actual: JsonType;
}

/** Every value of Chart.yaml Go's decoding refuses, in the order of the file's keys. Unknown keys are not here. */
export function typeMismatches(value: Record<string, unknown>): TypeMismatch[] {
  const found: TypeMismatch[] = [];
  checkStruct(value, CHART_FIELDS, [], found);
  return found;
}

function checkStruct(
  value: Record<string, unknown>,
  fields: readonly ChartField[],
  path: (string | number)[],
  found: TypeMismatch[],
): void {
  for (const [key, item] of Object.entries(value)) {
    const known = findField(fields, key);
    if (known) checkField(item, known.type, [...path, key], found);
  }
}

function checkField(value: unknown, type: FieldType, path: (string | number)[], found: TypeMismatch[]): void {
  const actual = jsonType(value);
  // JSON null leaves a Go field at its zero value: never an error.
  if (actual === 'null') return;
  const expect = (expected: TypeMismatch['expected']): boolean => {
    if (expected !== actual) found.push({ path, expected, actual });
    return expected === actual;
  };
  switch (type) {
    case 'string':
      expect('string');
      return;
    case 'bool':
      expect('boolean');
      return;
    case 'strings':
      if (expect('list')) (value as unknown[]).forEach((item, i) => checkField(item, 'string', [...path, i], found));
      return;
    case 'stringMap':
      if (expect('map'))
        for (const [key, item] of Object.entries(value as Record<string, unknown>))
          checkField(item, 'string', [...path, key], found);
      return;
    case 'list':
      expect('list');
      return;
    case 'maintainers':
    case 'dependencies':
      if (!expect('list')) return;
      (value as unknown[]).forEach((item, i) => {
        const itemPath = [...path, i];
        const itemType = jsonType(item);
        if (itemType === 'map')
          checkStruct(
            item as Record<string, unknown>,
            type === 'maintainers' ? MAINTAINER_FIELDS : DEPENDENCY_FIELDS,
            itemPath,
            found,
          );
        else if (itemType !== 'null') found.push({ path: itemPath, expected: 'map', actual: itemType });
      });
  }
}

/** A number or boolean where Helm wants text, which sigs.k8s.io/yaml writes back as text (helmStringOf). */
export function convertedToText(mismatch: TypeMismatch): boolean {
  return mismatch.expected === 'string' && (mismatch.actual === 'number' || mismatch.actual === 'boolean');
}

const ALIAS = /^[a-zA-Z0-9_-]+$/;

/**
 * Why Helm cannot load a chart with this Chart.yaml, in Helm's words (its loader stops before any
 * template renders), or undefined when it can. `value` is Chart.yaml read as YAML.
 */
export function chartLoadProblem(value: unknown): string | undefined {
  if (jsonType(value) !== 'map') return 'Chart.yaml is not a mapping: chart.metadata is required';
  const chart = value as Record<string, unknown>;
  // sigs.k8s.io/yaml turns a number or boolean back into text where Helm wants text: no stop there.
  const mismatch = typeMismatches(chart).find((found) => !convertedToText(found));
  if (mismatch)
    return `cannot load Chart.yaml: json: cannot unmarshal ${goType(mismatch.actual)} into Go struct field Metadata.${mismatch.path.filter((part) => typeof part === 'string').join('.')} of type ${goType(mismatch.expected)}`;
  const text = (key: string): string => {
    const found = fieldKey(chart, key);
    return (found === undefined ? undefined : helmStringOf(chart[found])) ?? '';
  };
  // Helm's loader takes a chart with no apiVersion for a v1 chart, as Helm 2 wrote none.
  const name = text('name');
  if (name === '') return 'validation: chart.metadata.name is required';
  if (/[\\/]/.test(name) || name === '.' || name === '..')
    return `validation: chart.metadata.name "${name}" is invalid`;
  const version = text('version');
  if (version === '') return 'validation: chart.metadata.version is required';
  if (!isSemver(version)) return `validation: chart.metadata.version "${version}" is invalid`;
  if (!['', 'application', 'library'].includes(text('type')))
    return 'validation: chart.metadata.type must be application or library';
  for (const maintainer of listOf(chart, 'maintainers'))
    if (maintainer === null || maintainer === undefined)
      return 'validation: maintainers must not contain empty or null nodes';
  const seen = new Set<string>();
  for (const dependency of listOf(chart, 'dependencies')) {
    if (jsonType(dependency) !== 'map') return 'validation: dependencies must not contain empty or null nodes';
    const { name: depName, alias } = dependency as { name?: unknown; alias?: unknown };
    const shown = typeof depName === 'string' ? depName : '';
    if (typeof alias === 'string' && alias !== '' && !ALIAS.test(alias))
      return `validation: dependency "${shown}" has disallowed characters in the alias`;
    const key = typeof alias === 'string' && alias !== '' ? alias : shown;
    if (seen.has(key))
      return `validation: more than one dependency with name or alias "${key}". Try using distinct aliases for dependencies with the same chart name.`;
    seen.add(key);
  }
  return undefined;
}

function listOf(chart: Record<string, unknown>, key: string): unknown[] {
  const value = chart[key];
  return Array.isArray(value) ? value : [];
}

/** Whether Helm's SemVer parser (Masterminds' loose form: `1.2`, `v1.2.3`) takes the version. */
export function isSemver(version: string): boolean {
  try {
    parseVersion(version);
    return true;
  } catch {
    return false;
  }
}

/** How Go's JSON errors name a type: `array`, `object`, `bool`, `string`, `number`. */
export function goType(type: JsonType | TypeMismatch['expected']): string {
  if (type === 'list') return 'array';
  if (type === 'map') return 'object';
  return type === 'boolean' ? 'bool' : type;
}

export const isAliasName = (alias: string): boolean => ALIAS.test(alias);

/**
 * Helm's refusal to install (or template) a chart whose `kubeVersion` range leaves out the cluster's
 * release, in Helm's words; undefined when the range takes it. A range Helm cannot read refuses
 * every release, as Helm's `IsCompatibleRange` does.
 */
export function kubeVersionRefusal(chart: Record<string, unknown>, kubernetesVersion: string): string | undefined {
  const range = helmStringOf(chart.kubeVersion);
  if (range === undefined || range === '') return undefined;
  const version = `v${kubernetesVersion}.0`;
  return takesVersion(range, version)
    ? undefined
    : `chart requires kubeVersion: ${range} which is incompatible with Kubernetes ${version}`;
}

/** Whether a SemVer range takes a version; false when either cannot be read. */
export function takesVersion(range: string, version: string): boolean {
  try {
    return semverCompare(range, version);
  } catch {
    return false;
  }
}
