import { POD_WORKLOADS, RBAC_BINDINGS, RBAC_ROLES } from './kinds';
import type { PeerCheck } from './types';

type CheckovEntry = readonly [number: number, summary: string, kinds?: readonly string[]];

const PSP = ['PodSecurityPolicy'];

/** Checks on control-plane flags, read from the command of the static pod or workload that runs the component. */
const flag = (component: string, rule: string): string => `${component}: ${rule}.`;
const API = 'kube-apiserver';
const CM = 'kube-controller-manager';
const SCHED = 'kube-scheduler';
const ETCD = 'etcd';
const KUBELET = 'kubelet';

/**
 * Checkov's Kubernetes checks (CKV_K8S_*). The graph checks (CKV2_K8S_*) are outside this list.
 *
 * Source: github.com/bridgecrewio/checkov, docs/5.Policy Index/kubernetes.md (generated from
 * checkov/kubernetes/checks/resource/k8s/), up to CKV_K8S_159. Gaps in the numbering (46-48,
 * 50-67, 76, 87, 98, 101, 103, 109, 120, 122-137, 142, 150) are gaps in the source. CKV_K8S_68
 * onwards mostly inspect control-plane command-line flags (CIS benchmark section 1 and 4).
 */
const ENTRIES: readonly CheckovEntry[] = [
  [1, 'PodSecurityPolicy admits pods sharing the host PID namespace.', PSP],
  [2, 'PodSecurityPolicy admits privileged containers.', PSP],
  [3, 'PodSecurityPolicy admits pods sharing the host IPC namespace.', PSP],
  [4, 'PodSecurityPolicy admits pods sharing the host network namespace.', PSP],
  [5, 'PodSecurityPolicy allows privilege escalation.', PSP],
  [6, 'PodSecurityPolicy admits containers running as root.', PSP],
  [7, 'PodSecurityPolicy admits containers with NET_RAW.', PSP],
  [8, 'A container has no liveness probe.', POD_WORKLOADS],
  [9, 'A container has no readiness probe.', POD_WORKLOADS],
  [10, 'A container has no CPU request.', POD_WORKLOADS],
  [11, 'A container has no CPU limit.', POD_WORKLOADS],
  [12, 'A container has no memory request.', POD_WORKLOADS],
  [13, 'A container has no memory limit.', POD_WORKLOADS],
  [14, 'A container image has no tag or the latest tag (a digest is accepted).', POD_WORKLOADS],
  [15, 'A container imagePullPolicy is not Always.', POD_WORKLOADS],
  [16, 'A container runs privileged.', POD_WORKLOADS],
  [17, "The pod shares the host's process namespace.", POD_WORKLOADS],
  [18, "The pod shares the host's IPC namespace.", POD_WORKLOADS],
  [19, "The pod shares the host's network namespace.", POD_WORKLOADS],
  [20, 'A container allows privilege escalation.', POD_WORKLOADS],
  [21, 'An object is placed in the default namespace.'],
  [22, 'A container root filesystem is not read-only.', POD_WORKLOADS],
  [23, 'A container may run as root (runAsNonRoot / runAsUser).', POD_WORKLOADS],
  [24, 'PodSecurityPolicy allows added capabilities.', PSP],
  [25, 'A container adds capabilities.', POD_WORKLOADS],
  [26, 'A container sets a hostPort.', POD_WORKLOADS],
  [27, 'The Docker daemon socket is mounted into the pod.', POD_WORKLOADS],
  [28, 'A container does not drop NET_RAW.', POD_WORKLOADS],
  [29, 'The pod has no securityContext.', POD_WORKLOADS],
  [30, 'A container has no securityContext.', POD_WORKLOADS],
  [31, 'The seccomp profile is not RuntimeDefault (or docker/default).', POD_WORKLOADS],
  [32, 'PodSecurityPolicy sets no default seccomp profile.', PSP],
  [33, 'The Kubernetes dashboard is deployed.', POD_WORKLOADS],
  [34, 'Helm 2 Tiller is deployed.', POD_WORKLOADS],
  [35, 'A Secret is passed through an environment variable rather than a file.', POD_WORKLOADS],
  [36, 'PodSecurityPolicy does not require dropping capabilities.', PSP],
  [37, 'A container keeps capabilities it was not made to drop.', POD_WORKLOADS],
  [38, 'The service account token is mounted where it may not be needed.', POD_WORKLOADS],
  [39, 'A container adds SYS_ADMIN.', POD_WORKLOADS],
  [40, 'A container runs with a low UID (10000 or below).', POD_WORKLOADS],
  [41, 'The default ServiceAccount does not turn off token automounting.', ['ServiceAccount']],
  [42, 'A binding grants a role to a default service account.', RBAC_BINDINGS],
  [43, 'A container image is not pinned by digest.', POD_WORKLOADS],
  [44, 'The Helm 2 Tiller Service is still present.', ['Service']],
  [45, 'The Tiller deployment is reachable from inside the cluster.', POD_WORKLOADS],
  [49, 'A Role or ClusterRole uses wildcards.', RBAC_ROLES],
  [68, flag(API, '--anonymous-auth should be false')],
  [69, flag(API, '--basic-auth-file should not be set')],
  [70, flag(API, '--token-auth-file should not be set')],
  [71, flag(API, '--kubelet-https should be true')],
  [72, flag(API, '--kubelet-client-certificate and --kubelet-client-key should be set')],
  [73, flag(API, '--kubelet-certificate-authority should be set')],
  [74, flag(API, '--authorization-mode should not be AlwaysAllow')],
  [75, flag(API, '--authorization-mode should include Node')],
  [77, flag(API, '--authorization-mode should include RBAC')],
  [78, 'The EventRateLimit admission plugin should be configured.', ['AdmissionConfiguration']],
  [79, flag(API, 'the AlwaysAdmit admission plugin should not be enabled')],
  [80, flag(API, 'the AlwaysPullImages admission plugin should be enabled')],
  [81, flag(API, 'the SecurityContextDeny admission plugin should be enabled when PodSecurityPolicy is not')],
  [82, flag(API, 'the ServiceAccount admission plugin should be enabled')],
  [83, flag(API, 'the NamespaceLifecycle admission plugin should be enabled')],
  [84, flag(API, 'the PodSecurityPolicy admission plugin should be enabled')],
  [85, flag(API, 'the NodeRestriction admission plugin should be enabled')],
  [86, flag(API, '--insecure-bind-address should not be set')],
  [88, flag(API, '--insecure-port should be 0')],
  [89, flag(API, '--secure-port should not be 0')],
  [90, flag(API, '--profiling should be false')],
  [91, flag(API, '--audit-log-path should be set')],
  [92, flag(API, '--audit-log-maxage should be about 30 days')],
  [93, flag(API, '--audit-log-maxbackup should be about 10')],
  [94, flag(API, '--audit-log-maxsize should be about 100 MB')],
  [95, flag(API, '--request-timeout should be set appropriately')],
  [96, flag(API, '--service-account-lookup should be true')],
  [97, flag(API, '--service-account-key-file should be set')],
  [99, flag(API, '--etcd-certfile and --etcd-keyfile should be set')],
  [100, flag(API, '--tls-cert-file and --tls-private-key-file should be set')],
  [102, flag(API, '--etcd-cafile should be set')],
  [104, flag(API, 'encryption providers should be configured')],
  [105, flag(API, 'only strong TLS cipher suites should be allowed')],
  [106, flag(CM, '--terminated-pod-gc-threshold should be set')],
  [107, flag(CM, '--profiling should be false')],
  [108, flag(CM, '--use-service-account-credentials should be true')],
  [110, flag(CM, '--service-account-private-key-file should be set')],
  [111, flag(CM, '--root-ca-file should be set')],
  [112, flag(CM, 'the RotateKubeletServerCertificate feature should be on')],
  [113, flag(CM, '--bind-address should be 127.0.0.1')],
  [114, flag(SCHED, '--profiling should be false')],
  [115, flag(SCHED, '--bind-address should be 127.0.0.1')],
  [116, flag(ETCD, '--cert-file and --key-file should be set')],
  [117, flag(ETCD, '--client-cert-auth should be true')],
  [118, flag(ETCD, '--auto-tls should not be true')],
  [119, flag(ETCD, '--peer-cert-file and --peer-key-file should be set')],
  [121, flag(ETCD, '--peer-client-cert-auth should be true')],
  [138, flag(KUBELET, '--anonymous-auth should be false')],
  [139, flag(KUBELET, '--authorization-mode should not be AlwaysAllow')],
  [140, flag(KUBELET, '--client-ca-file should be set')],
  [141, flag(KUBELET, '--read-only-port should be 0')],
  [143, flag(KUBELET, '--streaming-connection-idle-timeout should not be 0')],
  [144, flag(KUBELET, '--protect-kernel-defaults should be true')],
  [145, flag(KUBELET, '--make-iptables-util-chains should be true')],
  [146, flag(KUBELET, '--hostname-override should not be set')],
  [147, flag(KUBELET, '--event-qps should be 0 or high enough to capture events')],
  [148, flag(KUBELET, '--tls-cert-file and --tls-private-key-file should be set')],
  [149, flag(KUBELET, '--rotate-certificates should not be false')],
  [151, flag(KUBELET, 'only strong TLS cipher suites should be allowed')],
  [152, 'An NGINX Ingress snippet annotation contains Lua code (CVE-2021-25742).', ['Ingress']],
  [153, 'An Ingress uses NGINX snippet annotations at all (CVE-2021-25742).', ['Ingress']],
  [154, 'An NGINX Ingress snippet annotation contains an alias statement (CVE-2021-25742).', ['Ingress']],
  [155, 'A ClusterRole grants control over admission webhook configurations.', ['ClusterRole']],
  [156, 'A ClusterRole may approve CertificateSigningRequests.', ['ClusterRole']],
  [157, 'A role grants the bind verb on RoleBindings or ClusterRoleBindings.', RBAC_ROLES],
  [158, 'A role grants the escalate verb on Roles or ClusterRoles.', RBAC_ROLES],
  [159, 'A git-sync container is configured in a way that allows code injection.', POD_WORKLOADS],
];

export const CHECKOV_CHECKS: readonly PeerCheck[] = ENTRIES.map(([number, summary, kinds]) => {
  const id = `CKV_K8S_${number}`;
  return kinds ? { id, summary, kinds } : { id, summary };
});
