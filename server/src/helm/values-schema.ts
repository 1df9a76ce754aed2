/**
 * A chart's values.schema.json, which Helm checks the values against before it renders anything:
 * values that do not meet it stop `helm install` and `helm template` with the schema's errors, so
 * a chart whose values.yaml breaks its schema is not rendered here either.
 */
import type Ajv from 'ajv';
import type { ErrorObject } from 'ajv';
import { ajvClassForDraft } from '../schema/ajv-class';

export const VALUES_SCHEMA_FILE = 'values.schema.json';

/** What the schema says of the values: Helm stops (`stops`), or the schema itself is unreadable (`problem`). */
export interface ValuesCheck {
  stops?: string;
  problem?: string;
}

/** Errors shown in a note; Helm lists them all, and the first few say what to mend. */
const MAX_SHOWN = 3;

export function checkValuesSchema(schemaText: string | undefined, values: unknown, label = 'values.yaml'): ValuesCheck {
  if (schemaText === undefined) return {};
  let schema: unknown;
  try {
    schema = JSON.parse(schemaText) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problem: `${VALUES_SCHEMA_FILE} is not valid JSON (${message})` };
  }
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return typeof schema === 'boolean' ? (schema ? {} : { stops: notMet(label, 'the schema is `false`') }) : {};
  }
  let validate;
  try {
    validate = validatorClass(schema)({
      strict: false,
      allErrors: true,
      // Helm's validators differ on formats across releases: a format is never a reason to stop here.
      validateFormats: false,
      validateSchema: false,
    }).compile(schema);
  } catch {
    // A schema Ajv cannot compile (a draft it does not read, a remote `$ref`) is not checked: the
    // templates are rendered as before rather than stopped on a guess.
    return {};
  }
  if (validate(values)) return {};
  const errors = validate.errors ?? [];
  const shown = errors.slice(0, MAX_SHOWN).map(describe);
  if (errors.length > MAX_SHOWN) shown.push(`${errors.length - MAX_SHOWN} more`);
  return { stops: notMet(label, shown.join('; ')) };
}

const notMet = (label: string, detail: string): string =>
  `${label} does not meet the chart’s ${VALUES_SCHEMA_FILE}: ${detail}`;

function describe(error: ErrorObject): string {
  const at = error.instancePath === '' ? 'the values' : `\`${error.instancePath.slice(1).replace(/\//g, '.')}\``;
  const extra = (error.params as { additionalProperty?: unknown }).additionalProperty;
  return `${at} ${error.message ?? 'is not valid'}${typeof extra === 'string' ? ` (\`${extra}\`)` : ''}`;
}

type AjvConstructor = new (options: Record<string, unknown>) => Ajv;

/** The Ajv class for the schema's draft. */
function validatorClass(schema: object): (options: Record<string, unknown>) => Ajv {
  const Class = ajvClassForDraft(String((schema as { $schema?: unknown }).$schema ?? '')) as unknown as AjvConstructor;
  return (options) => new Class(options);
}
