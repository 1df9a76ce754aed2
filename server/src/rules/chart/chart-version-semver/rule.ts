import { defineChartRule } from '../../../engine/rule';
import { isSemver, jsonType } from '../../../helm/chart-metadata';
import { chartFile } from '../example-files';
import { fieldKey } from '../../../helm/chart-metadata';
import { readsAsRange, textField } from './read';

export default defineChartRule({
  id: 'chart-version-semver',
  title: {
    en: 'Write Chart.yaml versions and ranges Helm can read',
    ko: 'Chart.yaml의 버전과 범위를 Helm이 읽을 수 있게 쓰기',
  },
  severity: 'error',
  requirementsFile: true,
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: 'Helm reads three kinds of version in Chart.yaml with the same SemVer library (Masterminds), and each one it cannot read stops a different step. The chart’s `version` must be a version (`1.4.2`; Helm also takes `1.4`, `v1.4.2` and `1.4.2-rc.1`): otherwise Helm cannot load the chart (`chart.metadata.version "1.4.2.1" is invalid`), so `helm template`, `helm install` and `helm package` stop. `kubeVersion` must be a range (`>=1.28.0-0`): one Helm cannot read refuses every cluster, so the chart installs nowhere. A dependency’s `version` must be a version or a range (`~15.2.0`, `15.x.x`): otherwise `helm dependency build` and `helm dependency update` stop before they fetch anything.',
    ko: 'Helm은 Chart.yaml의 세 가지 버전을 같은 SemVer 라이브러리(Masterminds)로 읽으며, 읽지 못하는 값마다 멈추는 단계가 다릅니다. 차트의 `version`은 버전이어야 합니다(`1.4.2`. Helm은 `1.4`, `v1.4.2`, `1.4.2-rc.1`도 받음). 아니면 Helm이 차트를 불러오지 못하므로(`chart.metadata.version "1.4.2.1" is invalid`) `helm template`, `helm install`, `helm package`가 멈춥니다. `kubeVersion`은 범위여야 합니다(`>=1.28.0-0`). Helm이 읽지 못하는 범위는 모든 클러스터를 거부하므로 차트를 어디에도 설치할 수 없습니다. 의존 차트의 `version`은 버전이나 범위여야 합니다(`~15.2.0`, `15.x.x`). 아니면 `helm dependency build`와 `helm dependency update`가 아무것도 받아 오기 전에 멈춥니다.',
  },
  remediation: {
    en: 'Write the chart’s `version` as MAJOR.MINOR.PATCH with an optional pre-release (`1.4.2`, `2.0.0-rc.1`; a number in the pre-release may not start with 0). Write a range as comparisons that must all hold, separated by spaces or commas (`>=1.28.0-0 <1.34.0-0`), alternatives joined by `||`, or in the short forms `~1.2.0` (the patches of 1.2), `^1.2.0` (1.x from 1.2.0) and `1.2.x`. Words such as `and`, `&&`, `latest` or `1.28+` are not part of the syntax.',
    ko: '차트의 `version`은 MAJOR.MINOR.PATCH로 쓰고, 필요하면 프리릴리스를 붙이세요(`1.4.2`, `2.0.0-rc.1`. 프리릴리스 안의 숫자는 0으로 시작할 수 없음). 범위는 모두 만족해야 하는 비교 조건을 공백이나 쉼표로 구분해 쓰고(`>=1.28.0-0 <1.34.0-0`), 여러 범위 중 하나면 될 때는 `||`로 이으세요. 줄임 형태 `~1.2.0`(1.2의 패치들), `^1.2.0`(1.2.0 이상의 1.x), `1.2.x`도 쓸 수 있습니다. `and`, `&&`, `latest`, `1.28+` 같은 표기는 문법에 없습니다.',
  },
  peers: { helmLint: ['validateChartVersion'] },
  example: {
    bad: chartFile({ replace: { version: 'version: 0.1.0.1' } }),
    good: chartFile({ replace: { version: 'version: 0.1.1' } }),
  },
  messages: {
    version: {
      en: 'Helm cannot read the chart version "{version}" as SemVer, so it cannot load the chart (`chart.metadata.version "{version}" is invalid`): `helm template`, `helm install` and `helm package` stop. Write MAJOR.MINOR.PATCH, such as `0.1.0` or `1.4.2-rc.1`.',
      ko: 'Helm은 차트 버전 "{version}"{을/를} SemVer로 읽지 못해 차트를 불러오지 못합니다(`chart.metadata.version "{version}" is invalid`). 그래서 `helm template`, `helm install`, `helm package`가 멈춥니다. `0.1.0`이나 `1.4.2-rc.1`처럼 MAJOR.MINOR.PATCH로 쓰세요.',
    },
    versionZero: {
      en: 'Helm cannot read the chart version "{version}": a number in the pre-release part may not start with 0 (`rc.01`), so Helm cannot load the chart (`chart.metadata.version "{version}" is invalid`) and `helm template`, `helm install` and `helm package` stop. Drop the leading zero (`rc.1`) or join the number to the letters (`rc01`).',
      ko: 'Helm은 차트 버전 "{version}"{을/를} 읽지 못합니다. 프리릴리스 부분의 숫자는 0으로 시작할 수 없으므로(`rc.01`) 차트를 불러오지 못하고(`chart.metadata.version "{version}" is invalid`) `helm template`, `helm install`, `helm package`가 멈춥니다. 앞의 0을 빼거나(`rc.1`) 숫자를 글자에 붙여 쓰세요(`rc01`).',
    },
    kubeVersion: {
      en: 'Helm cannot read the `kubeVersion` "{range}" as a SemVer range, so it refuses to install or template the chart for every cluster ("chart requires kubeVersion: {range} which is incompatible with Kubernetes …"). Write comparisons separated by spaces or commas (`>=1.28.0-0 <1.34.0-0`), alternatives joined by `||`.',
      ko: 'Helm은 `kubeVersion` 값 "{range}"{을/를} SemVer 범위로 읽지 못하므로 모든 클러스터에서 차트의 설치와 렌더링을 거부합니다(`chart requires kubeVersion: {range} which is incompatible with Kubernetes …`). 비교 조건을 공백이나 쉼표로 구분해 쓰고(`>=1.28.0-0 <1.34.0-0`), 여러 범위 중 하나면 될 때는 `||`로 이으세요.',
    },
    dependency: {
      en: 'Helm cannot read "{version}", the version of dependency `{dependency}`, as a SemVer version or range, so `helm dependency build` and `helm dependency update` stop (`dependency "{dependency}" has an invalid version/constraint format`). Write a version (`15.2.0`) or a range (`~15.2.0`, `15.x.x`, `>=15.0.0 <16.0.0`).',
      ko: 'Helm은 의존 차트 `{dependency}`의 버전 "{version}"{을/를} SemVer 버전이나 범위로 읽지 못하므로 `helm dependency build`와 `helm dependency update`가 멈춥니다(`dependency "{dependency}" has an invalid version/constraint format`). 버전(`15.2.0`)이나 범위(`~15.2.0`, `15.x.x`, `>=15.0.0 <16.0.0`)로 쓰세요.',
    },
  },
  // No fix: which version or range was meant (`1.4.2.1`, `>=1.28 and <1.33`) is the author's to say.
  check(ctx) {
    const value = ctx.value;
    // Numbers and booleans are chart-quote-strings', missing and empty keys chart-schema's: only text is judged here.
    if (!value) return;
    const version = textField(value, 'version');
    if (version && !isSemver(version.text))
      ctx.report({
        range: ctx.valueRange([version.key]),
        message: ctx.t(leadingZeroOnly(version.text) ? 'versionZero' : 'version', { version: version.text }),
      });
    // An empty kubeVersion is no range at all: Helm checks none.
    const kubeVersion = textField(value, 'kubeVersion');
    if (kubeVersion && readsAsRange(kubeVersion.text) === false)
      ctx.report({
        range: ctx.valueRange([kubeVersion.key]),
        message: ctx.t('kubeVersion', { range: kubeVersion.text }),
      });
    const listKey = fieldKey(value, 'dependencies');
    const dependencies = listKey === undefined ? undefined : value[listKey];
    // `helm dependency build` reads the list Helm loads: requirements.yaml's, when that file sets one.
    if (listKey === undefined || !Array.isArray(dependencies) || !ctx.listsDependencies) return;
    dependencies.forEach((dependency: unknown, i) => {
      if (jsonType(dependency) !== 'map') return;
      const fields = dependency as Record<string, unknown>;
      const key = fieldKey(fields, 'version');
      const text = key === undefined ? undefined : fields[key];
      // Unlike the chart's own version, an empty one is read, and refused, as a range (`improper constraint: `).
      if (key === undefined || typeof text !== 'string' || readsAsRange(text) !== false) return;
      const name = textField(fields, 'name')?.text ?? `${listKey}[${i}]`;
      ctx.report({
        range: ctx.valueRange([listKey, i, key]),
        message: ctx.t('dependency', { version: text, dependency: name }),
      });
    });
  },
});

/** Whether the version fails only for a pre-release number written with a leading zero (`1.0.0-rc.01`). */
function leadingZeroOnly(version: string): boolean {
  const dash = version.indexOf('-');
  if (dash < 0) return false;
  const plus = version.indexOf('+', dash);
  const end = plus < 0 ? version.length : plus;
  const pre = version
    .slice(dash + 1, end)
    .split('.')
    .map((part) => (/^0[0-9]+$/.test(part) ? part.replace(/^0+(?=.)/, '') : part))
    .join('.');
  return isSemver(`${version.slice(0, dash + 1)}${pre}${version.slice(end)}`);
}
