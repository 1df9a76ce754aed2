/**
 * The Helm chart inflator (api/types/helmchartargs.go): `helmGlobals`, `helmCharts`, and the
 * deprecated `helmChartInflationGenerator`, which kustomize converts with SplitHelmParameters.
 */
import type { KustomizeField } from './fields';
import { ANY_MAP, BOOL, field, oneOf, STRING, STRINGS } from './fields-build';

/** HelmChartInflationGenerator.errIfIllegalValuesMerge rejects anything else; empty means `override`. */
const VALUES_MERGE = oneOf('merge', 'override', 'replace');

export const HELM_STRUCTS: Readonly<Record<string, readonly KustomizeField[]>> = {
  HelmGlobals: [
    field(
      'chartHome',
      STRING,
      'Folder, relative to this kustomization, holding one subfolder per chart; defaults to `charts`. A chart found there is used as is; a missing one is pulled into it.',
      '차트마다 하위 폴더를 하나씩 두는 폴더로, 이 kustomization을 기준으로 한 경로이며 기본값은 `charts`입니다. 거기 있는 차트는 그대로 쓰고, 없는 차트는 그곳으로 내려받습니다.',
    ),
    field(
      'configHome',
      STRING,
      'Folder passed to helm as `HELM_CONFIG_HOME` (with its cache and data beneath it); defaults to a temporary folder. kustomize itself never reads it.',
      'helm에 `HELM_CONFIG_HOME`으로 넘기는 폴더로, 캐시와 데이터도 그 아래에 둡니다. 기본값은 임시 폴더이며 kustomize 자신은 읽지 않습니다.',
    ),
  ],

  HelmChart: [
    // Required: HelmChartInflationGenerator.validateArgs fails with "chart name cannot be empty".
    field(
      'name',
      STRING,
      'Name of the chart, e.g. `minecraft`; it is also the chart’s folder under `chartHome`.',
      '차트 이름입니다. 예: `minecraft`. `chartHome` 아래 차트 폴더의 이름이기도 합니다.',
      { required: true },
    ),
    field(
      'version',
      STRING,
      'Chart version to pull, e.g. `3.1.3`. Quote versions that look like numbers (`version: "1.10"`): kustomize rejects a YAML number here.',
      '내려받을 차트 버전입니다. 예: `3.1.3`. 숫자처럼 보이는 버전은 따옴표로 감싸야 합니다(`version: "1.10"`). 여기에 YAML 숫자를 쓰면 kustomize가 거부합니다.',
    ),
    field(
      'repo',
      STRING,
      'Where to pull the chart from: a chart repository URL (helm’s `--repo`), e.g. `https://charts.bitnami.com/bitnami`, or an `oci://` registry.',
      '차트를 내려받을 곳입니다. 차트 저장소 URL(helm의 `--repo`, 예: `https://charts.bitnami.com/bitnami`)이나 `oci://` 레지스트리를 씁니다.',
    ),
    field(
      'releaseName',
      STRING,
      'Release name passed to `helm template`, seen by the chart as `.Release.Name`. Example: `my-db`.',
      '`helm template`에 넘기는 릴리스 이름으로, 차트에서는 `.Release.Name`입니다. 예: `my-db`.',
    ),
    field(
      'namespace',
      STRING,
      'Release namespace, seen by the chart as `.Release.Namespace`. When unset, kustomize v5.8 and later pass the kustomization’s `namespace`.',
      '릴리스 네임스페이스로, 차트에서는 `.Release.Namespace`입니다. 비워 두면 kustomize v5.8 이상은 kustomization의 `namespace`를 넘깁니다.',
    ),
    field(
      'additionalValuesFiles',
      STRINGS,
      'More values files, applied after `valuesFile` in this order.',
      '`valuesFile` 다음에 이 순서대로 적용할 values 파일입니다.',
      { path: 'file' },
    ),
    field(
      'valuesFile',
      STRING,
      'Values file used instead of the chart’s own `values.yaml`. Example: `values-prod.yaml`.',
      '차트의 `values.yaml` 대신 쓸 values 파일입니다. 예: `values-prod.yaml`.',
      { path: 'file' },
    ),
    field(
      'valuesInline',
      ANY_MAP,
      'Values written inline in the kustomization, combined with the values file as `valuesMerge` says.',
      'kustomization에 직접 쓴 values로, `valuesMerge`에 따라 values 파일과 합쳐집니다.',
    ),
    field(
      'valuesMerge',
      VALUES_MERGE,
      'How `valuesInline` combines with the values file: `override` (the default; inline values win), `merge` (the file wins where both set a key) or `replace` (only the inline values). kustomize rejects any other value.',
      '`valuesInline`을 values 파일과 합치는 방법입니다. `override`(기본값, 인라인 값이 이김), `merge`(둘 다 정한 키는 파일 값이 이김), `replace`(인라인 값만 씀) 중 하나이며, 다른 값은 kustomize가 거부합니다.',
    ),
    field(
      'includeCRDs',
      BOOL,
      'Also render the chart’s CustomResourceDefinitions (`--include-crds`). Default `false`.',
      '차트의 CustomResourceDefinition도 렌더링합니다(`--include-crds`). 기본값은 `false`입니다.',
    ),
    field(
      'skipHooks',
      BOOL,
      'Leave out the chart’s hook resources (`--no-hooks`). Default `false`.',
      '차트의 훅 리소스를 빼고 렌더링합니다(`--no-hooks`). 기본값은 `false`입니다.',
    ),
    field(
      'apiVersions',
      STRINGS,
      'API versions the chart sees as available in `.Capabilities.APIVersions` (`--api-versions`). Example: `monitoring.coreos.com/v1`.',
      '차트가 `.Capabilities.APIVersions`에서 사용할 수 있다고 보는 API 버전입니다(`--api-versions`). 예: `monitoring.coreos.com/v1`.',
    ),
    field(
      'kubeVersion',
      STRING,
      'Kubernetes version the chart sees in `.Capabilities.KubeVersion` (`--kube-version`). Example: `1.30.0`.',
      '차트가 `.Capabilities.KubeVersion`에서 보는 쿠버네티스 버전입니다(`--kube-version`). 예: `1.30.0`.',
    ),
    field(
      'nameTemplate',
      STRING,
      'Template for the release name (`--name-template`).',
      '릴리스 이름을 만드는 템플릿입니다(`--name-template`).',
    ),
    field(
      'skipTests',
      BOOL,
      'Leave out the chart’s test resources (`--skip-tests`). Default `false`.',
      '차트의 테스트 리소스를 빼고 렌더링합니다(`--skip-tests`). 기본값은 `false`입니다.',
    ),
    field(
      'debug',
      BOOL,
      'Run `helm template` with `--debug` for more output. Default `false`.',
      '더 많은 출력을 보도록 `helm template`을 `--debug`로 실행합니다. 기본값은 `false`입니다.',
    ),
    field(
      'devel',
      BOOL,
      'Allow development versions of the chart such as `1.0.0-rc.1` (`--devel`). Default `false`.',
      '`1.0.0-rc.1` 같은 개발 버전 차트도 허용합니다(`--devel`). 기본값은 `false`입니다.',
    ),
  ],

  // Deprecated as a whole; makeHelmChartFromHca copies only some fields, so the others do nothing.
  HelmChartArgs: [
    // Required: copied to helmCharts[].name, which HelmChartInflationGenerator.validateArgs requires.
    field(
      'chartName',
      STRING,
      'Name of the chart; `helmCharts[].name` now.',
      '차트 이름입니다. 지금은 `helmCharts[].name`입니다.',
      { required: true },
    ),
    field(
      'chartVersion',
      STRING,
      'Chart version to pull; `helmCharts[].version` now.',
      '내려받을 차트 버전입니다. 지금은 `helmCharts[].version`입니다.',
    ),
    field(
      'chartRepoUrl',
      STRING,
      'Chart repository URL; `helmCharts[].repo` now.',
      '차트 저장소 URL입니다. 지금은 `helmCharts[].repo`입니다.',
    ),
    field(
      'chartHome',
      STRING,
      'Folder holding the charts; `helmGlobals.chartHome` now (the last one set wins).',
      '차트를 두는 폴더입니다. 지금은 `helmGlobals.chartHome`입니다(마지막으로 정한 값이 쓰입니다).',
    ),
    field(
      'chartRepoName',
      STRING,
      'Name of the chart repository. Ignored: kustomize no longer reads it.',
      '차트 저장소 이름입니다. kustomize가 더 이상 읽지 않아 무시됩니다.',
    ),
    field(
      'helmBin',
      STRING,
      'Path of the helm binary. Ignored: use `kustomize build --helm-command` instead.',
      'helm 실행 파일 경로입니다. 무시되며, 대신 `kustomize build --helm-command`를 씁니다.',
    ),
    field(
      'helmHome',
      STRING,
      'Helm’s configuration folder; `helmGlobals.configHome` now (the last one set wins).',
      'helm 설정 폴더입니다. 지금은 `helmGlobals.configHome`입니다(마지막으로 정한 값이 쓰입니다).',
    ),
    field(
      'values',
      STRING,
      'Values file to use; `helmCharts[].valuesFile` now.',
      '쓸 values 파일입니다. 지금은 `helmCharts[].valuesFile`입니다.',
      { path: 'file' },
    ),
    field(
      'valuesLocal',
      ANY_MAP,
      'Values written inline; `helmCharts[].valuesInline` now.',
      '직접 쓴 values입니다. 지금은 `helmCharts[].valuesInline`입니다.',
    ),
    field(
      'valuesMerge',
      VALUES_MERGE,
      'How inline values combine with the values file: `override` (the default), `merge` or `replace`; `helmCharts[].valuesMerge` now. kustomize rejects any other value.',
      '인라인 values를 values 파일과 합치는 방법으로 `override`(기본값), `merge`, `replace` 중 하나입니다. 지금은 `helmCharts[].valuesMerge`이며, 다른 값은 kustomize가 거부합니다.',
    ),
    field(
      'releaseName',
      STRING,
      'Release name; `helmCharts[].releaseName` now.',
      '릴리스 이름입니다. 지금은 `helmCharts[].releaseName`입니다.',
    ),
    field(
      'releaseNamespace',
      STRING,
      'Release namespace. Ignored by the conversion: write `helmCharts[].namespace` instead.',
      '릴리스 네임스페이스입니다. 변환할 때 무시되므로 대신 `helmCharts[].namespace`를 씁니다.',
    ),
    field(
      'extraArgs',
      STRINGS,
      'Extra helm arguments. Ignored: `helmCharts` has a field for each supported flag.',
      '추가 helm 인자입니다. 무시되며, `helmCharts`에 지원하는 플래그마다 필드가 있습니다.',
    ),
  ],
};
