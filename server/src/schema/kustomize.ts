/**
 * Kustomize awareness: kustomization.yaml is kustomize's own file, and the patches it names are
 * partial objects that only make sense merged onto a base, so they must not be asked for
 * required fields. Its `resources` and `images` say which image a container the kustomization
 * builds really runs (`image: controller` becomes `ghcr.io/acme/operator:v1.2.0`).
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Range } from '../engine/types';
import { LineIndex } from '../engine/text';

import { KUSTOMIZATION_FILE_NAMES } from '../engine/kustomization/file-names';

export { KUSTOMIZATION_FILE_NAMES };

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

/** One entry of a kustomization's `images:`, as kustomize's image transformer reads it. */
export interface KustomizeImageEntry {
  /** The image name it matches: the part of a container's `image` before its tag and digest. */
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  tagSuffix?: string;
  /** Where the entry's `name` is written. */
  range: Range;
}

/** What the index keeps of a kustomization, paths as written (relative to its folder). */
export interface KustomizationFacts {
  /** `patches[].path` (or a file name alone), `patchesStrategicMerge[]` and `patchesJson6902[].path`. */
  patches: string[];
  /** `resources`, `bases` and `components`: files, or folders holding a kustomization. */
  includes: string[];
  images: KustomizeImageEntry[];
  /**
   * What it builds cannot all be read here: a remote resource, a Helm chart, generator or
   * transformer plugins, `configurations` (image fields of its own), an inline patch that writes
   * an image.
   */
  opaque?: true;
  /** `kind: Component`: its entries apply to what each kustomization that includes it builds. */
  component?: true;
}

/** Fields whose output (or image fields) only kustomize itself can tell. */
const OPAQUE_FIELDS = ['helmCharts', 'helmChartInflationGenerator', 'generators', 'transformers', 'configurations'];

const EMPTY: KustomizationFacts = { patches: [], includes: [], images: [] };

/** A remote resource (a Git URL, an HTTP file) names nothing in the workspace. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;

/** Reads a kustomization's text; a text that is no YAML mapping states nothing. Never throws. */
export function readKustomization(text: string): KustomizationFacts {
  let root: unknown;
  try {
    const document = parseDocument(text, { prettyErrors: false, logLevel: 'error', keepSourceTokens: false });
    root = document.contents;
  } catch {
    return EMPTY;
  }
  if (!isMap(root)) return EMPTY;
  const field = (key: string): Node | undefined => root.get(key, true) as Node | undefined;
  const items = (key: string): unknown[] => {
    const node = field(key);
    return isSeq(node) ? node.items : [];
  };
  const scalar = (node: unknown): string | undefined =>
    isScalar(node) && node.value !== null && typeof node.value !== 'object' ? scalarText(node) : undefined;
  const patches: string[] = [];
  for (const entry of [...items('patches'), ...items('patchesJson6902')]) {
    const written = isMap(entry) ? scalar(entry.get('path', true)) : undefined;
    if (written) patches.push(written);
  }
  // A file name alone, as `patchesStrategicMerge` lists them, is still a patch file its author meant.
  for (const entry of [...items('patchesStrategicMerge'), ...items('patches')]) {
    // An entry is either a file name or an inline patch; inline ones span lines.
    const written = scalar(entry);
    if (written && !written.includes('\n')) patches.push(written);
  }
  const includes: string[] = [];
  let opaque = OPAQUE_FIELDS.some((key) => field(key) !== undefined);
  for (const entry of [...items('resources'), ...items('bases'), ...items('components')]) {
    const written = scalar(entry);
    if (written && !REMOTE.test(written)) includes.push(written);
    else if (written) opaque = true;
  }
  const inline = [...items('patches'), ...items('patchesJson6902')].map((entry) =>
    isMap(entry) ? scalar(entry.get('patch', true)) : undefined,
  );
  // A patchesStrategicMerge entry is inline when it spans lines; otherwise it names a file.
  const merged = items('patchesStrategicMerge').map((entry) => scalar(entry));
  for (const text of [...inline, ...merged.filter((text) => text?.includes('\n'))])
    if (text !== undefined && /\bimage\b/.test(text)) opaque = true;
  const lines = new LineIndex(text);
  const images: KustomizeImageEntry[] = [];
  for (const entry of items('images')) {
    if (!isMap(entry)) continue;
    const nameNode = entry.get('name', true) as Node | undefined;
    const name = scalar(nameNode);
    if (!name || !nameNode?.range) continue;
    const image: KustomizeImageEntry = { name, range: lines.rangeOf(nameNode.range[0], nameNode.range[1]) };
    for (const key of ['newName', 'newTag', 'digest', 'tagSuffix'] as const) {
      const value = scalar(entry.get(key, true));
      if (value) image[key] = value;
    }
    images.push(image);
  }
  return {
    patches,
    includes,
    images,
    ...(opaque ? { opaque: true as const } : {}),
    ...(scalar(field('kind')) === 'Component' ? { component: true as const } : {}),
  };
}

/** A scalar as written: kustomize reads `newTag: 1.10` as the string "1.10", not the number 1.1. */
function scalarText(node: Node): string {
  const source = (node as { source?: unknown }).source;
  if (isScalar(node) && typeof node.value === 'number' && typeof source === 'string') return source;
  return String((node as { value: unknown }).value);
}

/**
 * The image a kustomization's image entries leave a container with (kustomize's image
 * transformer): entries whose `name` is the image's name, in order, replace its name, its tag
 * and its digest. `applied`: the entries that matched, each with the reference it left.
 */
export function kustomizeImage(
  reference: string,
  entries: readonly KustomizeImageEntry[],
): { reference: string; applied: { entry: KustomizeImageEntry; reference: string }[] } {
  let current = reference;
  const applied: { entry: KustomizeImageEntry; reference: string }[] = [];
  for (const entry of entries) {
    if (!imageMatches(current, entry.name)) continue;
    const parts = splitImage(current);
    let { name, tag, digest } = parts;
    if (entry.newName) name = entry.newName;
    // A new tag or digest replaces both the tag and the digest written.
    if (entry.newTag !== undefined || entry.digest !== undefined) {
      tag = entry.newTag;
      digest = entry.digest;
    }
    if (entry.tagSuffix) tag = (tag ?? '') + entry.tagSuffix;
    current = name + (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '');
    applied.push({ entry, reference: current });
  }
  return { reference: current, applied };
}

/** The part of an image reference before its tag and digest, which an `images:` entry's `name` usually names. */
export function imageName(reference: string): string {
  return splitImage(reference).name;
}

/** What may follow the name an entry matches: a tag, then a digest (kustomize's `IsImageMatched`). */
const AFTER_NAME = /^(:[a-zA-Z0-9_.{}-]*)?(@[a-zA-Z][a-zA-Z0-9]*:[a-zA-Z0-9_.{}-]*)?$/;

/**
 * Whether an `images:` entry's `name` matches a container's image as kustomize matches it: the
 * image is the name, then at most a tag and a digest — so a name written with its tag
 * (`podinfo:6.4.1`) matches that tag only. kustomize reads the name as a regular expression; it is
 * read here as written, which differs only for a name that relies on `.` matching another character.
 */
export function imageMatches(reference: string, name: string): boolean {
  return name !== '' && reference.startsWith(name) && AFTER_NAME.test(reference.slice(name.length));
}

/** An image reference's name, tag and digest, as kustomize splits them. */
function splitImage(reference: string): { name: string; tag?: string; digest?: string } {
  let rest = reference;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { name: rest, digest };
}
