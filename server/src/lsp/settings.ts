import { mergeConfig, RULE_SETTINGS, type Config, type RuleSetting } from '../engine/config';
import type { Locale } from '../engine/types';

/**
 * The `cntutor` settings section. The server owns the defaults, so a client that sends nothing
 * (Neovim, Helix, …) gets the same behaviour as VS Code. Defaults mean "not set": a project's
 * `.cntutor.yaml` then decides. Keep in step with package.json `contributes.configuration`
 * (a test compares them).
 */
export interface ServerSettings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  locale: 'auto' | Locale;
  /** Empty: the project file's version, else the release the bundled schemas describe. */
  kubernetesVersion: string;
  /** Extra CRD files or globs, relative to the workspace folder; added to the project file's. */
  customResourceDefinitions: string[];
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  rules: {},
  locale: 'auto',
  kubernetesVersion: '',
  customResourceDefinitions: [],
};

/** Accepts whatever a client sent and keeps only well-formed values. */
export function normaliseSettings(raw: unknown): ServerSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (value.rules && typeof value.rules === 'object') {
    for (const [id, setting] of Object.entries(value.rules as Record<string, unknown>)) {
      if (typeof setting === 'string' && (RULE_SETTINGS as readonly string[]).includes(setting))
        rules[id] = setting as RuleSetting;
      else if (typeof setting === 'boolean') rules[id] = setting ? 'on' : 'off';
    }
  }
  const locale = value.locale === 'en' || value.locale === 'ko' ? value.locale : 'auto';
  const kubernetesVersion = typeof value.kubernetesVersion === 'string' ? value.kubernetesVersion.trim() : '';
  const customResourceDefinitions = Array.isArray(value.customResourceDefinitions)
    ? value.customResourceDefinitions.filter((entry): entry is string => typeof entry === 'string' && entry !== '')
    : [];
  return { enable: value.enable !== false, rules, locale, kubernetesVersion, customResourceDefinitions };
}

/** Editor settings that are set win over the project file, which wins over the defaults. */
export function effectiveConfig(
  settings: ServerSettings,
  projectFile: Partial<Config> | undefined,
  clientLocale: string | undefined,
): Config {
  const locale: Locale =
    settings.locale !== 'auto' ? settings.locale : (projectFile?.locale ?? editorLocale(clientLocale));
  return mergeConfig(projectFile, {
    locale,
    rules: settings.rules,
    ...(settings.kubernetesVersion ? { kubernetesVersion: settings.kubernetesVersion } : {}),
    customResourceDefinitions: [
      ...(projectFile?.customResourceDefinitions ?? []),
      ...settings.customResourceDefinitions,
    ],
  });
}

/** The locale of the editor's own language (LSP `initialize.locale`, e.g. "ko-KR"). */
export function editorLocale(clientLocale: string | undefined): Locale {
  return clientLocale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
