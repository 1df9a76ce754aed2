/**
 * The variables Compose fills a file's values with. A file read by itself takes the `.env` of the
 * folder it is read from. A file another includes takes its includer's first (Compose keeps what
 * the including project already has: the shell's and its `.env`'s), then those of the include's
 * `env_file`s, later files winning, or else of the `.env` of its project directory. A file whose
 * services are only `extends`ed from is read with the variables of the file extending it.
 */
import path from 'node:path';
import { compareCodeUnits } from '../engine/order';
import type { ComposeVariables } from '../engine/workspace';
import { COMPOSE_ENV_FILE } from './compose-env';
import type { ComposeInclude } from './compose-includes';
import type { ComposeFileEntry } from './compose-projects';
import type { ComposeEnv } from './compose-references';

export interface VariableSources {
  /** Each folder's `.env`, by folder. */
  envs: ReadonlyMap<string, ComposeEnv>;
  /** Each Compose file's `include:` entries. */
  includesOf(key: string): readonly ComposeInclude[] | undefined;
  includers: ReadonlyMap<string, ReadonlySet<string>>;
  extenders: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether Compose reads the file as a project of its own (by its name, or in a list). */
  readAlone(key: string): boolean;
  /** The folder a file read by itself is read from (a list's first file's, else its own). */
  folderOf(key: string): string;
}

/** How far includes and `extends` are followed up: deeper chains stop there, as the index's includes do. */
const DEPTH = 32;

/** The first of a set in code-unit order, as the first including file by name decides folders too. */
function firstOf(keys: ReadonlySet<string> | undefined): string | undefined {
  let first: string | undefined;
  for (const key of keys ?? []) if (first === undefined || compareCodeUnits(key, first) < 0) first = key;
  return first;
}

/**
 * The `.env` files of the include of `file` by `includer`, in the order Compose reads them: an
 * `env_file` is read here only when it is a `.env` (the index keeps no other).
 */
function includeEnvs(includer: string, file: string, sources: VariableSources): (ComposeEnv | undefined)[] {
  const include = sources.includesOf(includer)?.find((entry) => entry.files.includes(file));
  if (!include) return [];
  if (include.envFiles)
    return include.envFiles.map((env) =>
      path.basename(env) === COMPOSE_ENV_FILE ? sources.envs.get(path.dirname(env)) : undefined,
    );
  const first = include.files[0] ?? file;
  return [sources.envs.get(include.projectDirectory ?? path.dirname(first))];
}

export function variablesFor(key: string, sources: VariableSources): ComposeVariables | undefined {
  // From the file up to the project Compose runs: each step's `.env` files, in reading order.
  const steps: (ComposeEnv | undefined)[][] = [];
  const seen = new Set([key]);
  let file = key;
  for (let depth = 0; depth <= DEPTH; depth++) {
    const includer = firstOf(sources.includers.get(file));
    const extender =
      includer === undefined && !sources.readAlone(file) ? firstOf(sources.extenders.get(file)) : undefined;
    const next = includer ?? extender;
    if (next === undefined || seen.has(next)) {
      steps.push([sources.envs.get(sources.folderOf(file))]);
      break;
    }
    if (includer !== undefined) steps.push(includeEnvs(includer, file, sources));
    seen.add(next);
    file = next;
  }
  const values = new Map<string, string>();
  const fileOf = new Map<string, string>();
  // What the outer project has wins; within one step a later file, and a later line, wins.
  for (const step of steps.reverse()) {
    const read = new Map<string, [string, string]>();
    for (const env of step) for (const [name, value] of env?.variables ?? []) read.set(name, [value, env?.env ?? '']);
    for (const [name, [value, from]] of read)
      if (!values.has(name)) {
        values.set(name, value);
        fileOf.set(name, from);
      }
  }
  return values.size > 0 ? { values, fileOf } : undefined;
}

/**
 * The `.env` files the index should read: the one of each folder holding a Compose file (it may
 * list the files Compose reads there, and gives their variables), of each include's project
 * directory, and each `.env` an include's `env_file` names — those of folders `unread` says are
 * not read yet, and not known to be missing.
 */
export function envFilesToRead(
  files: ReadonlyMap<string, ComposeFileEntry>,
  unread: (folder: string) => boolean,
  missing: ReadonlyMap<string, string>,
): Set<string> {
  const envs = new Set<string>();
  for (const [key, entry] of files) {
    const folders = [path.dirname(key)];
    for (const include of entry.includes ?? []) {
      if (include.projectDirectory) folders.push(include.projectDirectory);
      for (const file of include.envFiles ?? [])
        if (path.basename(file) === COMPOSE_ENV_FILE) folders.push(path.dirname(file));
    }
    for (const folder of folders) {
      const env = path.join(folder, COMPOSE_ENV_FILE);
      if (unread(folder) && !missing.has(env)) envs.add(env);
    }
  }
  return envs;
}
