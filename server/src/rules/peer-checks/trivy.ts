import { POD_WORKLOADS, RBAC_BINDINGS, RBAC_ROLES } from './kinds';
import type { PeerCheck } from './types';

type TrivyEntry = readonly [id: string, summary: string, kinds?: readonly string[]];

/**
 * Trivy's Kubernetes manifest checks (the KSV family of its misconfiguration scanner).
 *
 * Source: github.com/aquasecurity/trivy-checks, the METADATA blocks of the Rego checks under
 * checks/kubernetes/ (pss/baseline, pss/restricted, general, advanced, advanced/optional) and
 * avd_docs/kubernetes/general/*, as of the 2026 layout. Gaps in the numbering (KSV019, KSV031,
 * KSV057-KSV101) are gaps in the source. Checks under advanced/optional (KSV004, KSV007, KSV032-
 * KSV035, KSV039, KSV040) only report when enabled. Control-plane (KCV) and node checks, and the
 * two ConfigMap/annotation checks without a KSV number, are outside this list.
 */
const ENTRIES: readonly TrivyEntry[] = [
  ['KSV001', 'A container may escalate privileges (allowPrivilegeEscalation not false).', POD_WORKLOADS],
  ['KSV002', 'A container AppArmor profile is neither runtime/default nor unset.', POD_WORKLOADS],
  ['KSV003', 'A container does not drop ALL capabilities.', POD_WORKLOADS],
  ['KSV004', 'A container drops no capability at all (optional check).', POD_WORKLOADS],
  ['KSV005', 'A container adds SYS_ADMIN.', POD_WORKLOADS],
  ['KSV006', 'The Docker socket is mounted through a hostPath volume.', POD_WORKLOADS],
  ['KSV007', 'The pod sets hostAliases, taking /etc/hosts out of the runtime hands (optional check).', POD_WORKLOADS],
  ['KSV008', "The pod shares the host's IPC namespace.", POD_WORKLOADS],
  ['KSV009', "The pod shares the host's network namespace.", POD_WORKLOADS],
  ['KSV010', "The pod shares the host's process namespace.", POD_WORKLOADS],
  ['KSV011', 'A container has no CPU limit.', POD_WORKLOADS],
  ['KSV012', 'A container is not made to run as non-root (runAsNonRoot not true).', POD_WORKLOADS],
  ['KSV013', 'A container image has no tag or the latest tag.', POD_WORKLOADS],
  ['KSV014', 'A container root filesystem is not read-only.', POD_WORKLOADS],
  ['KSV015', 'A container has no CPU request.', POD_WORKLOADS],
  ['KSV016', 'A container has no memory request.', POD_WORKLOADS],
  ['KSV017', 'A container runs privileged.', POD_WORKLOADS],
  ['KSV018', 'A container has no memory limit.', POD_WORKLOADS],
  ['KSV020', 'A container runs with a UID of 10000 or below.', POD_WORKLOADS],
  ['KSV021', 'A container runs with a GID of 10000 or below.', POD_WORKLOADS],
  ['KSV022', 'A container adds capabilities beyond the allowed set (PSS Baseline "Capabilities").', POD_WORKLOADS],
  ['KSV023', 'The pod mounts a hostPath volume.', POD_WORKLOADS],
  ['KSV024', 'A container sets a hostPort.', POD_WORKLOADS],
  ['KSV025', 'A custom SELinux user or role is set.', POD_WORKLOADS],
  ['KSV026', 'The pod sets sysctls outside the safe set.', POD_WORKLOADS],
  ['KSV027', 'A container sets a non-default procMount.', POD_WORKLOADS],
  ['KSV028', 'The pod uses a volume type outside the Restricted list.', POD_WORKLOADS],
  ['KSV029', 'A root primary or supplementary group is set.', POD_WORKLOADS],
  ['KSV030', 'The seccomp profile is neither RuntimeDefault nor Localhost.', POD_WORKLOADS],
  ['KSV032', 'A container image is not from an Azure registry (optional check).', POD_WORKLOADS],
  ['KSV033', 'A container image is not from a GCR registry (optional check).', POD_WORKLOADS],
  ['KSV034', 'A container image comes from a public registry or names no registry (optional check).', POD_WORKLOADS],
  ['KSV035', 'A container image is not from an ECR registry (optional check).', POD_WORKLOADS],
  ['KSV036', 'The pod does not turn off automountServiceAccountToken.', POD_WORKLOADS],
  ['KSV037', 'A user workload is placed in the kube-system namespace.', POD_WORKLOADS],
  ['KSV038', 'A NetworkPolicy does not select pods or namespaces to restrict traffic.', ['NetworkPolicy']],
  ['KSV039', 'The namespace has no LimitRange (optional check).', ['LimitRange']],
  ['KSV040', 'The namespace has no ResourceQuota (optional check).', ['ResourceQuota']],
  ['KSV041', 'A role may manage Secrets cluster-wide.', RBAC_ROLES],
  ['KSV042', 'A role may delete pod logs.', RBAC_ROLES],
  ['KSV043', 'A role may impersonate privileged groups.', RBAC_ROLES],
  ['KSV044', 'A role grants every verb on every resource.', RBAC_ROLES],
  ['KSV045', 'A role grants every verb on some resources.', RBAC_ROLES],
  ['KSV046', 'A role may manage all resources.', RBAC_ROLES],
  ['KSV047', 'A role allows privilege escalation through the node proxy.', RBAC_ROLES],
  ['KSV048', 'A role may create or change workloads and pods.', RBAC_ROLES],
  ['KSV049', 'A role may manage ConfigMaps.', RBAC_ROLES],
  ['KSV050', 'A role may manage RBAC resources.', RBAC_ROLES],
  ['KSV051', 'A role may create RoleBindings to privileged roles.', RBAC_ROLES],
  ['KSV052', 'A role may create ClusterRoleBindings to privileged cluster roles.', RBAC_ROLES],
  ['KSV053', 'A role allows exec into pods.', RBAC_ROLES],
  ['KSV054', 'A role allows attaching to pods.', RBAC_ROLES],
  ['KSV055', 'A role lets members of a RoleBinding add other users to it.', RBAC_ROLES],
  ['KSV056', 'A role may manage networking resources.', RBAC_ROLES],
  ['KSV102', 'Helm 2 Tiller is deployed.', POD_WORKLOADS],
  ['KSV103', 'The pod or a container sets Windows hostProcess.', POD_WORKLOADS],
  ['KSV104', 'A container seccomp profile is Unconfined or unset.', POD_WORKLOADS],
  ['KSV105', 'A container sets runAsUser to 0.', POD_WORKLOADS],
  ['KSV106', 'A container does not drop ALL capabilities or adds back more than NET_BIND_SERVICE.', POD_WORKLOADS],
  ['KSV107', 'An object uses a deprecated apiVersion and kind.'],
  ['KSV108', 'A Service sets externalIPs.', ['Service']],
  ['KSV109', 'A ConfigMap holds a password or secret.', ['ConfigMap']],
  ['KSV110', 'An object is placed in the default namespace.'],
  ['KSV111', 'A binding grants cluster-admin; it should only be used where required.', RBAC_BINDINGS],
  ['KSV112', 'A role may manage all resources in its namespace.', RBAC_ROLES],
  ['KSV113', 'A role may manage Secrets in its namespace.', RBAC_ROLES],
  ['KSV114', 'A role may manage admission webhook configurations.', RBAC_ROLES],
  ['KSV115', 'A role may change the EKS aws-auth ConfigMap.', RBAC_ROLES],
  ['KSV116', 'A container runs with a root primary or supplementary GID (PSS "Non-root groups").', POD_WORKLOADS],
  ['KSV117', 'A container port is below 1024.', POD_WORKLOADS],
  ['KSV118', 'The pod or a container relies on an empty, default security context.', POD_WORKLOADS],
  ['KSV119', 'A container adds NET_RAW.', POD_WORKLOADS],
  ['KSV120', 'A container adds SYS_MODULE.', POD_WORKLOADS],
  ['KSV121', 'The pod mounts a sensitive host path (/, /etc, /proc, /var/lib/docker, ...).', POD_WORKLOADS],
  ['KSV122', 'A binding grants a role to anonymous or unauthenticated users.', RBAC_BINDINGS],
  ['KSV123', 'A binding grants a role to the system:masters group.', RBAC_BINDINGS],
  ['KSV124', 'A Gatekeeper K8sAllowedRepos constraint uses an open-ended repository prefix.'],
  ['KSV125', 'A container image is not from a trusted registry.', POD_WORKLOADS],
];

export const TRIVY_CHECKS: readonly PeerCheck[] = ENTRIES.map(([id, summary, kinds]) =>
  kinds ? { id, summary, kinds } : { id, summary },
);
