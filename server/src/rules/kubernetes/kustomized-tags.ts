/**
 * Whether a container runs an image whose tag moves, as the kustomizations that build its file
 * leave the image: an `images:` entry with `newTag` or `digest` pins what a manifest writes as
 * `controller:latest`, and one with `newTag: latest` unpins a version the manifest names.
 */
import { parseImageReference } from '../../engine/image';
import type { KubernetesContext } from '../../engine/kubernetes/context';
import type { KustomizedImage } from '../../engine/workspace';

/** How a reference names no version: no tag, or `latest`; undefined with a digest or another tag. */
export function movingTag(reference: string): 'latest' | 'untagged' | undefined {
  const ref = parseImageReference(reference);
  if (ref.digest) return undefined;
  return ref.tag === undefined ? 'untagged' : ref.tag === 'latest' ? 'latest' : undefined;
}

/**
 * The image with a moving tag the container runs: as written when no kustomization builds the
 * file, else the first a kustomization that builds it gives (with that build); undefined when
 * every build pins the image.
 */
export function movingImage(
  ctx: KubernetesContext,
  image: string,
): { reference: string; kustomized?: KustomizedImage } | undefined {
  const built = ctx.workspace?.kustomizedImages?.(ctx.uri, image) ?? [];
  if (built.length === 0) return movingTag(image) ? { reference: image } : undefined;
  const kustomized = built.find((build) => movingTag(build.reference));
  return kustomized && { reference: kustomized.reference, kustomized };
}
