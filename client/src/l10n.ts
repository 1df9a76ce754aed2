/**
 * The extension's own strings, in the language the learner reads: `cntutor.locale` when set,
 * else VS Code's display language. The Korean bundle is compiled into the extension, so a Korean
 * `cntutor.locale` works even where no Korean language pack for VS Code is installed.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import KOREAN from '../l10n/bundle.l10n.ko.json';

export type Locale = 'en' | 'ko';

export function clientLocale(resource?: vscode.Uri): Locale {
  const setting = vscode.workspace.getConfiguration('cntutor', resource ?? null).get<string>('locale', 'auto');
  if (setting === 'en' || setting === 'ko') return setting;
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** Loads the bundle of the current locale; call again when `cntutor.locale` changes. */
export function configureL10n(): Locale {
  const locale = clientLocale();
  l10n.config({ contents: locale === 'ko' ? (KOREAN as Record<string, string>) : {} });
  return locale;
}

export const t = l10n.t;
