import type { Rule } from '../../engine/rule';
import noObsoleteComposeVersion from './no-obsolete-compose-version/rule';

/** The Compose rules, in the order their findings are documented. */
export const COMPOSE_RULES: readonly Rule[] = [noObsoleteComposeVersion];
