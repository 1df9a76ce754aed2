import { defineKubernetesRule } from '../../../engine/rule';
import { reportApiVersion } from '../../../schema/api-version-report';
import { deployment } from '../example-files';

const HPA = [
  'apiVersion: autoscaling/v2',
  'kind: HorizontalPodAutoscaler',
  'metadata:',
  '  name: web',
  'spec:',
  '  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }',
  '  minReplicas: 2',
  '  maxReplicas: 6',
  '  metrics:',
  '    - type: Resource',
  '      resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } }',
].join('\n');

export default defineKubernetesRule({
  id: 'deprecated-api-version',
  title: {
    en: 'Move off deprecated API versions before they are removed',
    ko: '제거되기 전에 지원 중단된 API 버전에서 옮기기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['kubernetes-architecture', 'hybrid-multi-cloud'],
  description: {
    en: 'A deprecated API version still works on your Kubernetes release (the `kubernetesVersion` setting) but is announced for removal: the day the cluster is upgraded past that release, applying this manifest fails. Moving now, while both versions are served, is a one-line change instead of an outage.',
    ko: '지원 중단된 API 버전은 지금 쓰는 쿠버네티스 릴리스(`kubernetesVersion` 설정)에서는 아직 동작하지만 제거가 예고되어 있습니다. 클러스터를 그 릴리스 너머로 업그레이드하는 날 이 매니페스트의 적용은 실패합니다. 두 버전을 모두 제공하는 지금 옮기면 장애 대신 한 줄 변경으로 끝납니다.',
  },
  remediation: {
    en: 'Change apiVersion to the replacement the finding names; the quick fix does it where the object is valid as it stands under the new version.',
    ko: 'apiVersion을 결과가 알려 주는 대체 버전으로 바꾸세요. 오브젝트가 새 버전에서 그대로 유효하면 빠른 수정이 해 줍니다.',
  },
  peers: { kubeScore: ['stable-version'], trivy: ['KSV107'] },
  example: {
    // Judged for a 1.24 cluster: autoscaling/v2beta2 was still served there, and already deprecated.
    bad: deployment({ more: [HPA.replace('autoscaling/v2', 'autoscaling/v2beta2')] }),
    good: deployment({ more: [HPA] }),
    config: { kubernetesVersion: '1.24' },
  },
  messages: {
    deprecatedMoveTo: {
      en: '{kind} in {apiVersion} is deprecated since Kubernetes {deprecatedIn} and removed in {removedIn}; use apiVersion {replacement}.',
      ko: '{apiVersion}의 {kind}{은/는} 쿠버네티스 {deprecatedIn}부터 지원 중단되었고 {removedIn}에서 제거됩니다. apiVersion {replacement}{을/를} 쓰세요.',
    },
    deprecatedUse: {
      en: '{kind} in {apiVersion} is deprecated since Kubernetes {deprecatedIn}; use {replacement} instead.',
      ko: '{apiVersion}의 {kind}{은/는} 쿠버네티스 {deprecatedIn}부터 지원 중단되었습니다. 대신 {replacement}{을/를} 쓰세요.',
    },
    deprecatedNoReplacement: {
      en: '{kind} in {apiVersion} is deprecated since Kubernetes {deprecatedIn} and removed in {removedIn}, with no replacement.',
      ko: '{apiVersion}의 {kind}{은/는} 쿠버네티스 {deprecatedIn}부터 지원 중단되었고 {removedIn}에서 대체 없이 제거됩니다.',
    },
    deprecatedOnly: {
      en: '{kind} in {apiVersion} is deprecated since Kubernetes {deprecatedIn}, with no replacement.',
      ko: '{apiVersion}의 {kind}{은/는} 쿠버네티스 {deprecatedIn}부터 대체 없이 지원 중단되었습니다.',
    },
    fix: { en: 'Change apiVersion to {replacement}', ko: 'apiVersion을 {replacement}{으로/로} 바꾸기' },
  },
  // Versions differ in defaults and meaning (extensions/v1beta1 Deployment strategy defaults; an
  // empty PodDisruptionBudget selector matches no pods in policy/v1beta1 and every pod in
  // policy/v1): a person should look before the apiVersion changes, so never on save.
  fix: 'unsafe',
  check(ctx) {
    reportApiVersion(ctx, 'deprecated');
  },
});
