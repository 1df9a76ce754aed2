/**
 * Generates out/generated/compose-validator.js: the Compose Specification's validator written out
 * as code by Ajv's standalone generator from schemas/compose/compose-spec.schema.json. The build
 * ships it beside the bundles as dist/compose/validator.js, loaded with the first Compose file
 * (server/src/compose-schema/validator.ts).
 *
 * Run by scripts/build.mjs before bundling, or alone:
 * `node --import tsx scripts/generate-compose-validator.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { transformSync } from 'esbuild';
import {
  COMPOSE_AJV_OPTIONS,
  COMPOSE_SCHEMA_HASH_KEY,
  composeSchemaBody,
  composeSchemaHash,
} from '../server/src/compose-schema/validator';

const ROOT = path.join(__dirname, '..');
export const OUT_FILE = path.join(ROOT, 'out/generated/compose-validator.js');

export function generateComposeValidator(): string {
  const ajv = new Ajv({ ...COMPOSE_AJV_OPTIONS, code: { source: true } });
  const validate = ajv.compile(composeSchemaBody());
  const code = `${standaloneCode(ajv, validate)}\nmodule.exports[${JSON.stringify(COMPOSE_SCHEMA_HASH_KEY)}] = ${JSON.stringify(composeSchemaHash())};\n`;
  return transformSync(code, { minify: true, loader: 'js', format: 'cjs', target: 'node20' }).code;
}

if (require.main === module) {
  const code = generateComposeValidator();
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, code);
  console.log(`${path.relative(ROOT, OUT_FILE)}: ${Math.round(Buffer.byteLength(code) / 1024)} KB`);
}
