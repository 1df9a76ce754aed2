/**
 * Generates out/generated/dockerfile-validators.js: the validators of every Dockerfile instruction
 * and of the parser directives, written out as code by Ajv's standalone generator from
 * schemas/dockerfile/instructions.schema.json. esbuild bundles the module into the server and the
 * CLI, so linting a Dockerfile never compiles a schema (server/src/dockerfile-schema/compile.ts).
 *
 * Run by scripts/build.mjs before bundling, or alone:
 * `node --import tsx scripts/generate-dockerfile-validators.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { transformSync } from 'esbuild';
import {
  SCHEMA_HASH_KEY,
  createDockerfileAjv,
  definitionKey,
  schemaHash,
  validatedDefinitions,
} from '../server/src/dockerfile-schema/compile';

const ROOT = path.join(__dirname, '..');
export const OUT_FILE = path.join(ROOT, 'out/generated/dockerfile-validators.js');
const FORMATS_MODULE = path.join(ROOT, 'server/src/dockerfile-schema/formats');

/** A module path as `require` wants it from `fromDir`: relative, forward slashes, starting with a dot. */
function requirePath(fromDir: string, target: string): string {
  const relative = path.relative(fromDir, target).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** The module's source, for a module written to `outFile` (the formats module is required relative to it). */
export function generateDockerfileValidators(outFile: string = OUT_FILE): string {
  const formats = requirePath(path.dirname(outFile), FORMATS_MODULE);
  const ajv = createDockerfileAjv({ source: true, formats: _`require(${formats}).FORMATS` });
  const exports = Object.fromEntries(validatedDefinitions().map((name) => [name, definitionKey(name)]));
  const code = `${standaloneCode(ajv, exports)}\nexports[${JSON.stringify(SCHEMA_HASH_KEY)}] = ${JSON.stringify(schemaHash())};\n`;
  return transformSync(code, { minify: true, loader: 'js', format: 'cjs', target: 'node20' }).code;
}

if (require.main === module) {
  const code = generateDockerfileValidators();
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, code);
  console.log(
    `${path.relative(ROOT, OUT_FILE)}: ${validatedDefinitions().length} validators, ${Math.round(Buffer.byteLength(code) / 1024)} KB`,
  );
}
