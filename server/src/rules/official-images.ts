/**
 * Docker Official Images (Docker Hub's `library/` namespace) known by name, for the rules that
 * need to know what such an image is configured with. Names not listed may be images built
 * elsewhere in a project, and nothing is said about them.
 */
import { parseImageReference } from '../engine/image';

/**
 * Official images whose image configuration sets no user, so a container of an image built on them
 * without USER runs as root. Images that drop privileges in their entrypoint (postgres, redis)
 * count: the kubelet checks the image's configured user, which is root. Official images that set a
 * USER (memcached) are not listed.
 */
export const ROOT_OFFICIAL_IMAGES: ReadonlySet<string> = new Set([
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

/** Further official images a Compose project commonly waits on. */
const OTHER_OFFICIAL_IMAGES = ['cassandra', 'couchdb', 'influxdb', 'memcached', 'nats', 'rabbitmq', 'zookeeper'];

const KNOWN_OFFICIAL_IMAGES = new Set([...ROOT_OFFICIAL_IMAGES, ...OTHER_OFFICIAL_IMAGES]);

/**
 * The name of the official image a reference names on Docker Hub (`postgres:16`,
 * `docker.io/library/redis` give `postgres`, `redis`); undefined for another registry or
 * namespace, or a reference with a variable.
 */
export function officialImageName(reference: string): string | undefined {
  if (reference.includes('$')) return undefined;
  const parsed = parseImageReference(reference);
  if (parsed.registry !== undefined && parsed.registry !== 'docker.io' && parsed.registry !== 'index.docker.io')
    return undefined;
  const name = parsed.repository.replace(/^library\//, '');
  return name.includes('/') ? undefined : name;
}

/**
 * Whether a reference names a Docker Official Image listed above. Their maintainers add no
 * HEALTHCHECK to any of them (docker-library's FAQ, "HEALTHCHECK": what "healthy" means differs per
 * user, and a check run by default loads every existing deployment), so a container of one, or of
 * an image built on one without a HEALTHCHECK of its own, has no health status unless the file
 * that runs it gives it a check.
 */
export function isKnownOfficialImage(reference: string): boolean {
  const name = officialImageName(reference);
  return name !== undefined && KNOWN_OFFICIAL_IMAGES.has(name);
}
