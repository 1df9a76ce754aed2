/**
 * The images an object's containers write, as kustomize's `images:` entries find them: its image
 * transformer renames the `image` of every item of a `containers` or `initContainers` list, at
 * any depth of any object.
 */
import type { Path } from './parse';
import { get, isBuiltInApi } from './workloads';

/** Nodes looked at, at most, in a custom resource: one too large to read leaves its images unknown. */
const SEARCH_BUDGET = 2000;
const SEARCH_DEPTH = 32;
const CONTAINER_LISTS = ['containers', 'initContainers'];

export interface ContainerImages {
  /** The references as written, in order, once each. */
  images: string[];
  /** True when a custom resource was too large to look through: more images may be there. */
  unread: boolean;
}

/**
 * The images of an object's pod specs (`specs`, where a built-in kind keeps its containers), or,
 * for a custom resource, of every container list in it, in its pod templates or not.
 */
export function containerImages(
  apiVersion: string,
  kind: string,
  value: Record<string, unknown>,
  specs: readonly Path[],
): ContainerImages {
  const images = new Set<string>();
  const take = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const container of list) {
      const image = get(container, 'image');
      if (typeof image === 'string' && image !== '') images.add(image);
    }
  };
  if (isBuiltInApi(apiVersion) || kind === 'CustomResourceDefinition') {
    for (const path of specs) for (const field of CONTAINER_LISTS) take(get(value, ...path, field));
    return { images: [...images], unread: false };
  }
  let budget = SEARCH_BUDGET;
  let unread = false;
  const visit = (node: unknown, depth: number): void => {
    if (unread || node === null || typeof node !== 'object') return;
    if (budget-- <= 0 || depth > SEARCH_DEPTH) {
      unread = true;
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (CONTAINER_LISTS.includes(key)) take(child);
      visit(child, depth + 1);
    }
  };
  visit(value, 0);
  return { images: [...images], unread };
}
