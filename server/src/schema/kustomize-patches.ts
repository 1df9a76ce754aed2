/**
 * Strategic-merge patches as the objects they patch see them: a kustomization's patch adds a
 * container, a port or a label to an object of the files it builds (kubebuilder's auth proxy adds
 * the `https` port its metrics Service targets), so the cross-file rules must find them there.
 * Only the facts those rules read are merged: labels, pod labels and container ports, added to
 * what the object already has, as a strategic merge adds list items by their key.
 */
import type { ContainerPortFacts, IndexedObject, ObjectFacts } from '../engine/kubernetes/facts';
import type { ObjectEntry } from '../engine/workspace';

/** A patch file with the files its kustomization builds. */
export interface PatchTarget {
  patch: string;
  files: ReadonlySet<string>;
}

/**
 * `entries` with each object a patch names (same kind and name, in a file the patch's
 * kustomization builds) given what the patch adds; the same array when no patch applies.
 */
export function withPatchesMerged(
  entries: readonly ObjectEntry[],
  targets: readonly PatchTarget[],
  objectsOf: (key: string) => readonly IndexedObject[] | undefined,
): readonly ObjectEntry[] {
  const patchesOf = new Map<string, ObjectFacts[]>();
  for (const { patch, files } of targets)
    for (const object of objectsOf(patch) ?? []) {
      if (object.name === undefined) continue;
      for (const file of files) {
        const at = targetKey(file, object.kind, object.name);
        patchesOf.set(at, [...(patchesOf.get(at) ?? []), object]);
      }
    }
  if (patchesOf.size === 0) return entries;
  return entries.map((entry) => {
    const { kind, name } = entry.object;
    const patches = name === undefined ? undefined : patchesOf.get(targetKey(entry.key, kind, name));
    return patches ? { key: entry.key, object: patches.reduce(merged, entry.object) } : entry;
  });
}

function targetKey(file: string, kind: string, name: string): string {
  return `${file}\u0000${kind}\u0000${name}`;
}

function merged(base: IndexedObject, patch: ObjectFacts): IndexedObject {
  // A patch written for another namespace patches another object.
  if (patch.namespace !== undefined && base.namespace !== undefined && patch.namespace !== base.namespace) return base;
  const labels = { ...base.labels, ...patch.labels };
  if (!base.pods || !patch.pods) return { ...base, labels };
  const ports = [...base.pods.ports];
  for (const port of patch.pods.ports) if (!ports.some((known) => samePort(known, port))) ports.push(port);
  return { ...base, labels, pods: { ...base.pods, labels: { ...base.pods.labels, ...patch.pods.labels }, ports } };
}

function samePort(a: ContainerPortFacts, b: ContainerPortFacts): boolean {
  return a.container === b.container && a.number === b.number && a.protocol === b.protocol && a.name === b.name;
}
