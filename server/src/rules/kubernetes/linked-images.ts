/**
 * Containers whose image a Dockerfile of the workspace is stated to build (see
 * server/src/schema/image-links.ts), for the rules that hold a manifest against that Dockerfile.
 */
import { isScalar, type Node } from 'yaml';
import type { ImageFacts } from '../../engine/dockerfile/image-facts';
import type { KubernetesWorkspaceContext } from '../../engine/kubernetes/context';
import { nodeAt, type K8sObject, type Path } from '../../engine/kubernetes/parse';
import { containersOf, get, podSpecPath, type ContainerRef } from '../../engine/kubernetes/workloads';
import type { Locale, Range, RelatedLocation } from '../../engine/types';
import type { ImageLink, KustomizedImage } from '../../engine/workspace';
import { format } from '../../engine/rule';
import { imageRepository } from '../../schema/image-links';

export interface LinkedContainer {
  object: K8sObject;
  container: ContainerRef;
  /** The container's `image:` value. */
  imageRange: Range;
  link: ImageLink;
  facts: ImageFacts;
  /** When the link names the image as the kustomizations that build the file rename it. */
  renamed?: KustomizedImage;
  /** The language of the finding, for the related location of the rename. */
  locale: Locale;
}

/**
 * This file's app and init containers whose image a link pairs with a Dockerfile the index has
 * read. Ephemeral containers are added to running pods by hand, not by these manifests.
 */
export function linkedContainers(ctx: KubernetesWorkspaceContext): LinkedContainer[] {
  const found: LinkedContainer[] = [];
  if (!ctx.workspace?.imageFor) return found;
  for (const object of ctx.objects) {
    if (!object.value) continue;
    for (const container of containersOf(object)) {
      if (container.role === 'ephemeralContainer' || typeof container.value.image !== 'string') continue;
      const linked = ctx.workspace.imageFor(container.value.image, ctx.uri);
      const node = nodeAt(object.root, [...container.path, 'image']);
      if (!linked?.facts || !isScalar(node) || !node.range) continue;
      const imageRange = ctx.index.rangeOf(node.range[0], node.range[1]);
      found.push({
        object,
        container,
        imageRange,
        link: linked.link,
        facts: linked.facts,
        ...(linked.renamed ? { renamed: linked.renamed } : {}),
        locale: ctx.locale,
      });
    }
  }
  return found;
}

/** One `securityContext` setting as it applies to a container: its own, else its pod's. */
export interface Setting {
  node: Node;
  path: Path;
}

/** The container's `securityContext.<key>`, else the pod's; an explicit null counts as unset, as the API reads it. */
export function effectiveSetting(object: K8sObject, container: ContainerRef, key: string): Setting | undefined {
  const spec = podSpecPath(object);
  const paths = [[...container.path, 'securityContext', key], ...(spec ? [[...spec, 'securityContext', key]] : [])];
  for (const path of paths) {
    const node = nodeAt(object.root, path);
    if (node && !(isScalar(node) && node.value === null)) return { node, path };
  }
  return undefined;
}

/** Windows pods name their users (`runAsUserName`); the kubelet's numeric check is Linux's. */
export function isWindowsPodOf(object: K8sObject): boolean {
  const spec = podSpecPath(object);
  const value = spec ? get(object.value, ...spec) : undefined;
  return (
    get(value, 'os', 'name') === 'windows' || get(value, 'securityContext', 'windowsOptions', 'hostProcess') === true
  );
}

const RENAMED: Record<Locale, string> = {
  en: 'The kustomization renames "{name}" to "{image}".',
  ko: '이 kustomization이 "{name}"{을/를} "{image}"{으로/로} 바꿉니다.',
};

/**
 * The place in the Dockerfile and the statement that links it, as related locations of a
 * finding, and the kustomization entries that rename the image to the linked one.
 */
export function imageRelated(
  linked: LinkedContainer,
  where: Range,
  dockerfileMessage: string,
  linkMessage: string,
): RelatedLocation[] {
  // Only the entries that change the name: one that sets a tag says nothing of the link.
  const renames = (linked.renamed?.renames ?? []).filter((rename) => imageRepository(rename.to) !== rename.name);
  return [
    { uri: linked.facts.uri, range: where, message: dockerfileMessage },
    { uri: linked.link.source, range: linked.link.range, message: linkMessage },
    ...renames.map((rename) => ({
      uri: rename.uri,
      range: rename.range,
      message: format(RENAMED[linked.locale], { name: rename.name, image: imageRepository(rename.to) }),
    })),
  ];
}

export { runsAsRootByDefault } from '../root-images';
