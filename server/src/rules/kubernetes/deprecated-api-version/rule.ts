import { defineKubernetesRule } from '../../../engine/rule';
import { reportApiVersion } from '../../../schema/api-version-report';

export default defineKubernetesRule({
  id: 'deprecated-api-version',
  title: 'Move off deprecated API versions before they are removed',
  severity: 'warning',
  concept: 'declarative-specs',
  description:
    'A deprecated API version still works on your Kubernetes release (the `kubernetesVersion` setting) but is announced for removal: the day the cluster is upgraded past that release, applying this manifest fails. Moving now, while both versions are served, is a one-line change instead of an outage.',
  remediation:
    'Change apiVersion to the replacement the finding names; the quick fix does it where the object is valid as it stands under the new version.',
  peers: {},
  example: {
    bad: 'apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler',
    good: 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler',
  },
  messages: {
    deprecatedMoveTo: {
      en: '{kind} in {apiVersion} is deprecated since Kubernetes {deprecatedIn} and removed in {removedIn}; use apiVersion {replacement}.',
      ko: '{apiVersion}의 {kind}는 Kubernetes {deprecatedIn}부터 지원 중단되었고 {removedIn}에서 제거됩니다. apiVersion {replacement}을(를) 쓰세요.',
    },
    deprecatedUse: {
      en: '{kind} in {apiVersion} is deprecated since Kubernetes {deprecatedIn}; use {replacement} instead.',
      ko: '{apiVersion}의 {kind}는 Kubernetes {deprecatedIn}부터 지원 중단되었습니다. 대신 {replacement}을(를) 쓰세요.',
    },
    deprecatedNoReplacement: {
      en: '{kind} in {apiVersion} is deprecated since Kubernetes {deprecatedIn} and removed in {removedIn}, with no replacement.',
      ko: '{apiVersion}의 {kind}는 Kubernetes {deprecatedIn}부터 지원 중단되었고 {removedIn}에서 대체 없이 제거됩니다.',
    },
    deprecatedOnly: {
      en: '{kind} in {apiVersion} is deprecated since Kubernetes {deprecatedIn}, with no replacement.',
      ko: '{apiVersion}의 {kind}는 Kubernetes {deprecatedIn}부터 대체 없이 지원 중단되었습니다.',
    },
    fix: { en: 'Change apiVersion to {replacement}', ko: 'apiVersion을 {replacement}(으)로 바꾸기' },
  },
  fixable: true,
  // Versions differ in defaults and meaning (extensions/v1beta1 Deployment strategy defaults; an
  // empty PodDisruptionBudget selector matches no pods in policy/v1beta1 and every pod in
  // policy/v1): a person should look before the apiVersion changes, so never on save.
  fixChangesBehaviour: true,
  check(ctx) {
    reportApiVersion(ctx, 'deprecated');
  },
});
