import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { PathReader } from './path-reader';

/** Past this a file is not read: a folder's kustomization, say, whose kind a rule wants. */
const MAX_READ_BYTES = 1024 * 1024;

/** The disk as the rules about named paths see it (kustomizations, Compose files): what is at a path. */
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
      if (statSync(file).size > MAX_READ_BYTES) return undefined;
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};
