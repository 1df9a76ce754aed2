import { isComposeFileName } from './compose/file-names';
import type { FileKind } from './types';
import { KUSTOMIZATION_FILE_NAMES } from './kustomization/file-names';

/** Decides from the name (or an editor's language id) which engine a file goes to. */
export type Candidate = FileKind | 'yaml' | undefined;

/** Names that start like a Dockerfile's but end in another kind of file's extension. */
const NOT_A_DOCKERFILE =
  /\.(dockerignore|go|md|rst|txt|json|ya?ml|toml|sh|bash|ps1|py|js|ts|rb|rs|java|html|orig|rej|bak|swp|diff|patch|template|tmpl|tpl|j2|jinja2?|erb|m4)$/i;

export function candidateKind(uri: string, languageId?: string): Candidate {
  if (languageId === 'dockerfile') return 'dockerfile';
  const base = decodeURIComponent(uri.split(/[\\/]/).pop() ?? '');
  // `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, names that end in one after a separator
  // (`app__Dockerfile`, `app__Dockerfile.alpine`), and the capitalised variants repositories use
  // (`Dockerfile_windows`, `Dockerfile2`); not the files beside one (`Dockerfile.dockerignore`,
  // `dockerfile.go`) nor templates that become one (`Dockerfile.template`, `Dockerfile.j2`).
  if (
    (/^(docker|container)file([.-].*)?$/i.test(base) ||
      /^(Docker|Container)file[_\d]/.test(base) ||
      /[._-](docker|container)file(\.[\w-]+)?$/i.test(base)) &&
    !NOT_A_DOCKERFILE.test(base)
  )
    return 'dockerfile';
  if (languageId === 'dockercompose' || isComposeFileName(base)) return 'compose';
  // Helm reads its chart's description from this name only, whatever the editor calls the file.
  if (base === 'Chart.yaml') return 'chart';
  // kustomize reads its own file by these names only, as `kustomize build` looks for them in a folder.
  if (KUSTOMIZATION_FILE_NAMES.includes(base)) return 'kustomization';
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
