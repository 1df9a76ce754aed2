import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestName, looksLikeTypo, NameIndex } from '../../server/src/engine/closest-name';

/** The definition: the one distinct name that looks like a typo, or none. */
function reference(wanted: string, names: readonly string[]): string | undefined {
  const near = [...new Set(names)].filter((name) => looksLikeTypo(wanted, name));
  return near.length === 1 ? near[0] : undefined;
}

describe('the closest name', () => {
  it('is the one distinct typo-like name, with repeats, exact matches and several candidates', () => {
    const pool = ['backend', 'backned', 'backend', 'web', 'web-frontend', 'api', 'apl', 'db', 'frontend', 'backends'];
    for (const wanted of ['backend', 'web', 'api', 'frontend', 'cache', 'db']) {
      for (let mask = 0; mask < 1 << pool.length; mask += 7) {
        const names = pool.filter((_, i) => mask & (1 << i));
        assert.equal(closestName(wanted, names), reference(wanted, names), JSON.stringify({ wanted, names }));
      }
    }
    assert.equal(closestName('backend', ['backned', 'backned']), 'backned');
    assert.equal(closestName('backend', ['backned', 'backend-v2']), undefined);
  });
});

/** Up to two edits of `name`: replaced, dropped, added or swapped characters. */
function edited(name: string, random: () => number, alphabet: string): string {
  let out = name;
  const edits = 1 + Math.floor(random() * 2);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (out.length + 1));
    const letter = alphabet[Math.floor(random() * alphabet.length)] as string;
    const kind = Math.floor(random() * 4);
    if (kind === 0) out = out.slice(0, at) + letter + out.slice(at + 1);
    else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1);
    else if (kind === 2) out = out.slice(0, at) + letter + out.slice(at);
    else if (at + 1 < out.length)
      out = out.slice(0, at) + (out[at + 1] as string) + (out[at] as string) + out.slice(at + 2);
  }
  return out;
}

/** A small deterministic generator, so that a failure repeats. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** The index's answer held against the definition: the typo-like names, up to the second. */
function assertIndexAgrees(wanted: string, names: readonly string[]): void {
  const expected = [...new Set(names)].filter((name) => looksLikeTypo(wanted, name));
  const found = new NameIndex(names).typoLike(wanted, () => true);
  const context = JSON.stringify({ wanted, names, found, expected });
  assert.equal(found.length, Math.min(expected.length, 2), context);
  assert.ok(
    found.every((name) => expected.includes(name)),
    context,
  );
  assert.equal(new Set(found).size, found.length, context);
}

describe('the index of a list of names', () => {
  it('finds the typo-like names near, inside, around and far from the wanted one', () => {
    const random = seeded(7);
    // A small alphabet makes near misses, shared pieces and names within names common.
    const alphabet = 'ab-c1';
    const word = (length: number): string =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 3000; round++) {
      const names = Array.from({ length: 1 + Math.floor(random() * 40) }, () => word(2 + Math.floor(random() * 12)));
      const base = names[Math.floor(random() * names.length)] as string;
      const choice = Math.floor(random() * 4);
      const wanted =
        choice === 0
          ? edited(base, random, alphabet)
          : choice === 1
            ? `${base}${word(1 + Math.floor(random() * 3))}`
            : choice === 2
              ? base.slice(1 + Math.floor(random() * 2), base.length - Math.floor(random() * 3))
              : word(1 + Math.floor(random() * 12));
      assertIndexAgrees(wanted, names);
    }
  });

  it('finds a name two swaps of neighbours away, wherever the swaps fall', () => {
    const random = seeded(11);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let round = 0; round < 2000; round++) {
      const length = 5 + Math.floor(random() * 14);
      const wanted = Array.from({ length }, (_, i) => letters[(i * 7 + round) % 26]).join('');
      let actual = wanted;
      for (let swap = 0; swap < 2; swap++) {
        const at = Math.floor(random() * (actual.length - 1));
        actual = actual.slice(0, at) + (actual[at + 1] as string) + (actual[at] as string) + actual.slice(at + 2);
      }
      assertIndexAgrees(wanted, [actual, 'unrelated-name']);
    }
    assert.deepEqual(
      new NameIndex(['abdcegfhij']).typoLike('abcdefghij', () => true),
      ['abdcegfhij'],
    );
  });

  it('leaves out the names the caller does not accept, and compares every name past its separator', () => {
    assert.deepEqual(
      new NameIndex(['db-secrets', 'db-secret-2']).typoLike('db-secret', (name) => name !== 'db-secrets'),
      ['db-secret-2'],
    );
    assertIndexAgrees('db-secret', ['db-secret\u0000x', 'db-secrets']);
    assertIndexAgrees('web\u0000frontend', ['web-frontend']);
  });
});
