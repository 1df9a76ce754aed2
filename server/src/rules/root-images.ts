/**
 * Which base images run as root when a Dockerfile sets no USER: what the Dockerfile rules and the
 * rules that hold a manifest against its Dockerfile both need to know.
 */
import { parseImageReference } from '../engine/image';

/**
 * Docker Official Images whose image configuration sets no user, so a container of an image built
 * on them without USER runs as root. Images that drop privileges in their entrypoint (postgres,
 * redis) count: the kubelet checks the image's configured user, which is root. Images not listed
 * (other namespaces, registries, or official images that set a USER such as memcached) may run
 * as anyone, so nothing is said about them.
 */
const ROOT_OFFICIAL_IMAGES = new Set([
  'alpine',
  'almalinux',
  'amazoncorretto',
  'amazonlinux',
  'buildpack-deps',
  'busybox',
  'debian',
  'eclipse-temurin',
  'fedora',
  'gcc',
  'golang',
  'httpd',
  'mariadb',
  'maven',
  'mongo',
  'mysql',
  'nginx',
  'node',
  'openjdk',
  'oraclelinux',
  'perl',
  'php',
  'postgres',
  'python',
  'redis',
  'rockylinux',
  'ruby',
  'rust',
  'ubuntu',
]);

/**
 * Whether a base image is known to run as root when nothing sets a USER: scratch, an official image
 * listed above, Google's distroless and Microsoft's .NET images but for their non-root tags.
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
  if (
    reference.registry !== undefined &&
    reference.registry !== 'docker.io' &&
    reference.registry !== 'index.docker.io'
  )
    return false;
  const name = reference.repository.replace(/^library\//, '');
  return !name.includes('/') && ROOT_OFFICIAL_IMAGES.has(name) && !/non-?root|rootless/i.test(tag);
}
