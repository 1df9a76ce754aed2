import type { Rule } from '../../engine/rule';
import containerMemoryLimit from './container-memory-limit/rule';
import containerResourceRequests from './container-resource-requests/rule';
import deprecatedApiVersion from './deprecated-api-version/rule';
import kubernetesSchema from './kubernetes-schema/rule';
import livenessProbe from './liveness-probe/rule';
import noDeprecatedServiceAccountField from './no-deprecated-service-account-field/rule';
import noDuplicateEnvVar from './no-duplicate-env-var/rule';
import noHardcodedIp from './no-hardcoded-ip/rule';
import noHostNamespaces from './no-host-namespaces/rule';
import noLatestContainerImage from './no-latest-container-image/rule';
import noNakedPod from './no-naked-pod/rule';
import noPrivilegeEscalation from './no-privilege-escalation/rule';
import noPrivilegedContainer from './no-privileged-container/rule';
import readOnlyRootFilesystem from './read-only-root-filesystem/rule';
import readinessProbe from './readiness-probe/rule';
import removedApiVersion from './removed-api-version/rule';
import runAsNonRoot from './run-as-non-root/rule';
import selectorMatchesTemplate from './selector-matches-template/rule';
import serviceSelectsWorkload from './service-selects-workload/rule';
import unknownCustomResource from './unknown-custom-resource/rule';
import yamlSyntax from './yaml-syntax/rule';

/**
 * Adding a Kubernetes rule: a folder with rule.ts and fixtures.ts, and one line here.
 * The order is the documentation order: structure first, then coupling, resources, health, security.
 */
export const KUBERNETES_RULES: readonly Rule[] = [
  yamlSyntax,
  noLatestContainerImage,
  noNakedPod,
  selectorMatchesTemplate,
  serviceSelectsWorkload,
  noHardcodedIp,
  noDuplicateEnvVar,
  noDeprecatedServiceAccountField,
  containerResourceRequests,
  containerMemoryLimit,
  readinessProbe,
  livenessProbe,
  runAsNonRoot,
  noPrivilegedContainer,
  noPrivilegeEscalation,
  noHostNamespaces,
  readOnlyRootFilesystem,
  deprecatedApiVersion,
  removedApiVersion,
  kubernetesSchema,
  unknownCustomResource,
];
