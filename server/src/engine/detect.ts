import type { FileKind } from './types';

/** Decides from the name (or an editor's language id) which engine a file goes to. */
export type Candidate = FileKind | 'yaml' | undefined;

export function candidateKind(uri: string, languageId?: string): Candidate {
  if (languageId === 'dockerfile') return 'dockerfile';
  const base = decodeURIComponent(uri.split(/[\\/]/).pop() ?? '');
  // `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, and names that end in one after a separator
  // (`app__Dockerfile`, `app__Dockerfile.alpine`).
  if (/^(docker|container)file([.-].*)?$/i.test(base) || /[._-](docker|container)file(\.[\w-]+)?$/i.test(base))
    return 'dockerfile';
  if (languageId === 'yaml' || /\.ya?ml$/i.test(base)) return 'yaml';
  return undefined;
}

/** Helm chart templates hold template directives, not manifests, until rendered. */
export function isHelmTemplate(uri: string, text: string): boolean {
  return /[\\/]templates[\\/]/.test(uri) && text.includes('{{');
}

/**
 * Whether a text reads as a Dockerfile, for files whose name says nothing: after parser directives,
 * comments and blank lines, the first instruction must be ARG or FROM, as the builder requires.
 */
export function looksLikeDockerfile(text: string): boolean {
  for (const line of text.slice(0, 64 * 1024).split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    return /^(from|arg)\s+\S/i.test(trimmed);
  }
  return false;
}
