import { isScalar } from 'yaml';
import type { ChartContext } from '../../../engine/chart/context';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineChartRule } from '../../../engine/rule';
import { fieldKey } from '../../../helm/chart-metadata';
import type { Fix } from '../../../engine/types';
import { chartFile } from '../example-files';

export default defineChartRule({
  id: 'chart-api-version',
  title: {
    en: 'Write charts in the Helm 3 format, `apiVersion: v2`',
    ko: '차트는 Helm 3 형식인 `apiVersion: v2`로 쓰기',
  },
  severity: 'error',
  requirementsFile: true,
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: '`apiVersion` names the chart format. `v1` is Helm 2’s: its dependencies live in a separate requirements.yaml and there is no chart `type`. `v2` is Helm 3’s: Chart.yaml lists the dependencies, Chart.lock locks their versions, and `type: library` marks a chart of shared templates. A v1 chart that uses `dependencies` or `type` in Chart.yaml mixes the two: `helm lint` fails on it, Helm 2 (the only reason to stay on v1) ignores both keys, and a requirements.yaml beside it takes the place of the listed dependencies. Helm 2 has been unsupported since November 2020, but Helm 3 and 4 still install v1 charts: a v1 chart without those keys only gets the advice to move. The other way round, a v2 chart with a requirements.yaml is reported in that file: Helm reads it with a warning on every load.',
    ko: '`apiVersion`은 차트 형식을 나타냅니다. `v1`은 Helm 2의 형식으로, 의존 차트를 별도의 requirements.yaml에 적고 차트 `type`이 없습니다. `v2`는 Helm 3의 형식으로, Chart.yaml에 의존 차트를 적고 Chart.lock으로 그 버전을 고정하며, `type: library`로 공용 템플릿만 담은 차트를 표시합니다. v1 차트가 Chart.yaml에 `dependencies`나 `type`을 쓰면 두 형식이 섞입니다. `helm lint`는 실패하고, v1에 머물 유일한 이유인 Helm 2는 두 키를 무시하며, 옆에 requirements.yaml이 있으면 적어 둔 의존 차트 대신 그 파일의 것을 씁니다. Helm 2는 2020년 11월에 지원이 끝났지만 Helm 3과 4도 v1 차트를 설치하므로, 그런 키가 없는 v1 차트에는 옮기라는 안내만 합니다. 반대로 requirements.yaml이 있는 v2 차트는 그 파일에서 보고합니다. Helm은 그 파일을 읽을 때마다 경고합니다.',
  },
  remediation: {
    en: 'Write `apiVersion: v2`. If the chart has a requirements.yaml, move its `dependencies` list into Chart.yaml, delete requirements.yaml and requirements.lock, and run `helm dependency update` to write Chart.lock.',
    ko: '`apiVersion: v2`로 쓰세요. 차트에 requirements.yaml이 있으면 그 `dependencies` 목록을 Chart.yaml로 옮기고, requirements.yaml과 requirements.lock을 지운 뒤 `helm dependency update`로 Chart.lock을 만드세요.',
  },
  exceptions: {
    en: 'A chart that must still install with Helm 2 stays at `v1`: keep its dependencies in requirements.yaml, leave out `type`, and silence the advice with `# cntutor ignore=chart-api-version` above `apiVersion`.',
    ko: '아직 Helm 2로도 설치해야 하는 차트는 `v1`으로 둡니다. 의존 차트는 requirements.yaml에 두고 `type`은 빼며, `apiVersion` 위에 `# cntutor ignore=chart-api-version`을 적어 안내를 끄세요.',
  },
  peers: { helmLint: ['validateChartType', 'validateChartDependencies'] },
  example: {
    bad: chartFile({ replace: { apiVersion: 'apiVersion: v1' } }),
    good: chartFile(),
  },
  messages: {
    dependencies: {
      en: '`dependencies` in Chart.yaml belong to `apiVersion: v2`. In this v1 chart `helm lint` fails ("dependencies are not valid in the Chart file with apiVersion \'v1\'"), Helm 2 ignores them, and a requirements.yaml beside Chart.yaml replaces them. Move the chart to `apiVersion: v2`.',
      ko: 'Chart.yaml의 `dependencies`는 `apiVersion: v2`에서 쓰는 키입니다. 이 v1 차트에서는 `helm lint`가 실패하고("dependencies are not valid in the Chart file with apiVersion \'v1\'"), Helm 2는 이 목록을 무시하며, Chart.yaml 옆에 requirements.yaml이 있으면 그 파일이 이 목록을 대신합니다. 차트를 `apiVersion: v2`로 옮기세요.',
    },
    type: {
      en: '`type` belongs to `apiVersion: v2`. In this v1 chart `helm lint` fails ("chart type is not valid in apiVersion \'v1\'"), and Helm 2 ignores it. Move the chart to `apiVersion: v2`.',
      ko: '`type`은 `apiVersion: v2`에서 쓰는 키입니다. 이 v1 차트에서는 `helm lint`가 실패하고("chart type is not valid in apiVersion \'v1\'"), Helm 2는 이 키를 무시합니다. 차트를 `apiVersion: v2`로 옮기세요.',
    },
    helm2: {
      en: '`apiVersion: v1` is the chart format of Helm 2, unsupported since 2020. A `v2` chart lists its dependencies in Chart.yaml and locks them in Chart.lock; move a requirements.yaml’s dependencies there when you switch.',
      ko: '`apiVersion: v1`은 2020년에 지원이 끝난 Helm 2의 차트 형식입니다. `v2` 차트는 의존 차트를 Chart.yaml에 적고 Chart.lock으로 고정합니다. 바꿀 때 requirements.yaml의 의존 차트도 그리로 옮기세요.',
    },
    requirements: {
      en: 'This chart is `apiVersion: {apiVersion}`, whose dependencies belong in Chart.yaml: Helm still reads this requirements.yaml, but warns on every install, upgrade and template (`Dependencies are handled in Chart.yaml since apiVersion "v2"`), and `helm dependency update` locks the list in Chart.lock, not requirements.lock. Move `dependencies` into Chart.yaml and delete this file.',
      ko: '이 차트는 `apiVersion: {apiVersion}`이고, 그 의존 차트는 Chart.yaml에 둡니다. Helm은 이 requirements.yaml도 여전히 읽지만 설치, 업그레이드, 렌더링 때마다 경고하며(`Dependencies are handled in Chart.yaml since apiVersion "v2"`), `helm dependency update`는 목록을 requirements.lock이 아닌 Chart.lock에 고정합니다. `dependencies`를 Chart.yaml로 옮기고 이 파일은 지우세요.',
    },
    fix: {
      en: 'Write `apiVersion: v2`',
      ko: '`apiVersion: v2`로 쓰기',
    },
  },
  // Unsafe: the rule sees Chart.yaml alone. With a requirements.yaml beside it, a v2 chart still reads
  // it, but checks and writes its lock as Chart.lock, so `helm dependency build` can find a Helm 2
  // requirements.lock out of sync; and Helm 2 cannot install a v2 chart at all.
  fix: 'unsafe',
  check(ctx) {
    const chart = ctx.value;
    if (!chart) return;
    if (ctx.isRequirements) {
      checkRequirements(ctx, chart);
      return;
    }
    const apiVersionKey = fieldKey(chart, 'apiVersion');
    // Missing or unknown versions are chart-schema's: Helm compares the text exactly.
    if (apiVersionKey === undefined || chart[apiVersionKey] !== 'v1') return;
    const fix = upgrade(ctx, apiVersionKey);
    let mixed = false;
    // `helm lint` judges what Go decoded: a non-empty list, a non-empty text. Other types are chart-schema's.
    const dependenciesKey = fieldKey(chart, 'dependencies');
    const dependencies = dependenciesKey === undefined ? undefined : chart[dependenciesKey];
    if (dependenciesKey !== undefined && Array.isArray(dependencies) && dependencies.length > 0) {
      mixed = true;
      ctx.report({ range: ctx.keyRange([dependenciesKey]), message: ctx.t('dependencies'), ...fix });
    }
    const typeKey = fieldKey(chart, 'type');
    const type = typeKey === undefined ? undefined : chart[typeKey];
    if (typeKey !== undefined && typeof type === 'string' && type !== '') {
      mixed = true;
      ctx.report({ range: ctx.keyRange([typeKey]), message: ctx.t('type'), ...fix });
    }
    // The errors already say to move to v2: the advice would only repeat them.
    if (!mixed)
      ctx.report({ range: ctx.valueRange([apiVersionKey]), message: ctx.t('helm2'), severity: 'info', ...fix });
  },
});

/** A requirements.yaml beside a Chart.yaml of another apiVersion than Helm 2's, which Helm reads with a warning. */
function checkRequirements(ctx: ChartContext, requirements: Record<string, unknown>): void {
  const metadata = ctx.chart?.chart;
  const apiVersionKey = metadata && fieldKey(metadata, 'apiVersion');
  const apiVersion = apiVersionKey === undefined ? undefined : metadata?.[apiVersionKey];
  // Helm 3 takes a chart without apiVersion for a v1 chart; an unknown one is chart-schema's.
  if (apiVersion !== 'v2') return;
  const dependenciesKey = fieldKey(requirements, 'dependencies');
  const range =
    dependenciesKey === undefined
      ? ctx.keyRange([Object.keys(requirements)[0] ?? ''])
      : ctx.keyRange([dependenciesKey]);
  ctx.report({ range, message: ctx.t('requirements', { apiVersion }), severity: 'warning' });
}

/** The edit to `v2`, kept in the value's quoting; none when the value is not a plain scalar as written. */
function upgrade(ctx: ChartContext, key: string): { fix?: Fix } {
  const node = ctx.node([key]);
  if (!isScalar(node) || !node.range || node.tag) return {};
  const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
  if (!quote && node.type !== 'PLAIN') return {};
  const edit = replaceNode(ctx.file.index, node, `${quote}v2${quote}`);
  return edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {};
}
