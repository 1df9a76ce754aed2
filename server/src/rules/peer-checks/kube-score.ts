import { POD_WORKLOADS } from './kinds';
import type { PeerCheck } from './types';

/**
 * kube-score's checks. An id is the check's registered name lower-cased with dashes, as
 * `kube-score list` prints it; optional checks only run with --enable-optional-test.
 *
 * Source: github.com/zegl/kube-score, the Register functions under score/ (container, security,
 * probes, apps, deployment, disruptionbudget, cronjob, hpa, ingress, meta, networkpolicy,
 * service, stable, podtopologyspreadconstraints) as wired in score/score.go, cross-checked with
 * README_CHECKS.md of v1.20.0. The OpenShift Route checks exist only on an open pull request.
 */
export const KUBE_SCORE_CHECKS: readonly PeerCheck[] = [
  {
    id: 'deployment-strategy',
    defaultOn: true,
    kinds: ['Deployment'],
    summary: 'A Deployment behind a Service does not use the RollingUpdate strategy.',
  },
  {
    id: 'deployment-replicas',
    defaultOn: true,
    kinds: ['Deployment'],
    summary: 'A Deployment runs fewer replicas than the configured minimum (2 by default).',
  },
  {
    id: 'deployment-has-poddisruptionbudget',
    defaultOn: true,
    kinds: ['Deployment'],
    summary: 'No PodDisruptionBudget targets the Deployment.',
  },
  {
    id: 'deployment-has-host-podantiaffinity',
    defaultOn: true,
    kinds: ['Deployment'],
    summary: 'A multi-replica Deployment has no host pod anti-affinity.',
  },
  {
    id: 'deployment-targeted-by-hpa-does-not-have-replicas-configured',
    defaultOn: true,
    kinds: ['Deployment'],
    summary: 'A Deployment scaled by an HPA also sets replicas itself.',
  },
  {
    id: 'deployment-pod-selector-labels-match-template-metadata-labels',
    defaultOn: true,
    kinds: ['Deployment'],
    summary: 'A Deployment selector does not match its pod template labels.',
  },
  {
    id: 'statefulset-has-poddisruptionbudget',
    defaultOn: true,
    kinds: ['StatefulSet'],
    summary: 'No PodDisruptionBudget targets the StatefulSet.',
  },
  {
    id: 'statefulset-has-host-podantiaffinity',
    defaultOn: true,
    kinds: ['StatefulSet'],
    summary: 'A multi-replica StatefulSet has no host pod anti-affinity.',
  },
  {
    id: 'statefulset-has-servicename',
    defaultOn: true,
    kinds: ['StatefulSet'],
    summary: 'A StatefulSet serviceName does not name an existing headless Service selecting it.',
  },
  {
    id: 'statefulset-pod-selector-labels-match-template-metadata-labels',
    defaultOn: true,
    kinds: ['StatefulSet'],
    summary: 'A StatefulSet selector does not match its pod template labels.',
  },
  {
    id: 'poddisruptionbudget-has-policy',
    defaultOn: true,
    kinds: ['PodDisruptionBudget'],
    summary: 'A PodDisruptionBudget sets neither minAvailable nor maxUnavailable.',
  },
  {
    id: 'ingress-targets-service',
    defaultOn: true,
    kinds: ['Ingress'],
    summary: 'An Ingress backend names a Service that is not in the manifests.',
  },
  {
    id: 'cronjob-has-deadline',
    defaultOn: true,
    kinds: ['CronJob'],
    summary: 'A CronJob has no startingDeadlineSeconds.',
  },
  {
    id: 'cronjob-restartpolicy',
    defaultOn: true,
    kinds: ['CronJob'],
    summary: 'A CronJob pod template lacks a valid restartPolicy (OnFailure or Never).',
  },
  {
    id: 'container-resources',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container lacks CPU or memory requests or limits.',
  },
  {
    id: 'container-resource-requests-equal-limits',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container requests less CPU or memory than its limit.',
  },
  {
    id: 'container-cpu-requests-equal-limits',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container CPU request differs from its CPU limit.',
  },
  {
    id: 'container-memory-requests-equal-limits',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container memory request differs from its memory limit.',
  },
  {
    id: 'container-image-tag',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container image has no tag or the latest tag.',
  },
  {
    id: 'container-image-pull-policy',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container imagePullPolicy is not Always.',
  },
  {
    id: 'container-ephemeral-storage-request-and-limit',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container lacks an ephemeral-storage request or limit.',
  },
  {
    id: 'container-ephemeral-storage-request-equals-limit',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container ephemeral-storage request differs from its limit.',
  },
  {
    id: 'container-ports-check',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container port is empty or a port name is used twice.',
  },
  {
    id: 'environment-variable-key-duplication',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container defines the same environment variable twice.',
  },
  {
    id: 'pod-networkpolicy',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'No NetworkPolicy covers the pod for both ingress and egress.',
  },
  {
    id: 'pod-probes',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A pod behind a Service has no readiness probe (a missing liveness probe is a lesser note).',
  },
  {
    id: 'pod-probes-identical',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container uses the same check for its readiness and liveness probes.',
  },
  {
    id: 'container-security-context-user-group-id',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container does not run with runAsUser and runAsGroup above 10000.',
  },
  {
    id: 'container-security-context-privileged',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container runs privileged.',
  },
  {
    id: 'container-security-context-readonlyrootfilesystem',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container does not set readOnlyRootFilesystem.',
  },
  {
    id: 'container-seccomp-profile',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'The pod has no seccomp profile configured.',
  },
  {
    id: 'pod-topology-spread-constraints',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A topologySpreadConstraint is malformed (no selector, zero maxSkew, no topologyKey, ...).',
  },
  {
    id: 'networkpolicy-targets-pod',
    defaultOn: true,
    kinds: ['NetworkPolicy'],
    summary: 'A NetworkPolicy selects no pod in the manifests.',
  },
  {
    id: 'service-targets-pod',
    defaultOn: true,
    kinds: ['Service'],
    summary: 'A Service selector matches no pod in the manifests.',
  },
  { id: 'service-type', defaultOn: true, kinds: ['Service'], summary: 'A Service is of type NodePort.' },
  {
    id: 'stable-version',
    defaultOn: true,
    summary: 'An object uses an API version that has a stable replacement.',
  },
  { id: 'label-values', defaultOn: true, summary: 'A label value is not a valid Kubernetes label value.' },
  {
    id: 'horizontalpodautoscaler-has-target',
    defaultOn: true,
    kinds: ['HorizontalPodAutoscaler'],
    summary: 'An HPA targets an object that is not in the manifests.',
  },
  {
    id: 'horizontalpodautoscaler-replicas',
    defaultOn: true,
    kinds: ['HorizontalPodAutoscaler'],
    summary: 'An HPA allows fewer replicas than the minimum.',
  },
];
