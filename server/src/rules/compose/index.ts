import type { Rule } from '../../engine/rule';
import composeObsoleteVersion from './compose-obsolete-version/rule';
import composeSchema from './compose-schema/rule';

/** The Compose rules, in the order their findings are documented. */
export const COMPOSE_RULES: readonly Rule[] = [composeSchema, composeObsoleteVersion];
