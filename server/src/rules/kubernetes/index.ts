import type { Rule } from '../../engine/rule';
import containerCpuLimit from './container-cpu-limit/rule';
import containerEphemeralStorageLimit from './container-ephemeral-storage-limit/rule';
import containerMemoryLimit from './container-memory-limit/rule';
import containerResourceRequests from './container-resource-requests/rule';
import cronjobConcurrencyPolicy from './cronjob-concurrency-policy/rule';
import cronjobStartingDeadline from './cronjob-starting-deadline/rule';
import defaultServiceAccountToken from './default-service-account-token/rule';
import deprecatedApiVersion from './deprecated-api-version/rule';
import dropAllCapabilities from './drop-all-capabilities/rule';
import hpaScalingRange from './hpa-scaling-range/rule';
import imagePullPolicy from './image-pull-policy/rule';
import imageUserMatches from './image-user-matches/rule';
import imagePortDeclared from './image-port-declared/rule';
import ingressTls from './ingress-tls/rule';
import jobTtlAfterFinished from './job-ttl-after-finished/rule';
import kubernetesSchema from './kubernetes-schema/rule';
import hpaManagedReplicas from './hpa-managed-replicas/rule';
import hpaTargetsWorkload from './hpa-targets-workload/rule';
import ingressTargetsService from './ingress-targets-service/rule';
import kubernetesValidation from './kubernetes-validation/rule';
import livenessProbe from './liveness-probe/rule';
import multipleReplicas from './multiple-replicas/rule';
import networkPolicySelectsPods from './network-policy-selects-pods/rule';
import noClusterAdminBinding from './no-cluster-admin-binding/rule';
import noCustomSelinuxOptions from './no-custom-selinux-options/rule';
import noDangerousCapabilities from './no-dangerous-capabilities/rule';
import noDefaultNamespace from './no-default-namespace/rule';
import noDefaultServiceAccountBinding from './no-default-service-account-binding/rule';
import pdbMinAvailableBelowReplicas from './pdb-min-available-below-replicas/rule';
import pdbSelectsPods from './pdb-selects-pods/rule';
import workloadHasDisruptionBudget from './workload-has-disruption-budget/rule';
import workloadHasNetworkPolicy from './workload-has-network-policy/rule';
import configReferenceExists from './config-reference-exists/rule';
import referencedKeyExists from './referenced-key-exists/rule';
import serviceAccountExists from './service-account-exists/rule';
import servicemonitorSelectsService from './servicemonitor-selects-service/rule';
import statefulsetServiceName from './statefulset-service-name/rule';
import noDeprecatedServiceAccountField from './no-deprecated-service-account-field/rule';
import noDuplicateEnvVar from './no-duplicate-env-var/rule';
import noExtraCapabilities from './no-extra-capabilities/rule';
import noHardcodedIp from './no-hardcoded-ip/rule';
import noHostNamespaces from './no-host-namespaces/rule';
import noHostPathVolume from './no-host-path-volume/rule';
import noHostPort from './no-host-port/rule';
import noHostProcess from './no-host-process/rule';
import noInlineStorageVolumes from './no-inline-storage-volumes/rule';
import noLatestContainerImage from './no-latest-container-image/rule';
import noNakedPod from './no-naked-pod/rule';
import noPodCreateRbac from './no-pod-create-rbac/rule';
import noPodExecRbac from './no-pod-exec-rbac/rule';
import noPrivilegeEscalation from './no-privilege-escalation/rule';
import noPrivilegedContainer from './no-privileged-container/rule';
import noPrivilegedScc from './no-privileged-scc/rule';
import noRootGroup from './no-root-group/rule';
import noSecretAccessRbac from './no-secret-access-rbac/rule';
import noSecretInConfigmap from './no-secret-in-configmap/rule';
import noSecretInEnv from './no-secret-in-env/rule';
import noSensitiveHostMount from './no-sensitive-host-mount/rule';
import noSshPort from './no-ssh-port/rule';
import noUnconfinedApparmor from './no-unconfined-apparmor/rule';
import helmHookAnnotations from './helm-hook-annotations/rule';
import noUnmaskedProcMount from './no-unmasked-proc-mount/rule';
import noUnsafeSysctls from './no-unsafe-sysctls/rule';
import noWildcardRbac from './no-wildcard-rbac/rule';
import preferSecretVolume from './prefer-secret-volume/rule';
import readOnlyRootFilesystem from './read-only-root-filesystem/rule';
import pdbBudget from './pdb-budget/rule';
import pdbUnhealthyPodEviction from './pdb-unhealthy-pod-eviction/rule';
import probePort from './probe-port/rule';
import probePortDeclared from './probe-port-declared/rule';
import readinessProbe from './readiness-probe/rule';
import recommendedLabels from './recommended-labels/rule';
import removedApiVersion from './removed-api-version/rule';
import rollingUpdateStrategy from './rolling-update-strategy/rule';
import requestsEqualLimits from './requests-equal-limits/rule';
import runAsNonRoot from './run-as-non-root/rule';
import seccompProfile from './seccomp-profile/rule';
import serviceNodePort from './service-node-port/rule';
import selectorMatchesTemplate from './selector-matches-template/rule';
import spreadReplicas from './spread-replicas/rule';
import serviceSelectsWorkload from './service-selects-workload/rule';
import serviceTargetPort from './service-target-port/rule';
import unknownCustomResource from './unknown-custom-resource/rule';
import yamlSyntax from './yaml-syntax/rule';

/**
 * Adding a Kubernetes rule: a folder with rule.ts and fixtures.ts, and one line here.
 * The order is the documentation order: structure first, then coupling, resources, health, security.
 */
export const KUBERNETES_RULES: readonly Rule[] = [
  yamlSyntax,
  noLatestContainerImage,
  imagePullPolicy,
  noNakedPod,
  noDefaultNamespace,
  recommendedLabels,
  selectorMatchesTemplate,
  serviceSelectsWorkload,
  serviceNodePort,
  ingressTls,
  serviceTargetPort,
  ingressTargetsService,
  hpaTargetsWorkload,
  hpaManagedReplicas,
  workloadHasDisruptionBudget,
  pdbSelectsPods,
  pdbMinAvailableBelowReplicas,
  networkPolicySelectsPods,
  workloadHasNetworkPolicy,
  servicemonitorSelectsService,
  statefulsetServiceName,
  serviceAccountExists,
  configReferenceExists,
  referencedKeyExists,
  noHardcodedIp,
  noDuplicateEnvVar,
  noDeprecatedServiceAccountField,
  containerResourceRequests,
  containerMemoryLimit,
  containerCpuLimit,
  requestsEqualLimits,
  containerEphemeralStorageLimit,
  multipleReplicas,
  spreadReplicas,
  hpaScalingRange,
  rollingUpdateStrategy,
  pdbBudget,
  pdbUnhealthyPodEviction,
  jobTtlAfterFinished,
  cronjobStartingDeadline,
  cronjobConcurrencyPolicy,
  helmHookAnnotations,
  readinessProbe,
  livenessProbe,
  probePort,
  probePortDeclared,
  runAsNonRoot,
  imageUserMatches,
  imagePortDeclared,
  noPrivilegedContainer,
  noPrivilegeEscalation,
  noHostNamespaces,
  noHostProcess,
  noDangerousCapabilities,
  noExtraCapabilities,
  dropAllCapabilities,
  seccompProfile,
  noUnconfinedApparmor,
  noCustomSelinuxOptions,
  noUnmaskedProcMount,
  noUnsafeSysctls,
  noRootGroup,
  noSensitiveHostMount,
  noHostPathVolume,
  noInlineStorageVolumes,
  noHostPort,
  noSshPort,
  defaultServiceAccountToken,
  noSecretInEnv,
  preferSecretVolume,
  noSecretInConfigmap,
  noClusterAdminBinding,
  noDefaultServiceAccountBinding,
  noWildcardRbac,
  noPodExecRbac,
  noSecretAccessRbac,
  noPodCreateRbac,
  noPrivilegedScc,
  readOnlyRootFilesystem,
  deprecatedApiVersion,
  removedApiVersion,
  kubernetesSchema,
  kubernetesValidation,
  unknownCustomResource,
];
