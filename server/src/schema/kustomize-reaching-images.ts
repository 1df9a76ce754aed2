/**
 * The images that reach a kustomization's own `images:` entries, as `kustomize build` brings them
 * there: what its resources' containers write — a file's as written, a folder's as that folder's
 * kustomization leaves them after its own entries — and its patch files, renamed by the entries
 * of its components (kustomize applies a component to everything the kustomization gathered).
 * A Component's entries apply within each kustomization that includes it: to what that one gathered
 * before it (its resources, and the components listed earlier, their entries applied) and to the
 * Component's own resources.
 */
import path from 'node:path';
import type { ObjectFacts } from '../engine/kubernetes/facts';
import { resolved, type Kustomizations } from './kustomizations';
import { kustomizeImage, type KustomizeImageEntry } from './kustomize';

/** Chains longer than this are not followed: no real layout comes near. */
const MAX_DEPTH = 16;

/**
 * The image references reaching the entries of the kustomization at `key`, once each; undefined
 * when anything it builds cannot be read here: a kustomization the index does not hold or that is
 * opaque (see KustomizationFacts), a file it holds no objects of (not read, or a JSON patch), a
 * custom resource too large to look through, a cycle; for a Component, also when no kustomization
 * the index holds includes it.
 */
export function imagesReaching(
  key: string,
  built: Pick<Kustomizations, 'entries' | 'includersOf' | 'kustomizationIn'>,
  objectsOf: (key: string) => readonly ObjectFacts[] | undefined,
): string[] | undefined {
  const kustomizations = built.entries;
  const memo = new Map<string, string[] | undefined>();
  /** What each Component's entries see in the kustomizations walked so far. */
  const seenByComponent = new Map<string, string[]>();
  const ofFile = (file: string): string[] | undefined => {
    const objects = objectsOf(file);
    if (!objects || objects.length === 0 || objects.some((object) => object.imagesUnread)) return undefined;
    return objects.flatMap((object) => object.images ?? []);
  };
  const reaching = (at: string, depth: number): string[] | undefined => {
    if (memo.has(at)) return memo.get(at);
    // Set before the walk: a kustomization that includes itself, at any depth, is unknown.
    memo.set(at, undefined);
    const facts = kustomizations.get(at)?.facts;
    if (!facts || facts.opaque || depth > MAX_DEPTH) return undefined;
    const images: string[] = [];
    const componentEntries: KustomizeImageEntry[] = [];
    for (const written of facts.includes) {
      const included = resolved(at, written);
      const nested = built.kustomizationIn(included);
      const inner = nested === undefined ? undefined : kustomizations.get(nested)?.facts;
      let found = nested === undefined ? ofFile(included) : reaching(nested, depth + 1);
      if (!found) return undefined;
      if (nested !== undefined && inner?.component) {
        const before = images.map((image) => kustomizeImage(image, componentEntries).reference);
        seenByComponent.set(nested, [...(seenByComponent.get(nested) ?? []), ...before, ...found]);
        componentEntries.push(...inner.images);
      } else if (inner) found = found.map((image) => kustomizeImage(image, inner.images).reference);
      images.push(...found);
    }
    for (const written of facts.patches) {
      const found = ofFile(resolved(at, written));
      if (!found) return undefined;
      images.push(...found);
    }
    const result = [...new Set(images.map((image) => kustomizeImage(image, componentEntries).reference))];
    memo.set(at, result);
    return result;
  };
  if (!kustomizations.get(key)?.facts.component) return reaching(key, 0);
  const includers = built.includersOf(path.dirname(key)).filter((at) => at !== key);
  if (includers.length === 0 || includers.some((at) => reaching(at, 0) === undefined)) return undefined;
  return [...new Set(seenByComponent.get(key) ?? [])];
}
