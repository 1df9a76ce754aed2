/**
 * Ajv's class, loaded when a schema is first compiled at run time (a configuration file, a CRD, a
 * Dockerfile schema that the generated validators do not match). The shipped validators are
 * generated ahead of time and need none of it, and loading it took 4 ms of every run's start.
 */
import type Ajv from 'ajv';

let loaded: typeof Ajv | undefined;

export function ajvClass(): typeof Ajv {
  // A require, not an import, so that the bundles set Ajv up only when called.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= (require('ajv') as { default: typeof Ajv }).default;
  return loaded;
}
