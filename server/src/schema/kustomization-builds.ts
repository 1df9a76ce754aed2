import path from 'node:path';
import { diskPathReader } from '../files/disk-path-reader';
import { kustomizationFileIn } from '../kustomize/surroundings';
import type { ManifestWorkspace } from './workspace-index';

const SCHEMA_FILE = /\.(ya?ml|json)$/i;

/** Past this many files, what kustomizations build is not read further: no real layout comes near. */
const MAX_KUSTOMIZATION_BUILD_FILES = 5000;

/**
 * Reads what the kustomizations read so far build and the files given do not hold — the files and
 * folders their resources, components and patches name, a folder by its kustomization — round by
 * round, so an overlay linted alone is judged with its bases, as `kustomize build` reads them.
 */
export function readKustomizationBuilds(
  workspace: ManifestWorkspace,
  read: (file: string, mustExist: boolean) => void,
): void {
  const tried = new Set<string>();
  for (;;) {
    const fresh = workspace.kustomizations.namedBuilds().filter((key) => !tried.has(key));
    if (fresh.length === 0 || tried.size >= MAX_KUSTOMIZATION_BUILD_FILES) return;
    for (const key of fresh) {
      tried.add(key);
      const kind = diskPathReader.kindOf(key);
      if (kind === 'file' && SCHEMA_FILE.test(key)) read(key, false);
      const file = kind === 'folder' ? kustomizationFileIn(key, diskPathReader, path) : undefined;
      if (file !== undefined) read(file, false);
    }
  }
}
