import path from 'node:path';
import { isScalar, type Document, type Node } from 'yaml';
import { parseGoYamlFile } from '../engine/go-yaml-file';
import { KUSTOMIZATION_FILE_NAMES } from '../schema/kustomize';
import { closestName, memoryReader, type PathReader } from '../files/path-reader';
import { walkKustomization } from './decode';
import type { PathRole } from './fields';

/** What is at a path a kustomization names, relative to its folder. */
export type PathFacts =
  /** Nothing there; `closest`: the path as written with the name beside it a typo most likely meant. */
  | { kind: 'missing'; closest?: string }
  | { kind: 'file' }
  /** A folder, with the kind its kustomization file declares (`Kustomization` when it writes none), if it holds one. */
  | { kind: 'folder'; kustomization?: string };

/** What the caller found around a kustomization: the paths it names, looked up. */
export interface KustomizationSurroundings {
  /** What is at a path as written in the file; undefined when it was not looked at (the rules stay quiet). */
  at(written: string): PathFacts | undefined;
}

/** A value of the file that names a path, with what kustomize expects there. */
export interface NamedPath {
  /** The path as kustomize reads it: for `files` entries, after the `key=`. */
  written: string;
  role: PathRole;
  node: Node;
  /** Keys and list indexes from the top of the file. */
  path: (string | number)[];
  /**
   * Whether kustomize, finding nothing there, would fetch it as a remote resource instead: its
   * first segment is a host name (`github.com/org/repo/deploy?ref=v1`).
   */
  remoteIfMissing: boolean;
}

/** The paths a kustomization names that kustomize reads from its folder, in the order written. */
export function namedPaths(document: Document.Parsed, root: Node): NamedPath[] {
  const found: NamedPath[] = [];
  walkKustomization(document, root, ({ field, path: at, value }) => {
    const role = field.path;
    if (!role || !value) return;
    const add = (node: unknown, index?: number): void => {
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const written = localPath(node.value, role);
      if (written === undefined) return;
      const first = written.split('/')[0] ?? '';
      const remoteIfMissing =
        (role === 'resource' || role === 'component') &&
        written.includes('/') &&
        /^[\w-]+(\.[\w-]+)+(:\d+)?$/.test(first);
      found.push({ written, role, node, path: index === undefined ? at : [...at, index], remoteIfMissing });
    };
    if (isScalar(value)) add(value);
    else if ('items' in value && Array.isArray(value.items)) value.items.forEach((item, index) => add(item, index));
  });
  return found;
}

/**
 * The local path an entry names, or undefined for what kustomize does not read from disk: URLs,
 * inline patches and plugin configurations, and globs (which only older releases expanded).
 */
function localPath(value: string, role: PathRole): string | undefined {
  let written = value.trim();
  // `?` belongs to remote addresses (`?ref=v1`) more often than to a glob.
  if (written === '' || /[\n*[]/.test(written)) return undefined;
  if (role === 'keyedFile') {
    const equals = written.indexOf('=');
    if (equals >= 0) written = written.slice(equals + 1);
  }
  if ((role === 'fileOrInline' || role === 'pluginConfig') && /:\s/.test(written)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written) || /^git@/.test(written)) return undefined;
  return written === '' ? undefined : written;
}

/** The surroundings of the kustomization at `file`: each named path looked up with `reader`. */
export function readSurroundings(
  file: string,
  named: readonly NamedPath[],
  reader: PathReader,
  paths: path.PlatformPath = path,
): KustomizationSurroundings {
  const folder = paths.dirname(file);
  const facts = new Map<string, PathFacts>();
  for (const entry of named) {
    if (facts.has(entry.written)) continue;
    const target = paths.resolve(folder, entry.written);
    const kind = reader.kindOf(target);
    if (kind === 'unknown') continue;
    if (kind === 'file') facts.set(entry.written, { kind: 'file' });
    else if (kind === 'folder') {
      const declared = folderKustomization(target, reader, paths);
      facts.set(
        entry.written,
        declared === undefined ? { kind: 'folder' } : { kind: 'folder', kustomization: declared },
      );
    } else {
      const closest = closestName(entry.written, target, reader, paths);
      facts.set(entry.written, closest === undefined ? { kind: 'missing' } : { kind: 'missing', closest });
    }
  }
  return { at: (written) => facts.get(written) };
}

/** The kind the kustomization file of a folder declares, or undefined when the folder holds none. */
export function folderKustomization(folder: string, reader: PathReader, paths: path.PlatformPath): string | undefined {
  const file = kustomizationFileIn(folder, reader, paths);
  if (file === undefined) return undefined;
  return /^kind:\s*["']?(\w+)/m.exec(reader.read(file) ?? '')?.[1] ?? 'Kustomization';
}

/** The kustomization file of a folder, under the first of the names kustomize looks for; undefined when it holds none. */
export function kustomizationFileIn(folder: string, reader: PathReader, paths: path.PlatformPath): string | undefined {
  return KUSTOMIZATION_FILE_NAMES.map((name) => paths.join(folder, name)).find(
    (candidate) => reader.kindOf(candidate) === 'file',
  );
}

/** The surroundings of a kustomization at `uri` whose neighbours are `files`, by path beside it. */
export function surroundingsBeside(
  uri: string,
  document: Document.Parsed,
  root: Node,
  files: Readonly<Record<string, string>>,
): KustomizationSurroundings {
  const file = decodeURIComponent(new URL(uri).pathname);
  const folder = path.posix.dirname(file);
  const contents = new Map<string, string>();
  for (const [name, text] of Object.entries(files)) contents.set(path.posix.join(folder, name), text);
  return readSurroundings(file, namedPaths(document, root), memoryReader(contents), path.posix);
}

/** The surroundings of the kustomization at `file` with the text `text`, looked up with `reader`. */
export function surroundingsOf(file: string, text: string, reader: PathReader): KustomizationSurroundings | undefined {
  const parsed = parseGoYamlFile(text);
  if (!parsed.root || parsed.problems.length > 0) return undefined;
  return readSurroundings(file, namedPaths(parsed.document, parsed.root), reader);
}
