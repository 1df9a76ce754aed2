import { POD_WORKLOADS } from './kinds';
import type { PeerCheck } from './types';

/**
 * The controls of the Kubernetes Pod Security Standards, Baseline and Restricted profiles.
 *
 * Source: kubernetes.io/docs/concepts/security/pod-security-standards (the control tables, as
 * of Kubernetes v1.34). The standard names controls by title only, so the ids are stable
 * kebab-case names chosen here. Restricted includes everything in Baseline; each entry names the
 * profile that introduces the control. The standard has no severities.
 */
export const PSS_CHECKS: readonly PeerCheck[] = [
  {
    id: 'host-process',
    kinds: POD_WORKLOADS,
    summary: 'Baseline: Windows windowsOptions.hostProcess must be unset or false on the pod and every container.',
  },
  {
    id: 'host-namespaces',
    kinds: POD_WORKLOADS,
    summary: 'Baseline: spec.hostNetwork, spec.hostPID and spec.hostIPC must be unset or false.',
  },
  {
    id: 'privileged-containers',
    kinds: POD_WORKLOADS,
    summary: 'Baseline: securityContext.privileged must be unset or false in every container.',
  },
  {
    id: 'capabilities-baseline',
    kinds: POD_WORKLOADS,
    summary:
      'Baseline: securityContext.capabilities.add may only hold the default set (CHOWN, KILL, NET_BIND_SERVICE, SETUID, ...).',
  },
  {
    id: 'hostpath-volumes',
    kinds: POD_WORKLOADS,
    summary: 'Baseline: spec.volumes[*].hostPath must be unset.',
  },
  {
    id: 'host-ports',
    kinds: POD_WORKLOADS,
    summary: 'Baseline: containers[*].ports[*].hostPort must be unset or 0 (or on an allowed list).',
  },
  {
    id: 'apparmor',
    kinds: POD_WORKLOADS,
    summary:
      'Baseline: appArmorProfile.type (or the AppArmor annotation) must be unset, RuntimeDefault or Localhost, never Unconfined.',
  },
  {
    id: 'selinux',
    kinds: POD_WORKLOADS,
    summary:
      'Baseline: seLinuxOptions.type must be unset or a container_* type, and seLinuxOptions.user and role must be unset.',
  },
  {
    id: 'proc-mount',
    kinds: POD_WORKLOADS,
    summary: 'Baseline: securityContext.procMount must be unset or Default.',
  },
  {
    id: 'seccomp-baseline',
    kinds: POD_WORKLOADS,
    summary: 'Baseline: seccompProfile.type must not be Unconfined on the pod or any container.',
  },
  {
    id: 'sysctls',
    kinds: POD_WORKLOADS,
    summary: 'Baseline: spec.securityContext.sysctls may only name the safe, namespaced set.',
  },
  {
    id: 'volume-types',
    kinds: POD_WORKLOADS,
    summary:
      'Restricted: volumes may only be configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected or secret.',
  },
  {
    id: 'privilege-escalation',
    kinds: POD_WORKLOADS,
    summary: 'Restricted: securityContext.allowPrivilegeEscalation must be false in every container.',
  },
  {
    id: 'running-as-non-root',
    kinds: POD_WORKLOADS,
    summary: 'Restricted: runAsNonRoot must be true, on the pod or on every container.',
  },
  {
    id: 'running-as-non-root-user',
    kinds: POD_WORKLOADS,
    summary: 'Restricted: runAsUser must not be 0 on the pod or any container.',
  },
  {
    id: 'seccomp-restricted',
    kinds: POD_WORKLOADS,
    summary: 'Restricted: seccompProfile.type must be RuntimeDefault or Localhost (pod-wide or per container).',
  },
  {
    id: 'capabilities-restricted',
    kinds: POD_WORKLOADS,
    summary: 'Restricted: containers must drop ALL capabilities and may add back only NET_BIND_SERVICE.',
  },
];
