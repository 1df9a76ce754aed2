import { POD_WORKLOADS, RBAC_ALL, RBAC_ROLES } from './kinds';
import type { PeerCheck } from './types';

/**
 * kube-linter's built-in checks.
 *
 * Source: github.com/stackrox/kube-linter, docs/generated/checks.md ("Enabled by default" for
 * defaultOn) at the revision that added sorted-keys (Oct 2025), plus env-value-from from the
 * same file after stackrox/kube-linter#1032 (released in v0.8). Checks seen only on open pull
 * requests (the RBAC escalation, workload hardening and supply-chain sets, hpa-maximum-replicas)
 * are not listed.
 */
export const KUBE_LINTER_CHECKS: readonly PeerCheck[] = [
  {
    id: 'access-to-create-pods',
    defaultOn: false,
    kinds: RBAC_ALL,
    summary: 'A subject may create pods or pod-creating workloads (CIS 5.1.4).',
  },
  {
    id: 'access-to-secrets',
    defaultOn: false,
    kinds: RBAC_ALL,
    summary: 'A subject may read or change Secrets (CIS 5.1.2).',
  },
  {
    id: 'cluster-admin-role-binding',
    defaultOn: false,
    kinds: ['ClusterRoleBinding'],
    summary: 'The cluster-admin role is bound to a subject (CIS 5.1.1).',
  },
  {
    id: 'dangling-horizontalpodautoscaler',
    defaultOn: false,
    kinds: ['HorizontalPodAutoscaler'],
    summary: 'An HPA targets a workload that is not in the manifests.',
  },
  {
    id: 'dangling-ingress',
    defaultOn: false,
    kinds: ['Ingress'],
    summary: 'An Ingress backend names a Service or port that is not in the manifests.',
  },
  {
    id: 'dangling-networkpolicy',
    defaultOn: false,
    kinds: ['NetworkPolicy'],
    summary: 'A NetworkPolicy podSelector matches no workload.',
  },
  {
    id: 'dangling-networkpolicypeer-podselector',
    defaultOn: false,
    kinds: ['NetworkPolicy'],
    summary: 'A podSelector in a NetworkPolicy ingress/egress peer matches no workload.',
  },
  {
    id: 'dangling-service',
    defaultOn: true,
    kinds: ['Service'],
    summary: 'A Service selector matches no workload.',
  },
  {
    id: 'dangling-servicemonitor',
    defaultOn: false,
    kinds: ['ServiceMonitor'],
    summary: 'A Prometheus ServiceMonitor selects no Service.',
  },
  {
    id: 'default-service-account',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'Pods run under the default service account.',
  },
  {
    id: 'deprecated-service-account-field',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'The pod spec uses the deprecated serviceAccount field instead of serviceAccountName.',
  },
  {
    id: 'dnsconfig-options',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'The pod spec lacks the expected dnsConfig options (ndots by default).',
  },
  {
    id: 'docker-sock',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'The Docker socket is mounted into a container.',
  },
  {
    id: 'drop-net-raw-capability',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container does not drop the NET_RAW capability.',
  },
  {
    id: 'duplicate-env-var',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container defines the same environment variable twice.',
  },
  {
    id: 'env-value-from',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'An env valueFrom names a Secret/ConfigMap or key that is not in the manifests.',
  },
  {
    id: 'env-var-secret',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A secret-looking environment variable has a literal value.',
  },
  {
    id: 'exposed-services',
    defaultOn: false,
    kinds: ['Service'],
    summary: 'A Service has a forbidden type (NodePort or LoadBalancer by default).',
  },
  { id: 'host-ipc', defaultOn: true, kinds: POD_WORKLOADS, summary: "The pod shares the host's IPC namespace." },
  {
    id: 'host-network',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: "The pod shares the host's network namespace.",
  },
  { id: 'host-pid', defaultOn: true, kinds: POD_WORKLOADS, summary: "The pod shares the host's process namespace." },
  {
    id: 'hpa-minimum-three-replicas',
    defaultOn: false,
    kinds: ['HorizontalPodAutoscaler'],
    summary: 'An HPA allows fewer than three minReplicas.',
  },
  {
    id: 'invalid-target-ports',
    defaultOn: true,
    kinds: [...POD_WORKLOADS, 'Service'],
    summary: 'A port name or targetPort breaks the naming rules (IANA service names).',
  },
  {
    id: 'job-ttl-seconds-after-finished',
    defaultOn: true,
    kinds: ['Job', 'CronJob'],
    summary: 'A standalone Job lacks ttlSecondsAfterFinished, or a CronJob job template sets it.',
  },
  {
    id: 'latest-tag',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container image uses the latest tag or no tag.',
  },
  {
    id: 'liveness-port',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A liveness probe targets a port the container does not expose.',
  },
  {
    id: 'minimum-three-replicas',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A workload runs fewer than three replicas.',
  },
  {
    id: 'mismatching-selector',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A workload selector does not match its pod template labels.',
  },
  {
    id: 'no-anti-affinity',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A multi-replica workload has no pod anti-affinity to spread replicas over nodes.',
  },
  {
    id: 'no-extensions-v1beta',
    defaultOn: true,
    summary: 'An object uses a removed extensions/v1beta* API version.',
  },
  {
    id: 'no-liveness-probe',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container has no liveness probe.',
  },
  {
    id: 'no-node-affinity',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'The pod spec has no node affinity.',
  },
  {
    id: 'no-read-only-root-fs',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container does not set readOnlyRootFilesystem.',
  },
  {
    id: 'no-readiness-probe',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container has no readiness probe.',
  },
  {
    id: 'no-rolling-update-strategy',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A workload does not use a rolling update strategy.',
  },
  {
    id: 'non-existent-service-account',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'The pod spec names a service account that is not in the manifests.',
  },
  {
    id: 'non-isolated-pod',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'No NetworkPolicy selects the workload.',
  },
  {
    id: 'pdb-max-unavailable',
    defaultOn: true,
    kinds: ['PodDisruptionBudget'],
    summary: 'A PodDisruptionBudget maxUnavailable of 0 blocks every voluntary disruption.',
  },
  {
    id: 'pdb-min-available',
    defaultOn: true,
    kinds: ['PodDisruptionBudget'],
    summary: 'A PodDisruptionBudget minAvailable at or above the replica count blocks every disruption.',
  },
  {
    id: 'pdb-unhealthy-pod-eviction-policy',
    defaultOn: true,
    kinds: ['PodDisruptionBudget'],
    summary: 'A PodDisruptionBudget does not set unhealthyPodEvictionPolicy explicitly.',
  },
  {
    id: 'priority-class-name',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'The pod spec does not use an accepted priorityClassName.',
  },
  {
    id: 'privilege-escalation-container',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container may gain more privileges than its parent (allowPrivilegeEscalation, privileged, SYS_ADMIN).',
  },
  {
    id: 'privileged-container',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container runs in privileged mode.',
  },
  {
    id: 'privileged-ports',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container maps a privileged port (below 1024).',
  },
  {
    id: 'read-secret-from-env-var',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container reads a Secret through an environment variable rather than a file (CIS 5.4.1).',
  },
  {
    id: 'readiness-port',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A readiness probe targets a port the container does not expose.',
  },
  {
    id: 'required-annotation-email',
    defaultOn: false,
    summary: 'An object lacks an "email" annotation with a valid address.',
  },
  { id: 'required-label-owner', defaultOn: false, summary: 'An object lacks an "owner" label.' },
  {
    id: 'restart-policy',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'The pod spec does not set restartPolicy to Always or OnFailure.',
  },
  {
    id: 'run-as-non-root',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container is not made to run as a non-root user (runAsNonRoot / runAsUser).',
  },
  {
    id: 'scc-deny-privileged-container',
    defaultOn: false,
    kinds: ['SecurityContextConstraints'],
    summary: 'An OpenShift SecurityContextConstraints allows privileged containers.',
  },
  {
    id: 'sensitive-host-mounts',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A sensitive host directory (/, /etc, /proc, /sys, ...) is mounted into a container.',
  },
  { id: 'sorted-keys', defaultOn: false, summary: 'YAML keys are not in alphabetical order.' },
  { id: 'ssh-port', defaultOn: true, kinds: POD_WORKLOADS, summary: 'A container exposes port 22.' },
  {
    id: 'startup-port',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A startup probe targets a port the container does not expose.',
  },
  {
    id: 'unsafe-proc-mount',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container sets procMount to Unmasked.',
  },
  {
    id: 'unsafe-sysctls',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'The pod sets unsafe sysctls.',
  },
  {
    id: 'unset-cpu-requirements',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container has no CPU request.',
  },
  {
    id: 'unset-memory-requirements',
    defaultOn: true,
    kinds: POD_WORKLOADS,
    summary: 'A container has no memory limit.',
  },
  {
    id: 'use-namespace',
    defaultOn: false,
    summary: 'An object is deployed to the default namespace (CIS 5.7.1, 5.7.4).',
  },
  {
    id: 'wildcard-in-rules',
    defaultOn: false,
    kinds: RBAC_ROLES,
    summary: 'A Role or ClusterRole rule uses a wildcard (CIS 5.1.3).',
  },
  {
    id: 'writable-host-mount',
    defaultOn: false,
    kinds: POD_WORKLOADS,
    summary: 'A container mounts a host path writable.',
  },
];
