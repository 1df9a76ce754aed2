import { defineKubernetesRule } from '../../../engine/rule';
import { reportApiVersion } from '../../../schema/api-version-report';

export default defineKubernetesRule({
  id: 'removed-api-version',
  title: 'Use API versions your Kubernetes release still serves',
  severity: 'error',
  concept: 'declarative-specs',
  description:
    'Kubernetes retires beta API versions: extensions/v1beta1 and apps/v1beta2 workloads went in 1.16, extensions and networking.k8s.io/v1beta1 Ingress in 1.22, batch/v1beta1 CronJob and policy/v1beta1 in 1.25, autoscaling/v2beta2 in 1.26, the flowcontrol betas by 1.32. A manifest that names one is rejected by a cluster of that release or newer (the `kubernetesVersion` setting), so the desired state it declares can no longer be applied at all.',
  remediation:
    'Change apiVersion to the replacement the finding names. Where the object is valid as it stands under the new version, the quick fix does it; otherwise some fields moved (Ingress backends, for example) and need rewriting too.',
  peers: {},
  example: {
    bad: 'apiVersion: batch/v1beta1\nkind: CronJob',
    good: 'apiVersion: batch/v1\nkind: CronJob',
  },
  messages: {
    removedMoveTo: {
      en: '{kind} in {apiVersion} was removed in Kubernetes {removedIn}, so a {target} cluster rejects it; use apiVersion {replacement}.',
      ko: '{apiVersion}의 {kind}는 Kubernetes {removedIn}에서 제거되어 {target} 클러스터가 거부합니다. apiVersion {replacement}을(를) 쓰세요.',
    },
    removedRewrite: {
      en: '{kind} in {apiVersion} was removed in Kubernetes {removedIn}, so a {target} cluster rejects it; move to apiVersion {replacement}, whose fields differ, so more than the apiVersion must change.',
      ko: '{apiVersion}의 {kind}는 Kubernetes {removedIn}에서 제거되어 {target} 클러스터가 거부합니다. apiVersion {replacement}(으)로 옮기되, 필드 구조가 달라 apiVersion 외에도 고쳐야 합니다.',
    },
    removedNoReplacement: {
      en: '{kind} in {apiVersion} was removed in Kubernetes {removedIn} with no replacement, so a {target} cluster rejects it.',
      ko: '{apiVersion}의 {kind}는 Kubernetes {removedIn}에서 대체 없이 제거되어 {target} 클러스터가 거부합니다.',
    },
    fix: { en: 'Change apiVersion to {replacement}', ko: 'apiVersion을 {replacement}(으)로 바꾸기' },
  },
  fixable: true,
  // Versions differ in defaults and meaning (extensions/v1beta1 Deployment strategy defaults; an
  // empty PodDisruptionBudget selector matches no pods in policy/v1beta1 and every pod in
  // policy/v1): a person should look before the apiVersion changes, so never on save.
  fixChangesBehaviour: true,
  check(ctx) {
    reportApiVersion(ctx, 'removed');
  },
});
