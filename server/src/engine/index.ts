import { rulesOfKind } from '../rules';
import { DEFAULT_CONFIG, type Config } from './config';
import { lintWith, type LintOptions } from './lint';
import type { LintResult } from './types';

export { allRules, findRule, rulesOfKind } from '../rules';
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
  return lintWith(options.rules ?? rulesOfKind, text, uri, config, options);
}
