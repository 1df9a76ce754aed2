import type { Rule } from '../../engine/rule';
import composeObsoleteVersion from './compose-obsolete-version/rule';
import composeSchema from './compose-schema/rule';
import composePrivileged from './compose-privileged/rule';
import composeHostNamespaces from './compose-host-namespaces/rule';
import composeDockerSocket from './compose-docker-socket/rule';
import composeDangerousCapabilities from './compose-dangerous-capabilities/rule';
import composeSecretInEnvironment from './compose-secret-in-environment/rule';
import composePortAllInterfaces from './compose-port-all-interfaces/rule';

/** The Compose rules, in the order their findings are documented. */
export const COMPOSE_RULES: readonly Rule[] = [
  composeSchema,
  composeObsoleteVersion,
  composePrivileged,
  composeHostNamespaces,
  composeDockerSocket,
  composeDangerousCapabilities,
  composeSecretInEnvironment,
  composePortAllInterfaces,
];
