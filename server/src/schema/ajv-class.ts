/**
 * Ajv's classes, loaded when a schema is first compiled at run time (a configuration file, a CRD, a
 * Dockerfile schema that the generated validators do not match, a chart's values schema). The
 * shipped validators are generated ahead of time and need none of it, and loading it took 4 ms of
 * every run's start.
 */
import type Ajv from 'ajv';
import type * as AjvClasses from './ajv-classes';

let classes: typeof AjvClasses | undefined;

function ajvClasses(): typeof AjvClasses {
  // A require, not an import: the Node bundles load this module from a side bundle when called.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  classes ??= require('./ajv-classes') as typeof AjvClasses;
  return classes;
}

let loaded: typeof Ajv | undefined;

/** The class for draft-07 and earlier drafts. */
export function ajvClass(): typeof Ajv {
  loaded ??= ajvClasses().draft07Class();
  return loaded;
}

/** The class for a schema's draft: 2019-09 and 2020-12 have their own, earlier drafts read as draft-07. */
export function ajvClassForDraft(schemaDraft: string): typeof Ajv {
  if (schemaDraft.includes('2020-12')) return ajvClasses().draft2020Class();
  if (schemaDraft.includes('2019-09')) return ajvClasses().draft2019Class();
  return ajvClass();
}
