import type { Rule } from '../../engine/rule';
import composeDependsOnHealthy from './compose-depends-on-healthy/rule';
import composeImageTag from './compose-image-tag/rule';
import composeObsoleteVersion from './compose-obsolete-version/rule';
import composeRestartPolicy from './compose-restart-policy/rule';
import composeUnknownService from './compose-unknown-service/rule';

/** The Compose rules, in the order their findings are documented. */
export const COMPOSE_RULES: readonly Rule[] = [
  composeObsoleteVersion,
  composeImageTag,
  composeRestartPolicy,
  composeDependsOnHealthy,
  composeUnknownService,
];
