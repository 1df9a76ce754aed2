/**
 * Who names which Compose file, made again only when a file, a `.env` or a configuration changes:
 * the files includes, `extends` and lists name, the files including or extending each, the folders includes and
 * lists give them, and the project each listed file is judged in.
 */
import path from 'node:path';
import { compareCodeUnits } from '../engine/order';
import type { ComposeFileList } from './compose-env';
import type { ComposeInclude } from './compose-includes';

/** A folder's `.env` as read: the file's key, the `COMPOSE_FILE` list it sets, if any, and its variables. */
export interface ComposeEnv {
  env: string;
  list?: ComposeFileList;
  /** The variables whose values are known (see `dotenvVariables`), in the file's order. */
  variables?: [string, string][];
}

/** The files a listed file is merged with, by file key, and the file whose list says so. */
export interface ListedFile {
  /** The `.env` or the configuration file stating the list. */
  source: string;
  /** Merged under it, in order. */
  before: string[];
  /** Merged over it, in order. */
  after: string[];
  /** When several lists name it: the files each of them merges it with, for what one of them alone may define. */
  each?: ListedSides[];
}

/** The files merged under and over a listed file in one list, in order. */
interface ListedSides {
  before: string[];
  after: string[];
}

export interface References {
  named: Set<string>;
  includers: Map<string, Set<string>>;
  /** The files whose services `extends` from each file, by file key. */
  extenders: Map<string, Set<string>>;
  folders: Map<string, { folder: string; from: string }>;
  listed: Map<string, ListedFile>;
}

/** What the references are made from: each Compose file's includes and extended files, and the lists. */
export interface ReferenceSources {
  files: Iterable<[string, { includes?: readonly ComposeInclude[]; extendsFiles?: readonly string[] }]>;
  /** Each folder's `.env`, by folder. */
  envs: ReadonlyMap<string, ComposeEnv>;
  /** Each configuration's `composeProjects`, by the configuration's key. */
  configured: ReadonlyMap<string, readonly ComposeFileList[]>;
}

/** A list, with the file stating it. */
interface StatedList {
  source: string;
  files: readonly string[];
}

export function referencesOf({ files, envs, configured }: ReferenceSources): References {
  const named = new Set<string>();
  const includers = new Map<string, Set<string>>();
  const extenders = new Map<string, Set<string>>();
  const folders = new Map<string, { folder: string; from: string }>();
  const byKey = <T>(map: ReadonlyMap<string, T>): [string, T][] => [...map].sort(([a], [b]) => compareCodeUnits(a, b));
  // The configuration says how Compose is run (`-f`), which takes the place of `COMPOSE_FILE`.
  const stated = (lists: StatedList[]): Map<string, StatedList[]> => {
    const naming = new Map<string, StatedList[]>();
    for (const list of lists) {
      const first = list.files[0];
      for (const file of list.files) {
        named.add(file);
        if (!naming.has(file)) naming.set(file, []);
        naming.get(file)?.push(list);
        // Compose reads the paths of every file of a list from the first file's folder.
        if (first !== undefined && path.dirname(file) !== path.dirname(first) && !folders.has(file))
          folders.set(file, { folder: path.dirname(first), from: list.source });
      }
    }
    return naming;
  };
  const fromConfig = stated(
    byKey(configured).flatMap(([source, lists]) => lists.map((list) => ({ source, files: list.files }))),
  );
  const fromEnvs = stated(
    byKey(envs).flatMap(([, env]) => (env.list ? [{ source: env.env, files: env.list.files }] : [])),
  );
  const listed = new Map<string, ListedFile>();
  for (const naming of [fromConfig, fromEnvs])
    for (const [file, lists] of naming) if (!listed.has(file)) listed.set(file, common(file, lists));
  for (const [key, entry] of files) {
    for (const include of entry.includes ?? [])
      for (const file of include.files) {
        named.add(file);
        if (!includers.has(file)) includers.set(file, new Set());
        includers.get(file)?.add(key);
        // Two includes giving one file different folders: the first including file by name decides.
        const earlier = folders.get(file);
        if (include.projectDirectory && (!earlier || key < earlier.from))
          folders.set(file, { folder: include.projectDirectory, from: key });
      }
    for (const file of entry.extendsFiles ?? []) {
      named.add(file);
      if (!extenders.has(file)) extenders.set(file, new Set());
      extenders.get(file)?.add(key);
    }
  }
  return { named, includers, extenders, folders, listed };
}

/**
 * A file several lists name (a base each environment's overlay is merged over) is judged with
 * what every one of them gives it: the files before it in each, and after it in each, in the
 * first list's order. What one environment alone adds would otherwise decide for all of them.
 */
function common(file: string, lists: readonly StatedList[]): ListedFile {
  const each = lists.map((list) => {
    const at = list.files.indexOf(file);
    return { before: list.files.slice(0, at), after: list.files.slice(at + 1) };
  });
  const [first, ...others] = each as [ListedSides, ...ListedSides[]];
  const inEvery = (side: keyof ListedSides): string[] =>
    first[side].filter((other) => others.every((project) => project[side].includes(other)));
  const listed = { source: (lists[0] as StatedList).source, before: inEvery('before'), after: inEvery('after') };
  return others.length === 0 ? listed : { ...listed, each };
}
