/**
 * Which base images run as root when a Dockerfile sets no USER: what the Dockerfile rules and the
 * rules that hold a manifest against its Dockerfile both need to know.
 */
import { parseImageReference } from '../engine/image';
import { officialImageName, ROOT_OFFICIAL_IMAGES } from './official-images';

/**
 * Whether a base image is known to run as root when nothing sets a USER: scratch, an official image
 * of ROOT_OFFICIAL_IMAGES, Google's distroless and Microsoft's .NET images but for their non-root tags.
 */
export function runsAsRootByDefault(base: string | undefined): boolean {
  if (base === undefined) return false;
  if (base.toLowerCase() === 'scratch') return true;
  const reference = parseImageReference(base);
  const tag = reference.tag ?? '';
  // Google's distroless images run as root but for their `nonroot` tags; Microsoft's .NET images
  // define a user `app` but leave root the default, except the chiseled ones.
  const path = `${reference.registry ?? ''}/${reference.repository}`;
  if (path.startsWith('gcr.io/distroless/')) return !/nonroot/.test(tag);
  if (path.startsWith('mcr.microsoft.com/dotnet/')) return !/chiseled|distroless|nonroot/.test(tag);
  const name = officialImageName(base);
  return name !== undefined && ROOT_OFFICIAL_IMAGES.has(name) && !/non-?root|rootless/i.test(tag);
}
