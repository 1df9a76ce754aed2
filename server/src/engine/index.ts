import { ALL_RULES } from '../rules';
import { DEFAULT_CONFIG, type Config } from './config';
import { lintWith, type LintOptions } from './lint';
import type { LintResult } from './types';

export { ALL_RULES, findRule } from '../rules';
export { applyEdits, compatibleFixEdits, fixAll } from './fix';
export { DEFAULT_CONFIG, mergeConfig, type Config } from './config';
export type * from './types';

/** Lints one file with every registered rule. */
export function lint(
  text: string,
  uri: string,
  config: Config = DEFAULT_CONFIG,
  options: LintOptions = {},
): LintResult {
  return lintWith(options.rules ?? ALL_RULES, text, uri, config, options);
}
