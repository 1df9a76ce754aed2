/**
 * Finds the `.dockerignore` that applies to a Dockerfile on disk, for the CLI and the language
 * server to hand to the engine (which never touches the file system itself).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../engine/dockerfile/build-context';

export interface DockerignoreSearch {
  /** Folders the search never goes above (workspace folders); a repository root stops it too. */
  stopAt?: readonly string[];
  /** False for a file that must not be read (outside an untrusted workspace): it counts as unknown. */
  mayRead?: (file: string) => boolean;
}

/**
 * The `.dockerignore` for `dockerfile`: `<name>.dockerignore` beside it wins (as BuildKit does),
 * else the nearest `.dockerignore` in its folder or the folders above it, up to the repository
 * root. The build context is usually one of those folders.
 */
export function findDockerignore(dockerfile: string, search: DockerignoreSearch = {}): string | undefined {
  const beside = `${path.resolve(dockerfile)}.dockerignore`;
  if (existsSync(beside)) return beside;
  const stops = new Set((search.stopAt ?? []).map((dir) => path.resolve(dir)));
  let dir = path.dirname(path.resolve(dockerfile));
  for (;;) {
    const candidate = path.join(dir, '.dockerignore');
    if (existsSync(candidate)) return candidate;
    if (stops.has(dir) || existsSync(path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * What the engine should know about the build context of a Dockerfile on disk: the text of its
 * `.dockerignore`, null when there is none, and nothing at all when the one found may not be read.
 */
export function buildContextFor(dockerfile: string, search: DockerignoreSearch = {}): BuildContext {
  // A Dockerfile whose folder is not on disk (a virtual or unsaved document) has no known context.
  if (!existsSync(path.dirname(path.resolve(dockerfile)))) return {};
  const file = findDockerignore(dockerfile, search);
  if (!file) return { dockerignore: null };
  if (search.mayRead && !search.mayRead(file)) return {};
  try {
    return { dockerignore: readFileSync(file, 'utf8') };
  } catch {
    return {};
  }
}
