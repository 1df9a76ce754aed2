import { defineChartRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import { isAliasName, jsonType, fieldKey } from '../../../helm/chart-metadata';
import { chartFile } from '../example-files';

const DEPENDENCY = (alias?: string): string[] => [
  '  - name: postgresql',
  '    version: 15.5.0',
  '    repository: oci://registry-1.docker.io/bitnamicharts',
  ...(alias ? [`    alias: ${alias}`] : []),
];

export default defineChartRule({
  id: 'chart-dependencies',
  title: {
    en: 'List each dependency once, by a name or alias Helm accepts',
    ko: '의존 차트는 Helm이 받아들이는 이름이나 별칭으로 한 번씩 적기',
  },
  severity: 'error',
  requirementsFile: true,
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: 'Helm checks `dependencies` before it renders anything, and on any of these problems it stops loading the chart, so `helm template`, `helm install` and `helm dependency build` all fail: an empty entry (a `-` with nothing after it); an `alias` with characters other than letters, digits, `-` and `_`; two entries with the same name, or the same alias. A dependency’s values go under its alias, or its name when it has none (`postgresql:` in the parent’s values.yaml), and its `condition` points there too: two entries under one name would share their values, so Helm refuses them.',
    ko: 'Helm은 무엇이든 렌더링하기 전에 `dependencies`를 확인하고, 다음 중 하나라도 있으면 차트 불러오기를 멈춥니다. 그래서 `helm template`, `helm install`, `helm dependency build`가 모두 실패합니다. 빈 항목(뒤에 아무것도 없는 `-`), 문자, 숫자, `-`, `_` 말고 다른 글자가 들어간 `alias`, 이름이나 별칭이 같은 두 항목입니다. 의존 차트의 값은 별칭 아래에, 별칭이 없으면 이름 아래에(부모 values.yaml의 `postgresql:`) 두고, `condition`도 그곳을 가리킵니다. 같은 이름 아래의 두 항목은 값을 나눠 쓰게 되므로 Helm이 거부합니다.',
  },
  remediation: {
    en: 'Delete empty entries. Write aliases with letters, digits, `-` and `_` only (`ordersDb`). To depend on one chart twice, give each entry its own `alias`, and put each one’s values under its alias in values.yaml.',
    ko: '빈 항목은 지우세요. 별칭은 문자, 숫자, `-`, `_`로만 쓰세요(`ordersDb`). 한 차트를 두 번 의존하려면 항목마다 다른 `alias`를 주고, 각각의 값은 values.yaml에서 그 별칭 아래에 두세요.',
  },
  peers: { helmLint: ['validateDependenciesUnique'] },
  example: {
    bad: chartFile({ add: ['dependencies:', ...DEPENDENCY(), ...DEPENDENCY()] }),
    good: chartFile({ add: ['dependencies:', ...DEPENDENCY('ordersDb'), ...DEPENDENCY('reportsDb')] }),
  },
  messages: {
    empty: {
      en: 'An empty entry in `dependencies`: Helm stops loading the chart ("dependencies must not contain empty or null nodes"). Delete it, or write the dependency.',
      ko: '`dependencies`에 빈 항목이 있습니다. Helm이 차트 불러오기를 멈춥니다(`dependencies must not contain empty or null nodes`). 지우거나 의존 차트를 적으세요.',
    },
    alias: {
      en: 'The alias `{alias}` has characters other than letters, digits, `-` and `_`: Helm stops loading the chart (`dependency "{name}" has disallowed characters in the alias`). The dependency’s values go under its alias in values.yaml; write one such as `{suggestion}`.',
      ko: '별칭 `{alias}`에 문자, 숫자, `-`, `_` 말고 다른 글자가 있습니다. Helm이 차트 불러오기를 멈춥니다(`dependency "{name}" has disallowed characters in the alias`). 의존 차트의 값은 values.yaml에서 별칭 아래에 두니 `{suggestion}`처럼 쓰세요.',
    },
    duplicate: {
      en: 'A second dependency with the name or alias `{key}`: Helm stops loading the chart (`more than one dependency with name or alias "{key}"`). Both would take their values from `{key}:` in values.yaml; give each its own `alias`.',
      ko: '이름이나 별칭이 `{key}`인 의존 차트가 또 있습니다. Helm이 차트 불러오기를 멈춥니다(`more than one dependency with name or alias "{key}"`). 두 항목 모두 values.yaml의 `{key}:`에서 값을 가져가게 되므로 항목마다 다른 `alias`를 주세요.',
    },
    first: {
      en: 'The first dependency with the name or alias `{key}`',
      ko: '이름이나 별칭이 `{key}`인 첫 의존 차트',
    },
  },
  check(ctx) {
    const chart = ctx.value;
    // Helm checks the list it loads: requirements.yaml's, when that file sets one.
    if (!ctx.listsDependencies) return;
    const key = chart && fieldKey(chart, 'dependencies');
    const dependencies = key === undefined ? undefined : chart?.[key];
    // Another type is chart-schema's: Go cannot decode it, so nothing here is read.
    if (key === undefined || !Array.isArray(dependencies)) return;
    const seen = new Map<string, Range>();
    dependencies.forEach((dependency, i) => {
      const path = [key, i];
      if (jsonType(dependency) === 'null') {
        ctx.report({ range: ctx.itemRange(path), message: ctx.t('empty') });
        return;
      }
      if (jsonType(dependency) !== 'map') return;
      const fields = dependency as Record<string, unknown>;
      const nameKey = fieldKey(fields, 'name');
      const aliasKey = fieldKey(fields, 'alias');
      const name = nameKey === undefined ? undefined : fields[nameKey];
      const alias = aliasKey === undefined ? undefined : fields[aliasKey];
      // A value of another type stops Go's decoding first: chart-schema says so.
      if (!textOrNothing(name) || !textOrNothing(alias)) return;
      const aliased = aliasKey !== undefined && typeof alias === 'string' && alias !== '';
      if (aliased && !isAliasName(alias)) {
        ctx.report({
          range: ctx.valueRange([...path, aliasKey]),
          message: ctx.t('alias', {
            alias,
            name: typeof name === 'string' ? name : '',
            suggestion: aliasLike(alias, typeof name === 'string' ? name : ''),
          }),
        });
        return;
      }
      // Helm keys each dependency by its alias, else its name; an entry with neither has nothing to compare.
      const entryKey = aliased ? alias : typeof name === 'string' ? name : '';
      const keyPath = [...path, (aliased ? aliasKey : nameKey) ?? 'name'];
      if (entryKey === '') return;
      const first = seen.get(entryKey);
      if (!first) {
        seen.set(entryKey, ctx.valueRange(keyPath));
        return;
      }
      ctx.report({
        range: ctx.valueRange(keyPath),
        message: ctx.t('duplicate', { key: entryKey }),
        related: [{ range: first, message: ctx.t('first', { key: entryKey }) }],
      });
    });
  },
});

/** Go leaves a missing or null field empty; any other type than text is a decoding error. */
function textOrNothing(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

/** An alias Helm accepts that reads like the one written: other characters become `-`. */
function aliasLike(alias: string, name: string): string {
  const cleaned = alias.replace(/[^a-zA-Z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  if (cleaned !== '') return cleaned;
  return isAliasName(name) ? `${name}-2` : 'subchart';
}
