import type { PeerCheck } from './types';

/**
 * dclint's rules (Docker Compose Linter, the npm package `dclint`).
 *
 * Source: the package dclint 3.1.0, its rule classes and their `meta` (severity as `type`:
 * error or warning). All are on in its default configuration. Its file-level messages
 * (`invalid-yaml`, `invalid-schema`) are not rules and cannot be switched off.
 */
const ENTRIES: readonly (readonly [id: string, summary: string, severity: string])[] = [
  ['no-build-and-image', 'A service sets both `build` and `image`.', 'error'],
  ['no-duplicate-container-names', 'Two services set the same `container_name`.', 'error'],
  ['no-duplicate-exported-ports', 'Two services publish the same host port.', 'error'],
  ['no-quotes-in-volumes', 'A volume entry is written in quotes.', 'warning'],
  ['no-unbound-port-interfaces', 'A published port names no host interface, so it binds every interface.', 'error'],
  ['no-version-field', 'The file has the obsolete top-level `version`.', 'error'],
  ['require-project-name-field', 'The file has no top-level `name`.', 'warning'],
  ['require-quotes-in-ports', 'A port mapping is not written in quotes.', 'warning'],
  ['service-container-name-regex', 'A `container_name` has characters Docker does not accept.', 'error'],
  ['service-dependencies-alphabetical-order', 'A `depends_on` list is not sorted.', 'warning'],
  ['service-image-require-explicit-tag', 'An image has no tag, or a moving one such as `latest`.', 'error'],
  ['service-keys-order', "A service's keys are not in dclint's order.", 'warning'],
  ['service-ports-alphabetical-order', 'A `ports` list is not sorted.', 'warning'],
  ['services-alphabetical-order', 'The services are not sorted by name.', 'warning'],
  ['top-level-properties-order', "The top-level keys are not in dclint's order.", 'warning'],
];

export const DCLINT_CHECKS: readonly PeerCheck[] = ENTRIES.map(([id, summary, severity]) => ({
  id,
  summary,
  severity,
  defaultOn: true,
}));
