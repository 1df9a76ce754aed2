import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { KUSTOMIZATION_FILE_NAMES } from './kustomize';
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
      const kind = kindOnDisk(key);
      if (kind === 'file' && SCHEMA_FILE.test(key)) read(key, false);
      if (kind !== 'folder') continue;
      const name = KUSTOMIZATION_FILE_NAMES.find((candidate) => existsSync(path.join(key, candidate)));
      if (name) read(path.join(key, name), false);
    }
  }
}

function kindOnDisk(file: string): 'file' | 'folder' | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : undefined;
  } catch {
    return undefined;
  }
}
