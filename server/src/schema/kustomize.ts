/**
 * Kustomize awareness: kustomization.yaml is kustomize's own file, and the patches it names are
 * partial objects that only make sense merged onto a base, so they must not be asked for
 * required fields.
 */
import { parseDocument } from 'yaml';

export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

function baseName(uriOrPath: string): string {
  const last = uriOrPath.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The last file asked about: rules ask once per object, and splitting the path each time cost ~10 ms in a 2,000-object file. */
let last: { uriOrPath: string; is: boolean } | undefined;

export function isKustomizationFile(uriOrPath: string): boolean {
  if (last?.uriOrPath !== uriOrPath) last = { uriOrPath, is: KUSTOMIZATION_FILE_NAMES.includes(baseName(uriOrPath)) };
  return last.is;
}

/**
 * The patch files a kustomization names, as written (relative to the kustomization's folder):
 * `patches[].path`, `patchesStrategicMerge[]` and `patchesJson6902[].path`. Inline patches and
 * unreadable files give nothing.
 */
export function kustomizationPatchPaths(text: string): string[] {
  let value: unknown;
  try {
    value = parseDocument(text, { prettyErrors: false, logLevel: 'error' }).toJS({ maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const paths: string[] = [];
  const list = (key: string): unknown[] => (Array.isArray(record[key]) ? (record[key] as unknown[]) : []);
  for (const entry of [...list('patches'), ...list('patchesJson6902')]) {
    const path = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).path : undefined;
    if (typeof path === 'string') paths.push(path);
  }
  for (const entry of list('patchesStrategicMerge')) {
    // An entry is either a file name or an inline patch; inline ones span lines.
    if (typeof entry === 'string' && !entry.includes('\n')) paths.push(entry);
  }
  return paths;
}
