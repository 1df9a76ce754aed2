import type { Rule } from '../../engine/rule';
import composeDangerousCapabilities from './compose-dangerous-capabilities/rule';
import composeDependsOnHealthy from './compose-depends-on-healthy/rule';
import composeDuplicateContainerName from './compose-duplicate-container-name/rule';
import composeDuplicateHostPort from './compose-duplicate-host-port/rule';
import composeDockerSocket from './compose-docker-socket/rule';
import composeHostNamespaces from './compose-host-namespaces/rule';
import composeHealthyDependencyWithoutCheck from './compose-healthy-dependency-without-check/rule';
import composeImageTag from './compose-image-tag/rule';
import composeMemoryLimit from './compose-memory-limit/rule';
import composeObsoleteVersion from './compose-obsolete-version/rule';
import composePortAllInterfaces from './compose-port-all-interfaces/rule';
import composePortExposed from './compose-port-exposed/rule';
import composePrivileged from './compose-privileged/rule';
import composeRestartPolicy from './compose-restart-policy/rule';
import composeSchema from './compose-schema/rule';
import composeSecretInEnvironment from './compose-secret-in-environment/rule';
import composeUnknownService from './compose-unknown-service/rule';
import composePaths from './compose-paths/rule';

/** The Compose rules, in the order their findings are documented. */
export const COMPOSE_RULES: readonly Rule[] = [
  composeSchema,
  composeObsoleteVersion,
  composeUnknownService,
  composePaths,
  composeDuplicateContainerName,
  composeDuplicateHostPort,
  composeImageTag,
  composePrivileged,
  composeHostNamespaces,
  composeDockerSocket,
  composeDangerousCapabilities,
  composeSecretInEnvironment,
  composePortAllInterfaces,
  composeRestartPolicy,
  composeDependsOnHealthy,
  composeHealthyDependencyWithoutCheck,
  composePortExposed,
  composeMemoryLimit,
];
