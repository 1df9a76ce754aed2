import type { Locale, Severity } from './types';
import { SEVERITIES } from './types';

export type RuleSetting = 'off' | 'on' | Severity;

export interface Config {
  /** Per-rule switch or severity override, keyed by rule id. */
  rules: Record<string, RuleSetting>;
  /** The CLI exits 1 when a finding is at least this severe. */
  failOn: Severity;
  locale: Locale;
}

export const DEFAULT_CONFIG: Config = Object.freeze({
  rules: {},
  failOn: 'warning',
  locale: 'en',
}) as Config;

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'on', ...SEVERITIES];

/** Later layers win; rule maps are merged key by key. */
export function mergeConfig(...layers: (Partial<Config> | undefined)[]): Config {
  const merged: Config = { ...DEFAULT_CONFIG, rules: {} };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.failOn) merged.failOn = layer.failOn;
    if (layer.locale) merged.locale = layer.locale;
    if (layer.rules) merged.rules = { ...merged.rules, ...layer.rules };
  }
  return merged;
}
