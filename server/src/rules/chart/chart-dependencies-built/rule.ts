import path from 'node:path';
import { defineChartRule } from '../../../engine/rule';
import type { RelatedLocation } from '../../../engine/types';
import type { HelmChart, Subchart } from '../../../helm/chart-files';
import { fieldKey } from '../../../helm/chart-metadata';
import { dependenciesOf, matchingSubchart } from '../../../helm/dependencies';
import { toFileUri } from '../../../schema/file-key';
import { readsAsRange } from '../chart-version-semver/read';
import { chartFile } from '../example-files';

const DEPENDENCY = [
  'dependencies:',
  '  - name: redis',
  '    version: 20.1.0',
  '    repository: oci://registry-1.docker.io/bitnamicharts',
];
const REDIS = { 'charts/redis/Chart.yaml': 'apiVersion: v2\nname: redis\nversion: 20.1.0\n' };

export default defineChartRule({
  id: 'chart-dependencies-built',
  title: {
    en: 'Keep charts/ in step with the dependencies Chart.yaml lists',
    ko: '`charts/`를 Chart.yaml의 의존 차트 목록과 맞추기',
  },
  // A warning as in `helm lint`: charts/ is often left out of version control and built in CI.
  severity: 'warning',
  requirementsFile: true,
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: 'Chart.yaml’s `dependencies` say which charts a release installs with this one; `helm dependency build` fetches them into `charts/`, and Helm installs what it finds there. Helm matches the two by name. A dependency with no chart of its name in `charts/` stops `helm install` and `helm template` before anything renders ("found in Chart.yaml, but missing in charts/ directory"). A chart whose version the dependency’s range does not take (left from before the range changed) is installed all the same, and under its own name: an `alias` is not applied, so the values written under the alias do not reach it. A chart in `charts/` that `dependencies` does not list is installed with every release, and no `condition` can switch it off; `helm lint` fails such a chart. Helm still reads the `requirements.yaml` of Helm 2’s charts, and when it sets `dependencies`, that list is the one Helm installs, in place of Chart.yaml’s, and the findings are reported there. The templates are checked all the same, as `helm lint` renders them; when `charts/` holds none of the dependencies yet (it is seldom committed), one finding lists them all.',
    ko: 'Chart.yaml의 `dependencies`는 릴리스가 이 차트와 함께 설치할 차트를 적은 목록입니다. `helm dependency build`가 그 차트들을 `charts/`에 받아 두고, Helm은 거기서 찾은 차트를 설치합니다. 둘은 이름으로 짝지어집니다. `charts/`에 같은 이름의 차트가 없는 의존 차트가 있으면 `helm install`과 `helm template`이 아무것도 렌더링하기 전에 멈춥니다(`found in Chart.yaml, but missing in charts/ directory`). 의존 차트의 범위가 받아들이지 않는 버전의 차트(범위를 바꾸기 전에 받아 둔 것)는 그래도 설치되지만 자기 이름으로 설치됩니다. `alias`가 적용되지 않으므로 별칭 아래에 쓴 값이 그 차트에 닿지 않습니다. `dependencies`에 없는 차트가 `charts/`에 있으면 릴리스마다 함께 설치되고, 어떤 `condition`으로도 끌 수 없습니다. `helm lint`는 이런 차트를 실패로 봅니다. Helm은 Helm 2 차트의 `requirements.yaml`도 여전히 읽으며, 그 파일에 `dependencies`가 있으면 Chart.yaml의 목록 대신 그 목록대로 설치하며, 결과도 그 파일에 보고합니다. 템플릿은 `helm lint`처럼 그래도 렌더링해 검사합니다. `charts/`에 의존 차트가 하나도 없을 때는(흔히 커밋하지 않습니다) 결과 하나에 모두 적습니다.',
  },
  remediation: {
    en: 'Run `helm dependency build` (or `helm dependency update` after changing a range) so `charts/` holds what Chart.yaml lists, and commit `Chart.lock` with it. List a chart you copied into `charts/` by hand under `dependencies` (with a `condition` if it is optional), or delete it.',
    ko: '`helm dependency build`(범위를 바꿨다면 `helm dependency update`)를 실행해 `charts/`가 Chart.yaml의 목록대로 차트를 갖게 하고, `Chart.lock`도 함께 커밋하세요. `charts/`에 손으로 복사해 둔 차트는 `dependencies`에 적거나(선택적이라면 `condition`과 함께) 지우세요.',
  },
  peers: { helmLint: ['validateDependencyInChartsDir', 'validateDependencyInMetadata'] },
  example: {
    bad: chartFile({ add: [...DEPENDENCY.slice(0, 2), '    version: 19.6.0', ...DEPENDENCY.slice(3)] }),
    good: chartFile({ add: DEPENDENCY }),
    files: REDIS,
  },
  messages: {
    missing: {
      en: '`charts/` holds no chart named `{name}`: `helm install` and `helm template` stop before rendering anything ("found in Chart.yaml, but missing in charts/ directory: {name}"). Run `helm dependency build` to fetch it.',
      ko: '`charts/`에 이름이 `{name}`인 차트가 없습니다. `helm install`과 `helm template`이 아무것도 렌더링하기 전에 멈춥니다(`found in Chart.yaml, but missing in charts/ directory: {name}`). `helm dependency build`로 받아 오세요.',
    },
    version: {
      en: '`{file}` holds `{name}` {found}, a version `{range}` does not take: Helm installs it all the same. Run `helm dependency update` to fetch a version the range takes.',
      ko: '`{file}`에 있는 `{name}`의 버전은 {found}이고, `{range}` 범위에 들지 않습니다. 그래도 Helm은 그 차트를 설치합니다. `helm dependency update`로 범위에 드는 버전을 받아 오세요.',
    },
    noneFetched: {
      en: '`charts/` holds none of the {count} dependencies ({names}): `helm install` and `helm template` stop before rendering anything ("found in Chart.yaml, but missing in charts/ directory"). Run `helm dependency build` to fetch them; the templates are checked meanwhile, as `helm lint` renders them.',
      ko: '`charts/`에 의존 차트 {count}개({names}) 가운데 하나도 없습니다. `helm install`과 `helm template`이 아무것도 렌더링하기 전에 멈춥니다(`found in Chart.yaml, but missing in charts/ directory`). `helm dependency build`로 받아 오세요. 그동안 템플릿은 `helm lint`처럼 렌더링해 검사합니다.',
    },
    versionAlias: {
      en: '`{file}` holds `{name}` {found}, a version `{range}` does not take: Helm installs it all the same, under the name `{name}` rather than the alias `{alias}`, so the values under `{alias}:` do not reach it. Run `helm dependency update` to fetch a version the range takes.',
      ko: '`{file}`에 있는 `{name}`의 버전은 {found}이고, `{range}` 범위에 들지 않습니다. 그래도 Helm은 그 차트를 별칭 `{alias}`{이/가} 아닌 `{name}`{이라는/라는} 이름으로 설치하므로, `{alias}:` 아래의 값이 닿지 않습니다. `helm dependency update`로 범위에 드는 버전을 받아 오세요.',
    },
    unlisted: {
      en: '`{file}` holds `{name}`, which `dependencies` does not list: Helm installs it with every release and no `condition` can switch it off; `helm lint` fails the chart ("chart metadata is missing these dependencies: {name}"). List it under `dependencies`, or delete it from `charts/`.',
      ko: '`{file}`에 있는 `{name}`{은/는} `dependencies`에 없습니다. Helm은 릴리스마다 이 차트를 함께 설치하고 어떤 `condition`으로도 끌 수 없습니다. `helm lint`는 차트를 실패로 봅니다(`chart metadata is missing these dependencies: {name}`). `dependencies`에 적거나 `charts/`에서 지우세요.',
    },
    replaced: {
      en: 'requirements.yaml sets `dependencies` too, and Helm reads that list in place of this one: these entries are not installed, fetched or checked. Keep the dependencies in one place: here (`apiVersion: v2`), with requirements.yaml deleted.',
      ko: 'requirements.yaml에도 `dependencies`가 있고, Helm은 이 목록 대신 그 목록을 읽습니다. 여기 적은 항목은 설치되지도, 받아지지도, 검사되지도 않습니다. 의존 차트는 한곳에만 두세요. 여기(`apiVersion: v2`)에 두고 requirements.yaml은 지우세요.',
    },
    here: {
      en: '`{name}` {found} is here',
      ko: '`{name}` {found}{은/는} 여기 있습니다',
    },
  },
  // No fix: fetching charts is `helm dependency build`'s job, and which chart to keep is the authors' call.
  check(ctx) {
    const chart = ctx.chart;
    const subcharts = chart?.subcharts;
    if (!ctx.value || !chart || !subcharts) return;
    const own = dependenciesOf(ctx.value);
    const listKey = fieldKey(ctx.value, 'dependencies') ?? 'dependencies';
    // A requirements.yaml that sets `dependencies` replaces this list when Helm loads the chart, and
    // its own lint judges that list against `charts/`.
    if (!ctx.listsDependencies) {
      if (own.length > 0) ctx.report({ range: ctx.keyRange([listKey]), message: ctx.t('replaced') });
      return;
    }
    // Nothing fetched yet (charts/ is seldom committed): one finding says so, not one per entry.
    if (subcharts.length === 0 && own.length > 1) {
      ctx.report({
        range: ctx.keyRange([listKey]),
        message: ctx.t('noneFetched', {
          count: String(own.length),
          names: own.map((dependency) => `\`${dependency.name}\``).join(', '),
        }),
        peerIds: ['validateDependencyInChartsDir'],
      });
      return;
    }
    for (const dependency of own) {
      const entryPath = [listKey, dependency.index];
      const named = subcharts.filter((subchart) => subchart.name === dependency.name);
      const nameRange = ctx.valueRange([...entryPath, fieldKey(dependency.entry, 'name') ?? 'name']);
      const first = named[0];
      if (!first) {
        ctx.report({
          range: nameRange,
          message: ctx.t('missing', { name: dependency.name }),
          peerIds: ['validateDependencyInChartsDir'],
        });
        continue;
      }
      // An empty or unreadable range is chart-version-semver's to report.
      if (readsAsRange(dependency.version) !== true || matchingSubchart(named, dependency)) continue;
      const versionKey = fieldKey(dependency.entry, 'version') ?? 'version';
      const found = first.version === '' ? '?' : first.version;
      const aliased = dependency.alias !== '' && dependency.alias !== dependency.name;
      ctx.report({
        range: ctx.valueRange([...entryPath, versionKey]),
        message: ctx.t(aliased ? 'versionAlias' : 'version', {
          file: relativeFile(chart, first),
          name: dependency.name,
          found,
          range: dependency.version,
          alias: dependency.alias,
        }),
        related: hereLocation(first, ctx.t('here', { name: first.name, found })),
      });
    }
    const listed = new Set(own.map((dependency) => dependency.name));
    const nameKey = fieldKey(ctx.value, 'name') ?? 'name';
    const range = fieldKey(ctx.value, 'dependencies') ? ctx.keyRange([listKey]) : ctx.keyRange([nameKey]);
    for (const subchart of subcharts) {
      if (listed.has(subchart.name)) continue;
      listed.add(subchart.name);
      ctx.report({
        range,
        message: ctx.t('unlisted', { file: relativeFile(chart, subchart), name: subchart.name }),
        peerIds: ['validateDependencyInMetadata'],
      });
    }
  },
});

/** The subchart's folder or archive as the chart's authors see it (`charts/redis-20.1.0.tgz`). */
function relativeFile(chart: HelmChart, subchart: Subchart): string {
  return path.relative(chart.root, subchart.file).split(path.sep).join('/');
}

/** The unpacked subchart's Chart.yaml, where its name and version are; an archive has no place to open. */
function hereLocation(subchart: Subchart, message: string): RelatedLocation[] {
  if (subchart.file.endsWith('.tgz')) return [];
  const start = { line: 0, character: 0 };
  return [{ uri: toFileUri(path.join(subchart.file, 'Chart.yaml')), range: { start, end: start }, message }];
}
