import { defineChartRule } from '../../../engine/rule';
import type { ChartContext } from '../../../engine/chart/context';
import type { RelatedLocation } from '../../../engine/types';
import { valuesLabel, type HelmChart } from '../../../helm/chart-files';
import { fieldKey } from '../../../helm/chart-metadata';
import {
  conditionOutcome,
  conditionValues,
  dependenciesOf,
  pathValue,
  type Dependency,
} from '../../../helm/dependencies';
import { valueLocation } from '../../../helm/values-sources';
import { isRecord } from '../../../engine/plain-data';
import { closest } from '../../../schema/suggest';
import { chartFile } from '../example-files';

const DEPENDENCY = (condition: string): string[] => [
  'dependencies:',
  '  - name: redis',
  '    version: 20.1.0',
  '    repository: oci://registry-1.docker.io/bitnamicharts',
  `    condition: ${condition}`,
];
const FILES = {
  'values.yaml': 'redis:\n  enabled: true\n',
  'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n',
};

export default defineChartRule({
  id: 'chart-dependency-condition',
  title: {
    en: 'Point a dependency’s condition and tags at booleans in the values',
    ko: '의존 차트의 `condition`과 `tags`는 값의 불리언을 가리키기',
  },
  severity: 'warning',
  requirementsFile: true,
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: 'A dependency’s `condition` names values that switch it on or off (`redis.enabled`, or several paths separated by commas, the first that holds a boolean deciding). Helm reads the paths in the chart’s values, with each subchart’s own values.yaml under its name. A path that holds nothing (a typo, a key never written) is skipped without a word; a path that holds text (`"false"`), a number or null is skipped with a warning in the output of every install. When no path decides, the dependency is installed, so `--set redis.enabled=false` or a values file that turns it off changes nothing, and a database you meant to leave out runs in the cluster. Helm does not trim the paths between commas: `a.enabled, b.enabled` looks for a key named ` b`. A dependency’s `tags` are read under `tags:` in the values, and one set to anything but a boolean is ignored with the same kind of warning.',
    ko: '의존 차트의 `condition`은 그 차트를 켜고 끄는 값을 가리킵니다(`redis.enabled`, 또는 쉼표로 나눈 여러 경로. 불리언이 든 첫 경로가 정합니다). Helm은 이 경로를 차트의 값에서 찾는데, 하위 차트마다 자기 values.yaml이 그 이름 아래에 더해집니다. 아무 값도 없는 경로(오타, 쓴 적 없는 키)는 말없이 건너뛰고, 텍스트(`"false"`), 숫자, null이 든 경로는 설치할 때마다 출력에 경고를 남기고 건너뜁니다. 어느 경로도 정하지 못하면 의존 차트는 설치됩니다. 그래서 `--set redis.enabled=false`나 그 차트를 끄는 values 파일이 아무것도 바꾸지 못하고, 빼려던 데이터베이스가 클러스터에서 돌게 됩니다. Helm은 쉼표 사이의 경로를 다듬지 않으므로 `a.enabled, b.enabled`는 이름이 ` b`인 키를 찾습니다. 의존 차트의 `tags`는 값의 `tags:` 아래에서 읽으며, 불리언이 아닌 값으로 정한 태그는 같은 종류의 경고와 함께 무시됩니다.',
  },
  remediation: {
    en: 'Write the path as the values spell it, and set it in values.yaml to `true` or `false` without quotes (`redis:` / `  enabled: true`), so that anyone installing the chart can see the switch and turn it. Separate several paths with commas and no spaces.',
    ko: '경로는 값에 쓴 철자 그대로 적고, values.yaml에 따옴표 없는 `true`나 `false`로 설정하세요(`redis:` / `  enabled: true`). 그래야 차트를 설치하는 사람이 스위치를 보고 바꿀 수 있습니다. 경로가 여럿이면 띄어 쓰지 말고 쉼표로만 나누세요.',
  },
  peers: {},
  noPeer:
    '`helm lint` does not read a dependency’s `condition`; Helm itself skips a path that holds nothing without a word, and prints a warning for one that is not a boolean only while installing or rendering.',
  example: {
    bad: chartFile({ add: DEPENDENCY('redis.enable') }),
    good: chartFile({ add: DEPENDENCY('redis.enabled') }),
    files: FILES,
  },
  messages: {
    unset: {
      en: '`{path}` holds no value in {values}, nor in `{chart}`’s own values: Helm skips the condition, so {outcome} {advice}',
      ko: '{values}에도 `{chart}` 자체의 값에도 `{path}` 값이 없습니다. Helm은 이 조건을 건너뛰므로 {outcome} {advice}',
    },
    unsetAll: {
      en: 'None of {paths} holds a value in {values}, nor in `{chart}`’s own values: Helm skips the condition, so {outcome} {advice}',
      ko: '{values}에도 `{chart}` 자체의 값에도 {paths} 중 어느 값도 없습니다. Helm은 이 조건을 건너뛰므로 {outcome} {advice}',
    },
    spaced: {
      en: '`{path}` starts or ends with a space: Helm does not trim the paths between commas, so it looks for a key with the space in its name and never finds one; {outcome} Separate the paths with commas only.',
      ko: '`{path}`의 앞이나 뒤에 공백이 있습니다. Helm은 쉼표 사이의 경로를 다듬지 않으므로 이름에 공백이 든 키를 찾고, 끝내 찾지 못합니다. 그래서 {outcome} 경로는 쉼표로만 나누세요.',
    },
    notBoolean: {
      en: '`{path}` holds {found} in {values}, not a boolean: Helm prints "Condition path \'{path}\' for chart {name} returned non-bool value" on every install and skips the path; {after} Write `true` or `false` without quotes.',
      ko: "{values}의 `{path}` 값은 불리언이 아니라 {found}입니다. Helm은 설치할 때마다 `Condition path '{path}' for chart {name} returned non-bool value`를 출력하고 이 경로를 건너뜁니다. {after} 따옴표 없는 `true`나 `false`로 쓰세요.",
    },
    always: { en: 'it installs `{name}` with every release.', ko: '`{name}`{을/를} 릴리스마다 설치합니다.' },
    byTags: {
      en: 'only the dependency’s `tags` decide whether `{name}` is installed.',
      ko: '`{name}`의 설치 여부는 의존 차트의 `tags`만으로 정해집니다.',
    },
    lastPath: { en: 'no other path decides, so {outcome}', ko: '다른 경로도 정하지 못하므로 {outcome}' },
    nextPath: { en: 'the next path is read.', ko: '그리고 다음 경로를 읽습니다.' },
    text: { en: '`"{value}"` (text)', ko: '`"{value}"`(텍스트)' },
    list: { en: 'a list', ko: '목록' },
    suggest: { en: 'Did you mean `{suggestion}`?', ko: '`{suggestion}`{을/를} 뜻했나요?' },
    setIt: {
      en: 'Set `{path}` to `true` in values.yaml, so the dependency can be switched off.',
      ko: 'values.yaml에서 `{path}`{을/를} `true`로 설정해 의존 차트를 끌 수 있게 하세요.',
    },
    setHere: { en: '`{path}` is set here', ko: '`{path}` 값은 여기서 정합니다' },
    tagNotBoolean: {
      en: '{values} sets `tags.{tag}` to {found}, not a boolean: Helm prints "Tag \'{tag}\' for chart {name} returned non-bool value" on every install and ignores the tag, so it switches nothing. Write `true` or `false` without quotes.',
      ko: "{values}에서 `tags.{tag}` 값은 불리언이 아니라 {found}입니다. Helm은 설치할 때마다 `Tag '{tag}' for chart {name} returned non-bool value`를 출력하고 이 태그를 무시하므로, 태그가 아무것도 켜거나 끄지 않습니다. 따옴표 없는 `true`나 `false`로 쓰세요.",
    },
  },
  // No fix: which value should switch the dependency is the chart authors' decision.
  check(ctx) {
    const chart = ctx.chart;
    const subcharts = chart?.subcharts;
    // Helm reads the conditions of requirements.yaml when that file lists the dependencies.
    if (!ctx.value || !chart || !subcharts || chart.valuesProblem || !ctx.listsDependencies) return;
    const dependencies = dependenciesOf(ctx.value);
    const values = conditionValues(chart.values, subcharts, dependencies);
    const listKey = fieldKey(ctx.value, 'dependencies') ?? 'dependencies';
    const label = valuesLabel(chart);
    // What a subchart missing from charts/ (chart-dependencies-built) sets under its name is not known.
    // Its version is not known either, so it may be installed under its alias or under its name.
    const unknownKeys = new Set(
      dependencies
        .filter((dependency) => !subcharts.some((subchart) => subchart.name === dependency.name))
        .flatMap((dependency) => [dependency.name, dependency.alias].filter((key) => key !== '')),
    );
    for (const dependency of dependencies) {
      reportTagsNotBoolean(ctx, chart, values, [listKey, dependency.index], dependency);
      if (dependency.condition.trim() === '') continue;
      const conditionKey = fieldKey(dependency.entry, 'condition') ?? 'condition';
      const range = ctx.valueRange([listKey, dependency.index, conditionKey]);
      const outcome = conditionOutcome(dependency.condition, values, unknownKeys);
      const name = dependency.alias || dependency.name;
      const outcomeText = ctx.t(dependency.tags.length > 0 ? 'byTags' : 'always', { name });
      outcome.notBoolean.forEach(({ path, value }, i) => {
        const last =
          outcome.decidedBy === undefined &&
          !outcome.unknown &&
          i === outcome.notBoolean.length - 1 &&
          outcome.unset.length === 0;
        const found = describe(ctx, value);
        ctx.report({
          range,
          message: ctx.t('notBoolean', {
            path,
            found,
            values: label,
            name,
            after: last ? ctx.t('lastPath', { outcome: outcomeText }) : ctx.t('nextPath'),
          }),
          related: setHere(chart, path, ctx.t('setHere', { path })),
        });
      });
      if (outcome.decidedBy !== undefined || outcome.unknown || outcome.unset.length === 0) continue;
      const spaced = outcome.unset.find((path) => path !== path.trim());
      if (spaced !== undefined) {
        ctx.report({ range, message: ctx.t('spaced', { path: spaced, outcome: outcomeText }) });
        continue;
      }
      const first = outcome.unset[0] ?? '';
      const suggestion = suggestPath(values, first, dependency);
      ctx.report({
        range,
        message: ctx.t(outcome.unset.length > 1 ? 'unsetAll' : 'unset', {
          path: first,
          paths: outcome.unset.map((path) => `\`${path}\``).join(', '),
          values: label,
          chart: dependency.name,
          outcome: outcomeText,
          advice: suggestion ? ctx.t('suggest', { suggestion }) : ctx.t('setIt', { path: first }),
        }),
      });
    }
  },
});

/** How a value that is not a boolean reads in a message: `"false"` (text), a list, `5`. */
function describe(ctx: ChartContext, value: unknown): string {
  if (typeof value === 'string') return ctx.t('text', { value });
  if (Array.isArray(value)) return ctx.t('list');
  return `\`${value === null || value === undefined ? 'null' : String(value)}\``;
}

/**
 * A dependency's tags that the values set to something other than a boolean: Helm warns and
 * ignores them (processDependencyTags), so they switch nothing.
 */
function reportTagsNotBoolean(
  ctx: ChartContext,
  chart: HelmChart,
  values: Record<string, unknown>,
  entryPath: readonly (string | number)[],
  dependency: Dependency,
): void {
  const tags = values.tags;
  const tagsKey = fieldKey(dependency.entry, 'tags');
  const written = tagsKey === undefined ? undefined : dependency.entry[tagsKey];
  if (!isRecord(tags) || !Array.isArray(written)) return;
  written.forEach((tag: unknown, i) => {
    if (typeof tag !== 'string' || !Object.hasOwn(tags, tag) || typeof tags[tag] === 'boolean') return;
    ctx.report({
      range: ctx.valueRange([...entryPath, tagsKey ?? 'tags', i]),
      message: ctx.t('tagNotBoolean', {
        tag,
        found: describe(ctx, tags[tag]),
        values: valuesLabel(chart),
        name: dependency.alias || dependency.name,
      }),
      related: setHere(chart, `tags.${tag}`, ctx.t('setHere', { path: `tags.${tag}` })),
    });
  });
}

/**
 * The path meant: under the alias where the path starts with the aliased chart's name (its values
 * go under the alias), else a key beside the path's last one, close in spelling, that holds a boolean.
 */
function suggestPath(values: Record<string, unknown>, path: string, dependency: Dependency): string | undefined {
  const { name, alias } = dependency;
  if (alias !== '' && path.startsWith(`${name}.`)) {
    const underAlias = `${alias}${path.slice(name.length)}`;
    if (typeof pathValue(values, underAlias)?.value === 'boolean') return underAlias;
  }
  const parts = path.split('.');
  let table: unknown = values;
  for (const part of parts.slice(0, -1)) {
    if (!isRecord(table) || !Object.hasOwn(table, part)) return undefined;
    table = table[part];
  }
  if (!isRecord(table)) return undefined;
  const booleans = Object.keys(table).filter((key) => typeof table[key] === 'boolean');
  const near = closest(parts[parts.length - 1] ?? '', booleans);
  return near === undefined ? undefined : [...parts.slice(0, -1), near].join('.');
}

/** The key in the values files that sets the path, when one of them does. */
function setHere(chart: HelmChart, path: string, message: string): RelatedLocation[] {
  const place = valueLocation(chart, path.split('.'));
  return place ? [{ ...place, message }] : [];
}
