import { defineKubernetesRule } from '../../../engine/rule';
import { reportApiVersion } from '../../../schema/api-version-report';
import { deployment } from '../example-files';

export default defineKubernetesRule({
  id: 'removed-api-version',
  title: {
    en: 'Use API versions your Kubernetes release still serves',
    ko: '쿠버네티스 릴리스가 아직 제공하는 API 버전 쓰기',
  },
  severity: 'error',
  concept: 'declarative-specs',
  topics: ['kubernetes-architecture', 'hybrid-multi-cloud'],
  description: {
    en: 'Kubernetes retires beta API versions: extensions/v1beta1 and apps/v1beta2 workloads went in 1.16, extensions and networking.k8s.io/v1beta1 Ingress in 1.22, batch/v1beta1 CronJob and policy/v1beta1 in 1.25, autoscaling/v2beta2 in 1.26, the flowcontrol betas by 1.32. A manifest that names one is rejected by a cluster of that release or newer (the `kubernetesVersion` setting), so the desired state it declares can no longer be applied at all.',
    ko: '쿠버네티스는 베타 API 버전을 퇴역시킵니다. extensions/v1beta1과 apps/v1beta2 워크로드는 1.16에서, extensions와 networking.k8s.io/v1beta1 인그레스는 1.22에서, batch/v1beta1 크론잡과 policy/v1beta1은 1.25에서, autoscaling/v2beta2는 1.26에서, flowcontrol 베타는 1.32까지 사라졌습니다. 그런 버전을 적은 매니페스트는 그 릴리스 이상의 클러스터(`kubernetesVersion` 설정)가 거부하므로, 선언한 원하는 상태를 아예 적용할 수 없습니다.',
  },
  remediation: {
    en: 'Change apiVersion to the replacement the finding names. Where the object is valid as it stands under the new version, the quick fix does it; otherwise some fields moved (Ingress backends, for example) and need rewriting too.',
    ko: 'apiVersion을 결과가 알려 주는 대체 버전으로 바꾸세요. 오브젝트가 새 버전에서 그대로 유효하면 빠른 수정이 해 주고, 그렇지 않으면 일부 필드가 옮겨졌으므로(예: 인그레스 백엔드) 함께 고쳐 써야 합니다.',
  },
  peers: { kubeLinter: ['no-extensions-v1beta'], kubeScore: ['stable-version'] },
  example: {
    bad: deployment().replace('apiVersion: apps/v1', 'apiVersion: apps/v1beta2'),
    good: deployment(),
  },
  messages: {
    removedMoveTo: {
      en: '{kind} in {apiVersion} was removed in Kubernetes {removedIn}, so a {target} cluster rejects it; use apiVersion {replacement}.',
      ko: '{apiVersion}의 {kind}{은/는} 쿠버네티스 {removedIn}에서 제거되어 {target} 클러스터가 거부합니다. apiVersion {replacement}{을/를} 쓰세요.',
    },
    removedRewrite: {
      en: '{kind} in {apiVersion} was removed in Kubernetes {removedIn}, so a {target} cluster rejects it; move to apiVersion {replacement}, whose fields differ, so more than the apiVersion must change.',
      ko: '{apiVersion}의 {kind}{은/는} 쿠버네티스 {removedIn}에서 제거되어 {target} 클러스터가 거부합니다. apiVersion {replacement}{으로/로} 옮기되, 필드 구조가 달라 apiVersion 외에도 고쳐야 합니다.',
    },
    removedNoReplacement: {
      en: '{kind} in {apiVersion} was removed in Kubernetes {removedIn} with no replacement, so a {target} cluster rejects it.',
      ko: '{apiVersion}의 {kind}{은/는} 쿠버네티스 {removedIn}에서 대체 없이 제거되어 {target} 클러스터가 거부합니다.',
    },
    fix: { en: 'Change apiVersion to {replacement}', ko: 'apiVersion을 {replacement}{으로/로} 바꾸기' },
  },
  // Versions differ in defaults and meaning (extensions/v1beta1 Deployment strategy defaults; an
  // empty PodDisruptionBudget selector matches no pods in policy/v1beta1 and every pod in
  // policy/v1): a person should look before the apiVersion changes, so never on save.
  fix: 'unsafe',
  check(ctx) {
    reportApiVersion(ctx, 'removed');
  },
});
