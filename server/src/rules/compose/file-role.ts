import type { ComposeService } from '../../engine/compose/parse';

/** The names Docker Compose reads by itself when no `-f` is given. */
const BASE_FILE_NAME = /^(docker-)?compose\.ya?ml$/i;
/** The names Docker Compose merges over the base by itself. */
const OVERRIDE_FILE_NAME = /^(docker-)?compose\.override\.ya?ml$/i;

/** The file name of a URI or path, as a reader knows it; a stray `%` is kept as written. */
export function baseName(uri: string): string {
  const path = uri.split(/[?#]/u)[0] ?? uri;
  const name = path.slice(path.search(/[^\\/]*$/u));
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** Whether the file is one Compose reads first (`compose.yaml`, `docker-compose.yml`), not one merged over another. */
export function isBaseComposeFile(uri: string): boolean {
  return BASE_FILE_NAME.test(baseName(uri));
}

/**
 * Whether the file reads as a fragment merged over another with `-f` or as the override Compose
 * picks up by itself, so a key missing from one of its services may well be set in the base. A
 * file such as `docker-compose.prod.yml` counts as one when any service in it names neither an
 * image nor a build nor a service it extends: such a service cannot run from this file alone.
 */
export function readsAsOverride(uri: string, services: readonly ComposeService[]): boolean {
  const name = baseName(uri);
  if (BASE_FILE_NAME.test(name)) return false;
  if (OVERRIDE_FILE_NAME.test(name)) return true;
  return services.some(
    (service) =>
      service.value.image === undefined && service.value.build === undefined && service.value.extends === undefined,
  );
}

const THROWAWAY_VARIANTS = new Set(['dev', 'development', 'local', 'test', 'tests', 'testing', 'ci', 'e2e', 'debug']);

/**
 * Whether the name marks a stack for development or tests (`docker-compose.dev.yml`,
 * `compose-test.yaml`): one run in the foreground or for a single test run, and torn down after.
 */
export function isThrowawayVariant(uri: string): boolean {
  const match = /^(?:docker-)?compose[.-]([\w.-]+)\.ya?ml$/i.exec(baseName(uri));
  if (!match?.[1]) return false;
  return match[1]
    .toLowerCase()
    .split(/[._-]/u)
    .some((part) => THROWAWAY_VARIANTS.has(part));
}
