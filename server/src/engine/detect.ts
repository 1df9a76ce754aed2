import type { FileKind } from './types';

/** Decides from the name (or an editor's language id) which engine a file goes to. */
export type Candidate = FileKind | 'yaml' | undefined;

export function candidateKind(uri: string, languageId?: string): Candidate {
  if (languageId === 'dockerfile') return 'dockerfile';
  const base = decodeURIComponent(uri.split(/[\\/]/).pop() ?? '');
  if (/^(docker|container)file([.-].*)?$/i.test(base) || /\.(docker|container)file$/i.test(base)) return 'dockerfile';
  if (languageId === 'yaml' || /\.ya?ml$/i.test(base)) return 'yaml';
  return undefined;
}

/** Helm chart templates hold template directives, not manifests, until rendered. */
export function isHelmTemplate(uri: string, text: string): boolean {
  return /[\\/]templates[\\/]/.test(uri) && text.includes('{{');
}
