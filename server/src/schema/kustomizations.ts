/**
 * The kustomizations of the workspace, by file key: the patches they name (partial objects) and
 * what they build — the files and folders they include, and the image entries that rename what
 * those files run. A file may be built by several kustomizations (a base and its overlays), each
 * a chain ending at a kustomization no other includes: that root is what `kustomize build` is run on.
 */
import path from 'node:path';
import type { KustomizedImage, ObjectEntry } from '../engine/workspace';
import { compareCodeUnits } from '../engine/order';
import { fileKey } from './file-key';
import { kustomizeImage, type KustomizationFacts } from './kustomize';
import { withPatchesMerged, type PatchTarget } from './kustomize-patches';
import type { IndexedObject } from '../engine/kubernetes/facts';

/** A kustomization as kept: its facts with the keys of what it names. */
export interface KustomizationEntry {
  /** The kustomization as the index was told (a URI or a path), for related locations. */
  uri: string;
  facts: KustomizationFacts;
}

/** Chains longer than this (or a file built by more roots) are not followed: no real layout comes near. */
const MAX_DEPTH = 16;
const MAX_ROOTS = 64;

export class Kustomizations {
  private readonly byKey = new Map<string, KustomizationEntry>();
  private patchKeys: Set<string> | undefined;
  /** The kustomizations that include a file or folder, by its key; made again after a change. */
  private includers: Map<string, string[]> | undefined;
  /** Each patch file with the files its kustomization builds; made again after a change. */
  private targets: PatchTarget[] | undefined;
  /** The kustomization of each folder that holds one; made again after a change. */
  private folders: Map<string, string> | undefined;

  get entries(): ReadonlyMap<string, KustomizationEntry> {
    return this.byKey;
  }

  /**
   * Replaces what the kustomization at `key` states (none: forgets it). Says which part changed:
   * patches change how files validate, and with includes and images which image a container runs.
   */
  set(key: string, entry: KustomizationEntry | undefined): { patches: boolean; images: boolean } {
    const before = this.byKey.get(key)?.facts;
    const after = entry?.facts;
    const patches = JSON.stringify(before?.patches ?? []) !== JSON.stringify(after?.patches ?? []);
    const builds = (facts: KustomizationFacts | undefined) =>
      JSON.stringify([facts?.includes ?? [], facts?.images ?? [], facts?.opaque, facts?.component]);
    const images = builds(before) !== builds(after);
    if (entry && (entry.facts.patches.length > 0 || entry.facts.includes.length > 0 || entry.facts.images.length > 0))
      this.byKey.set(key, entry);
    else this.byKey.delete(key);
    if (patches) this.patchKeys = undefined;
    if (images || patches) {
      this.includers = undefined;
      this.targets = undefined;
      this.folders = undefined;
    }
    return { patches, images };
  }

  /** The local files and folders the kustomizations build (resources, components, patches), as file keys. */
  namedBuilds(): string[] {
    return [...this.includerMap().keys()].sort(compareCodeUnits);
  }

  /** True when a kustomization names the file as a patch. */
  isPatch(key: string): boolean {
    if (!this.patchKeys) {
      this.patchKeys = new Set();
      for (const [kustomization, { facts }] of this.byKey)
        for (const written of facts.patches) this.patchKeys.add(resolved(kustomization, written));
    }
    return this.patchKeys.has(key);
  }

  /**
   * The image a container of the file at `key` that writes `reference` runs when each
   * kustomization that builds the file is built, one answer per root in key order; none when no
   * kustomization includes the file.
   */
  imagesAfter(key: string, reference: string): KustomizedImage[] {
    const found: KustomizedImage[] = [];
    const walk = (node: string, target: string, image: string, renames: KustomizedImage['renames'], seen: string[]) => {
      const parents = this.includersOf(target).filter((parent) => !seen.includes(parent));
      if (parents.length === 0 && node !== key) {
        if (found.length < MAX_ROOTS)
          found.push({ reference: image, root: this.byKey.get(node)?.uri ?? node, renames });
        return;
      }
      if (seen.length >= MAX_DEPTH) return;
      for (const parent of parents) {
        const entry = this.byKey.get(parent);
        if (!entry) continue;
        const { reference: after, applied } = kustomizeImage(image, entry.facts.images);
        const more = applied.map((step) => ({
          uri: entry.uri,
          range: step.entry.range,
          name: step.entry.name,
          to: step.reference,
        }));
        walk(parent, path.dirname(parent), after, [...renames, ...more], [...seen, parent]);
      }
    };
    walk(key, key, reference, [], []);
    return found;
  }

  /**
   * Objects of the index as the kustomizations build them: patch files left out (their objects
   * are partial), what they add merged into the objects they patch.
   */
  asBuilt(
    entries: readonly ObjectEntry[],
    objectsOf: (key: string) => readonly IndexedObject[] | undefined,
  ): readonly ObjectEntry[] {
    const whole = entries.filter((entry) => !this.isPatch(entry.key));
    return withPatchesMerged(whole, this.patchTargets(), objectsOf);
  }

  /**
   * Each patch file a kustomization names, with the files that kustomization builds: what it
   * includes, and what the kustomizations of the folders it includes build, to any depth.
   */
  patchTargets(): readonly PatchTarget[] {
    if (!this.targets) {
      const targets: PatchTarget[] = [];
      for (const key of [...this.byKey.keys()].sort(compareCodeUnits)) {
        const patches = this.byKey.get(key)?.facts.patches ?? [];
        if (patches.length === 0) continue;
        const files = this.builtFiles(key);
        for (const written of patches) targets.push({ patch: resolved(key, written), files });
      }
      this.targets = targets;
    }
    return this.targets;
  }

  /** The kustomization a folder holds, by file key; undefined when it holds none the index keeps. */
  kustomizationIn(folder: string): string | undefined {
    this.folders ??= new Map([...this.byKey.keys()].map((key) => [path.dirname(key), key]));
    return this.folders.get(folder);
  }

  private builtFiles(key: string): Set<string> {
    const files = new Set<string>();
    const seen = new Set([key]);
    const queue = [key];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const written of this.byKey.get(next)?.facts.includes ?? []) {
        const included = resolved(next, written);
        const nested = this.kustomizationIn(included);
        if (nested === undefined) files.add(included);
        else if (!seen.has(nested)) {
          seen.add(nested);
          queue.push(nested);
        }
      }
    }
    return files;
  }

  /** The kustomizations that name a file or folder among what they build, in key order. */
  includersOf(target: string): string[] {
    return this.includerMap().get(target) ?? [];
  }

  /** Each file and folder the kustomizations include or patch with, and the kustomizations that name it. */
  private includerMap(): ReadonlyMap<string, string[]> {
    if (!this.includers) {
      const includers = new Map<string, string[]>();
      const facts = (key: string): KustomizationFacts | undefined => this.byKey.get(key)?.facts;
      for (const key of [...this.byKey.keys()].sort(compareCodeUnits))
        // A patch is merged into what the kustomization builds, so its images are renamed too.
        for (const written of [...(facts(key)?.includes ?? []), ...(facts(key)?.patches ?? [])]) {
          const included = resolved(key, written);
          const list = includers.get(included) ?? [];
          if (!list.includes(key)) includers.set(included, [...list, key]);
        }
      this.includers = includers;
    }
    return this.includers;
  }
}

/** A path a kustomization writes, as a file key: relative to the kustomization's folder. */
export function resolved(kustomization: string, written: string): string {
  return fileKey(path.resolve(path.dirname(kustomization), written));
}
