import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { DOCKERFILE_SHAPES, LAYOUT_ONLY, reshape, YAML_SHAPES } from './shapes';
import { DOCKERFILE_SEEDS, MANIFEST_SEEDS } from './seeds';

/**
 * The reshaping the fuzzers rely on does what it says: every shape changes some seed, and the YAML
 * shapes that only change layout leave a manifest that parses to the same value. A shape that
 * silently stopped applying would leave the fuzzers weaker without any test noticing.
 */
const PICKS = Array.from({ length: 12 }, (_, i) => i);

function values(text: string): unknown[] {
  const docs = parseAllDocuments(text);
  assert.ok(Array.isArray(docs));
  for (const doc of docs) assert.deepEqual(doc.errors, [], `does not parse:\n${text}`);
  return docs.map((doc) => doc.toJS({ maxAliasCount: -1 }) as unknown);
}

describe('fuzz shapes', () => {
  for (const op of YAML_SHAPES) {
    it(`${op} reshapes manifests${LAYOUT_ONLY.includes(op) ? ' and keeps their meaning' : ''}`, () => {
      let changed = 0;
      for (const seed of MANIFEST_SEEDS) {
        for (const pick of PICKS) {
          const text = reshape(seed.text, 'yaml', [{ op, pick }]);
          if (text === seed.text) continue;
          changed++;
          if (LAYOUT_ONLY.includes(op)) assert.deepEqual(values(text), values(seed.text), `${seed.name}:\n${text}`);
        }
      }
      assert.ok(changed > 0, `${op} changed no seed`);
    });
  }

  it('reshaped manifests keep wide characters and CRLF where they were put', () => {
    const seed = MANIFEST_SEEDS[0]?.text ?? '';
    assert.match(reshape(seed, 'yaml', [{ op: 'anchor', pick: 0 }]), /- &a0😀 name: web/);
    const crlf = reshape(seed, 'yaml', [
      { op: 'crlf', pick: 0 },
      { op: 'explicit-key', pick: 3 },
    ]);
    assert.doesNotMatch(crlf, /[^\r]\n/);
    assert.match(crlf, /\? name\r\n +: web\r\n/);
  });

  for (const op of DOCKERFILE_SHAPES) {
    it(`${op} reshapes Dockerfiles`, () => {
      const changed = DOCKERFILE_SEEDS.flatMap((seed) =>
        PICKS.map((pick) => reshape(seed.text, 'dockerfile', [{ op, pick }])).filter((text) => text !== seed.text),
      );
      assert.ok(changed.length > 0, `${op} changed no seed`);
    });
  }
});
