import type { Rule } from '../../engine/rule';
import composeObsoleteVersion from './compose-obsolete-version/rule';

/** The Compose rules, in the order their findings are documented. */
export const COMPOSE_RULES: readonly Rule[] = [composeObsoleteVersion];
