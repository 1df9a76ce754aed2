/**
 * Finds the `.dockerignore` that applies to a Dockerfile on disk, for the CLI and the language
 * server to hand to the engine (which never touches the file system itself).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../engine/dockerfile/build-context';

export interface DockerignoreSearch {
  /** Folders the search never goes above (workspace folders); a repository root stops it too. */
  stopAt?: readonly string[];
  /** False for a file that must not be read (outside an untrusted workspace): it counts as unknown. */
  mayRead?: (file: string) => boolean;
  /** What earlier searches of the same run saw, for a run that does not expect the disk to change. */
  memory?: DockerignoreMemory;
}

/**
 * The folders a run has looked at: each one's names, and the `.dockerignore` that applies from it
 * (null for none). The CLI linting a repository asked two or three names of every folder up to
 * the repository root for each Dockerfile — a thousand file-system calls for 200 Dockerfiles in
 * one folder, where one listing answers them all.
 */
export class DockerignoreMemory {
  readonly found = new Map<string, string | null>();
  private readonly listings = new Map<string, ReadonlySet<string> | null>();

  /** Whether `name` is in `folder`; a folder that cannot be listed is asked directly. */
  has(folder: string, name: string): boolean {
    const listing = this.listing(folder);
    return listing ? listing.has(this.fold(name)) : existsSync(path.join(folder, name));
  }

  /** As the disk compares names: macOS and Windows disks usually ignore case, Linux ones do not. */
  private fold(name: string): string {
    return process.platform === 'linux' ? name : name.toLowerCase();
  }

  exists(folder: string): boolean {
    return this.listing(folder) !== null || existsSync(folder);
  }

  private listing(folder: string): ReadonlySet<string> | null {
    let listing = this.listings.get(folder);
    if (listing === undefined) {
      try {
        listing = new Set(readdirSync(folder).map((name) => this.fold(name)));
      } catch {
        listing = null;
      }
      this.listings.set(folder, listing);
    }
    return listing;
  }
}

/**
 * The `.dockerignore` for `dockerfile`: `<name>.dockerignore` beside it wins (as BuildKit does),
 * else the nearest `.dockerignore` in its folder or the folders above it, up to the repository
 * root. The build context is usually one of those folders.
 */
export function findDockerignore(dockerfile: string, search: DockerignoreSearch = {}): string | undefined {
  const memory = search.memory;
  const file = path.resolve(dockerfile);
  if (has(path.dirname(file), `${path.basename(file)}.dockerignore`, search)) return `${file}.dockerignore`;
  const stops = new Set((search.stopAt ?? []).map((dir) => path.resolve(dir)));
  const visited: string[] = [];
  let found: string | null = null;
  for (let dir = path.dirname(file); ;) {
    const known = memory?.found.get(dir);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(dir);
    if (has(dir, '.dockerignore', search)) {
      found = path.join(dir, '.dockerignore');
      break;
    }
    const parent = path.dirname(dir);
    if (stops.has(dir) || parent === dir || has(dir, '.git', search)) break;
    dir = parent;
  }
  for (const dir of visited) memory?.found.set(dir, found);
  return found ?? undefined;
}

/**
 * What the engine should know about the build context of a Dockerfile on disk: the text of its
 * `.dockerignore`, null when there is none, and nothing at all when the one found may not be read.
 * `contexts`: the folders the files that build it send as its context (Compose, skaffold); the
 * `.dockerignore` at the root of each applies, not the nearest one above the Dockerfile, and
 * contexts whose answers differ leave it unknown.
 */
export function buildContextFor(
  dockerfile: string,
  search: DockerignoreSearch = {},
  contexts: readonly string[] = [],
): BuildContext {
  // A Dockerfile whose folder is not on disk (a virtual or unsaved document) has no known context.
  const file = path.resolve(dockerfile);
  const folder = path.dirname(file);
  if (!exists(folder, search)) return {};
  if (contexts.length === 0) return dockerignoreText(findDockerignore(file, search), search);
  const beside = `${file}.dockerignore`;
  if (has(folder, path.basename(beside), search)) return dockerignoreText(beside, search);
  let answer: BuildContext | undefined;
  for (const context of contexts) {
    if (!exists(context, search)) return {};
    const found = has(context, '.dockerignore', search) ? path.join(context, '.dockerignore') : undefined;
    const one = dockerignoreText(found, search);
    if (answer && answer.dockerignore !== one.dockerignore) return {};
    answer = one;
  }
  if (answer?.dockerignore === null && !contexts.includes(folder) && has(folder, '.dockerignore', search))
    return { dockerignore: null, strayDockerignore: true };
  return answer ?? {};
}

function exists(folder: string, search: DockerignoreSearch): boolean {
  return search.memory ? search.memory.exists(folder) : existsSync(folder);
}

function has(folder: string, name: string, search: DockerignoreSearch): boolean {
  return search.memory ? search.memory.has(folder, name) : existsSync(path.join(folder, name));
}

function dockerignoreText(file: string | undefined, search: DockerignoreSearch): BuildContext {
  if (!file) return { dockerignore: null };
  if (search.mayRead && !search.mayRead(file)) return {};
  try {
    return { dockerignore: readFileSync(file, 'utf8') };
  } catch {
    return {};
  }
}
