import { mergeConfig, type Config } from '../engine/config';
import type { RuleSetting } from '../engine/config';
import type { Locale } from '../engine/types';

/**
 * The `cntutor` settings section. The server owns the defaults, so a client that sends nothing
 * (Neovim, Helix, …) gets the same behaviour as VS Code. Keep in step with package.json
 * `contributes.configuration` (a test compares them).
 */
export interface ServerSettings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  locale: 'auto' | Locale;
  failOn: Config['failOn'];
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  rules: {},
  locale: 'auto',
  failOn: 'warning',
};

/** Accepts whatever a client sent and keeps only well-formed values. */
export function normaliseSettings(raw: unknown): ServerSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (value.rules && typeof value.rules === 'object') {
    for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
      if (typeof setting === 'string' && ['off', 'on', 'error', 'warning', 'info', 'hint'].includes(setting)) {
        rules[id] = setting as RuleSetting;
      } else if (typeof setting === 'boolean') {
        rules[id] = setting ? 'on' : 'off';
      }
    }
  }
  const locale = value.locale === 'en' || value.locale === 'ko' ? value.locale : 'auto';
  const failOn =
    value.failOn === 'error' || value.failOn === 'warning' || value.failOn === 'info' || value.failOn === 'hint'
      ? value.failOn
      : DEFAULT_SETTINGS.failOn;
  return { enable: value.enable !== false, rules, locale, failOn };
}

/** Editor settings win over the project file, which wins over the defaults. */
export function effectiveConfig(
  settings: ServerSettings,
  projectFile: Partial<Config> | undefined,
  clientLocale: string | undefined,
): Config {
  const locale: Locale =
    settings.locale !== 'auto' ? settings.locale : clientLocale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
  return mergeConfig(projectFile, { locale, rules: settings.rules, failOn: settings.failOn });
}
