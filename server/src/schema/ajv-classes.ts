/**
 * Ajv's classes, one per draft. The Node bundles carry this module and what it loads as a side
 * bundle of its own (scripts/side-bundles.mjs): most runs never compile a schema at run time, and
 * Ajv's code (0.2 MB) is then not read at all. Everything else asks for Ajv through ajv-class.ts.
 */
import type Ajv from 'ajv';

type AjvModule = { default: typeof Ajv };

/* eslint-disable @typescript-eslint/no-require-imports -- each class loads when first asked for */
/** Draft-07 and earlier. */
export function draft07Class(): typeof Ajv {
  return (require('ajv') as AjvModule).default;
}

/** JSON Schema 2019-09. */
export function draft2019Class(): typeof Ajv {
  return (require('ajv/dist/2019') as AjvModule).default;
}

/** JSON Schema 2020-12. */
export function draft2020Class(): typeof Ajv {
  return (require('ajv/dist/2020') as AjvModule).default;
}
/* eslint-enable @typescript-eslint/no-require-imports */
