/**
 * API versions that Kubernetes deprecated or removed, after the upstream deprecation guide.
 * A manifest written for an old cluster keeps working until the day the cluster is upgraded
 * past the removal release; flagging it against the release the user targets (the
 * `kubernetesVersion` setting) turns that outage into an edit.
 */
export interface ApiVersionChange {
  apiVersion: string;
  kinds: readonly string[];
  /** Release that started warning, as "1.16". */
  deprecatedIn: string;
  /** Release that stopped serving it; absent while it is only deprecated. */
  removedIn?: string;
  /** The apiVersion (or, with `replacementKind`, the API) to move to; absent when there is none. */
  replacement?: string;
  replacementKind?: string;
}

const change = (
  apiVersion: string,
  kinds: string[],
  deprecatedIn: string,
  removedIn: string | undefined,
  replacement?: string,
  replacementKind?: string,
): ApiVersionChange => ({
  apiVersion,
  kinds,
  deprecatedIn,
  ...(removedIn ? { removedIn } : {}),
  ...(replacement ? { replacement } : {}),
  ...(replacementKind ? { replacementKind } : {}),
});

export const API_VERSION_CHANGES: readonly ApiVersionChange[] = [
  // Removed in 1.16
  change('extensions/v1beta1', ['Deployment', 'DaemonSet', 'ReplicaSet'], '1.8', '1.16', 'apps/v1'),
  change('extensions/v1beta1', ['NetworkPolicy'], '1.9', '1.16', 'networking.k8s.io/v1'),
  change('extensions/v1beta1', ['PodSecurityPolicy'], '1.10', '1.16', 'policy/v1beta1'),
  change('apps/v1beta1', ['Deployment', 'StatefulSet', 'ControllerRevision'], '1.9', '1.16', 'apps/v1'),
  change(
    'apps/v1beta2',
    ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ControllerRevision'],
    '1.9',
    '1.16',
    'apps/v1',
  ),
  // Removed in 1.22
  change('extensions/v1beta1', ['Ingress'], '1.14', '1.22', 'networking.k8s.io/v1'),
  change('networking.k8s.io/v1beta1', ['Ingress', 'IngressClass'], '1.19', '1.22', 'networking.k8s.io/v1'),
  change(
    'admissionregistration.k8s.io/v1beta1',
    ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    '1.16',
    '1.22',
    'admissionregistration.k8s.io/v1',
  ),
  change('apiextensions.k8s.io/v1beta1', ['CustomResourceDefinition'], '1.16', '1.22', 'apiextensions.k8s.io/v1'),
  change('apiregistration.k8s.io/v1beta1', ['APIService'], '1.19', '1.22', 'apiregistration.k8s.io/v1'),
  change('authentication.k8s.io/v1beta1', ['TokenReview'], '1.19', '1.22', 'authentication.k8s.io/v1'),
  change(
    'authorization.k8s.io/v1beta1',
    ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
    '1.19',
    '1.22',
    'authorization.k8s.io/v1',
  ),
  change('certificates.k8s.io/v1beta1', ['CertificateSigningRequest'], '1.19', '1.22', 'certificates.k8s.io/v1'),
  change('coordination.k8s.io/v1beta1', ['Lease'], '1.19', '1.22', 'coordination.k8s.io/v1'),
  change(
    'rbac.authorization.k8s.io/v1beta1',
    ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
    '1.17',
    '1.22',
    'rbac.authorization.k8s.io/v1',
  ),
  change('scheduling.k8s.io/v1beta1', ['PriorityClass'], '1.14', '1.22', 'scheduling.k8s.io/v1'),
  change(
    'storage.k8s.io/v1beta1',
    ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'],
    '1.19',
    '1.22',
    'storage.k8s.io/v1',
  ),
  // Removed in 1.25
  change('batch/v1beta1', ['CronJob'], '1.21', '1.25', 'batch/v1'),
  change('discovery.k8s.io/v1beta1', ['EndpointSlice'], '1.21', '1.25', 'discovery.k8s.io/v1'),
  change('events.k8s.io/v1beta1', ['Event'], '1.21', '1.25', 'events.k8s.io/v1'),
  change('autoscaling/v2beta1', ['HorizontalPodAutoscaler'], '1.22', '1.25', 'autoscaling/v2'),
  change('policy/v1beta1', ['PodDisruptionBudget', 'Eviction'], '1.21', '1.25', 'policy/v1'),
  change('policy/v1beta1', ['PodSecurityPolicy'], '1.21', '1.25'),
  change('node.k8s.io/v1beta1', ['RuntimeClass'], '1.20', '1.25', 'node.k8s.io/v1'),
  // Removed in 1.26
  change(
    'flowcontrol.apiserver.k8s.io/v1beta1',
    ['FlowSchema', 'PriorityLevelConfiguration'],
    '1.23',
    '1.26',
    'flowcontrol.apiserver.k8s.io/v1',
  ),
  change('autoscaling/v2beta2', ['HorizontalPodAutoscaler'], '1.23', '1.26', 'autoscaling/v2'),
  // Removed in 1.27
  change('storage.k8s.io/v1beta1', ['CSIStorageCapacity'], '1.24', '1.27', 'storage.k8s.io/v1'),
  // Removed in 1.29
  change(
    'flowcontrol.apiserver.k8s.io/v1beta2',
    ['FlowSchema', 'PriorityLevelConfiguration'],
    '1.26',
    '1.29',
    'flowcontrol.apiserver.k8s.io/v1',
  ),
  // Removed in 1.32
  change(
    'flowcontrol.apiserver.k8s.io/v1beta3',
    ['FlowSchema', 'PriorityLevelConfiguration'],
    '1.29',
    '1.32',
    'flowcontrol.apiserver.k8s.io/v1',
  ),
  // Deprecated, still served
  change('v1', ['Endpoints'], '1.33', undefined, 'discovery.k8s.io/v1', 'EndpointSlice'),
  change('v1', ['ComponentStatus'], '1.19', undefined),
];

/** Compares "1.22" with "1.9" numerically; a missing minor counts as 0. */
export function compareReleases(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.replace(/^v/, '').split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.replace(/^v/, '').split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export function apiVersionChange(apiVersion: string, kind: string): ApiVersionChange | undefined {
  return API_VERSION_CHANGES.find((c) => c.apiVersion === apiVersion && c.kinds.includes(kind));
}

export type ApiVersionStatus =
  | { state: 'current' }
  | { state: 'deprecated'; change: ApiVersionChange }
  | { state: 'removed'; change: ApiVersionChange };

/** Where `apiVersion`/`kind` stands on a cluster of release `target`. */
export function apiVersionStatus(apiVersion: string, kind: string, target: string): ApiVersionStatus {
  const found = apiVersionChange(apiVersion, kind);
  if (!found || compareReleases(target, found.deprecatedIn) < 0) return { state: 'current' };
  if (found.removedIn && compareReleases(target, found.removedIn) >= 0) return { state: 'removed', change: found };
  return { state: 'deprecated', change: found };
}
