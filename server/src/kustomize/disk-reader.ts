import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { PathReader } from './surroundings';

/** Past this a file named as a folder's kustomization is not one: its kind is not read. */
const MAX_KUSTOMIZATION_BYTES = 1024 * 1024;

/** The disk as a kustomization's rules see it: what is at a path, and a folder's kustomization. */
export const diskPathReader: PathReader = {
  kindOf(file) {
    try {
      const stat = statSync(file);
      if (stat.isFile()) return 'file';
      return stat.isDirectory() ? 'folder' : undefined;
    } catch {
      return undefined;
    }
  },
  list(folder) {
    try {
      return readdirSync(folder);
    } catch {
      return undefined;
    }
  },
  read(file) {
    try {
      if (statSync(file).size > MAX_KUSTOMIZATION_BYTES) return undefined;
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};
