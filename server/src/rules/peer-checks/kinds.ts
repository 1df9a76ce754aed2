/**
 * Kind groups shared by the Kubernetes catalogues. The peer tools each spell "anything with a pod
 * template" differently (DeploymentLike, Workload, PodSpecer); one list keeps the table comparable.
 */
export const POD_WORKLOADS: readonly string[] = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
];

export const RBAC_ROLES: readonly string[] = ['Role', 'ClusterRole'];

export const RBAC_BINDINGS: readonly string[] = ['RoleBinding', 'ClusterRoleBinding'];

export const RBAC_ALL: readonly string[] = [...RBAC_ROLES, ...RBAC_BINDINGS];
