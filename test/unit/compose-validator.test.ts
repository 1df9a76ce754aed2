import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { generateComposeValidator } from '../../scripts/generate-compose-validator';
import schemaFixtures from '../../server/src/rules/compose/compose-schema/fixtures';
import {
  COMPOSE_AJV_OPTIONS,
  COMPOSE_SCHEMA_HASH_KEY,
  composeSchemaBody,
  composeSchemaHash,
} from '../../server/src/compose-schema/validator';

describe('the Compose validator generated at build time', () => {
  const dir = mkdtempSync(path.join(__dirname, '..', '..', 'out', 'compose-validator-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports what the schema compiled at run time reports, and names the schema it was made from', () => {
    const file = path.join(dir, 'validator.js');
    writeFileSync(file, generateComposeValidator());
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generated = require(file) as ValidateFunction & Record<string, unknown>;
    assert.equal(generated[COMPOSE_SCHEMA_HASH_KEY], composeSchemaHash());
    const compiled = new Ajv(COMPOSE_AJV_OPTIONS).compile(composeSchemaBody());
    const errors = (validate: ValidateFunction, value: unknown): string[] => {
      try {
        validate(value);
      } catch (error) {
        // Both throw alike on a key named toString or valueOf among unique items (the rule marks those).
        return [`throws: ${String(error)}`];
      }
      return (validate.errors ?? []).map(
        (e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)} ${Array.isArray(e.schema)}`,
      );
    };
    let withErrors = 0;
    const texts = [...schemaFixtures.fire, ...schemaFixtures.dontFire].map((f) => f.text.replace(/[⟦⟧]/g, ''));
    for (const text of texts) {
      let value: unknown;
      try {
        value = parse(text, { merge: true });
      } catch {
        continue;
      }
      const expected = errors(compiled, value);
      assert.deepEqual(errors(generated, value), expected, text);
      if (expected.length > 0) withErrors++;
    }
    assert.ok(withErrors >= 2, `only ${withErrors} fixtures had errors to compare`);
  });
});
