import { defineChartRule } from '../../../engine/rule';
import { kubeVersionRefusal } from '../../../helm/chart-metadata';
import { chartFile } from '../example-files';
import { readsAsRange, textField } from '../chart-version-semver/read';

export default defineChartRule({
  id: 'chart-kube-version',
  title: {
    en: 'Keep kubeVersion open to the Kubernetes release you target',
    ko: '`kubeVersion`에 대상 쿠버네티스 릴리스 포함하기',
  },
  severity: 'warning',
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: 'A chart’s `kubeVersion` is the range of Kubernetes releases it supports, and Helm holds every `helm install`, `helm upgrade` and `helm template` to it: for a cluster outside the range it stops before creating anything ("chart requires kubeVersion: … which is incompatible with Kubernetes v1.36.0"). A range written for the clusters of its day (`>=1.19.0-0 <1.25.0-0`) turns, once they are upgraded, into a chart nobody can install or upgrade. Helm compares the cluster’s full version, and managed clusters report versions with a suffix (`v1.29.3-eks-adc7111`, `v1.30.0-gke.1`) that SemVer reads as a pre-release: `>=1.28.0` leaves them out and `>=1.28.0-0` takes them, which is why charts write `-0` on each bound.',
    ko: '차트의 `kubeVersion`은 차트가 지원하는 쿠버네티스 릴리스의 범위이고, Helm은 `helm install`, `helm upgrade`, `helm template`을 할 때마다 이 범위를 지킵니다. 범위 밖의 클러스터라면 아무것도 만들기 전에 멈춥니다(`chart requires kubeVersion: … which is incompatible with Kubernetes v1.36.0`). 그 시절 클러스터에 맞춰 쓴 범위(`>=1.19.0-0 <1.25.0-0`)는 클러스터를 업그레이드하고 나면 아무도 설치하거나 업그레이드할 수 없는 차트가 됩니다. 또 Helm은 클러스터의 전체 버전을 비교하는데, 관리형 클러스터는 `v1.29.3-eks-adc7111`, `v1.30.0-gke.1`처럼 접미사가 붙은 버전을 알리고 SemVer는 이를 프리릴리스로 읽습니다. `>=1.28.0`은 이런 버전을 빼고 `>=1.28.0-0`은 포함하므로, 차트들은 범위의 양 끝에 `-0`을 붙여 씁니다.',
  },
  remediation: {
    en: 'Widen the range to take the release you deploy to, keeping `-0` on each bound so managed clusters’ versions match (`>=1.28.0-0`, or `>=1.28.0-0 <1.38.0-0` with an upper bound). If the chart really does not work there yet, update it before the clusters move. If your clusters run another release than this project targets, set `kubernetesVersion` to theirs.',
    ko: '배포할 릴리스가 들어가도록 범위를 넓히세요. 관리형 클러스터의 버전도 맞도록 범위의 양 끝에 `-0`을 남겨 두세요(`>=1.28.0-0`, 상한이 있으면 `>=1.28.0-0 <1.38.0-0`). 차트가 그 릴리스에서 정말 아직 동작하지 않는다면 클러스터를 올리기 전에 차트부터 고치세요. 클러스터가 이 프로젝트의 대상과 다른 릴리스를 쓴다면 `kubernetesVersion` 설정을 그 릴리스로 바꾸세요.',
  },
  exceptions: {
    en: 'A chart that supports only older clusters on purpose (it uses an API the targeted release removed) is right to refuse it: keep the range, and update the chart before the clusters move; `# cntutor ignore=chart-kube-version` on the line before says so.',
    ko: '일부러 예전 클러스터만 지원하는 차트(대상 릴리스에서 제거된 API를 씀)라면 거부하는 것이 맞습니다. 범위는 그대로 두고 클러스터를 올리기 전에 차트를 고치세요. 앞 줄에 `# cntutor ignore=chart-kube-version`을 써 두면 그 뜻이 남습니다.',
  },
  peers: {},
  noPeer:
    '`helm lint` does not compare `kubeVersion` with any Kubernetes release, and no other linter reads Chart.yaml; Helm itself checks the range only at install, upgrade and template time, against the cluster it talks to.',
  example: {
    bad: chartFile({ add: ['kubeVersion: ">=1.19.0-0 <1.25.0-0"'] }),
    good: chartFile({ add: ['kubeVersion: ">=1.28.0-0"'] }),
  },
  messages: {
    excluded: {
      en: 'Helm refuses to install, upgrade or template this chart for Kubernetes {release}, the release this project targets ("{refusal}"). Widen the range, or set `kubernetesVersion` to the release your clusters run.',
      ko: 'Helm은 이 프로젝트가 대상으로 하는 쿠버네티스 {release}에서 이 차트의 설치, 업그레이드, 렌더링을 모두 거부합니다(`{refusal}`). 범위를 넓히거나 `kubernetesVersion` 설정을 클러스터가 쓰는 릴리스로 바꾸세요.',
    },
  },
  // No fix: which releases the chart supports is a claim about its templates only its authors can make.
  check(ctx) {
    const kubeVersion = ctx.value && textField(ctx.value, 'kubeVersion');
    // A range Helm cannot read refuses every release: chart-version-semver reports that, once.
    if (!kubeVersion || readsAsRange(kubeVersion.text) !== true) return;
    const release = ctx.config.kubernetesVersion;
    const refusal = kubeVersionRefusal({ kubeVersion: kubeVersion.text }, release);
    if (refusal)
      ctx.report({ range: ctx.valueRange([kubeVersion.key]), message: ctx.t('excluded', { release, refusal }) });
  },
});
