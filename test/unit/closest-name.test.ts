import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestName, looksLikeTypo } from '../../server/src/rules/kubernetes/workspace-support';

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
