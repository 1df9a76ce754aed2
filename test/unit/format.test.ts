import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { particle } from '../../server/src/engine/korean';
import { format } from '../../server/src/engine/rule';
import { allRules } from '../../server/src/rules';

/** Placeholders filled by one pattern, as the messages' contract states it (see `format`). */
function reference(template: string, data: Record<string, string | number>): string {
  let last = '';
  return template.replace(/\{(?:(\w+)(?:\|([^{}]+))?|([^{}\w\s|]+\/[^{}\s|]+))\}/gu, (whole, name, pair, bare) => {
    if (bare !== undefined) return particle(last, bare as string);
    if (!(name in data)) return whole;
    last = String(data[name as string]);
    return pair ? last + particle(last, pair as string) : last;
  });
}

const VALUES = ['볼륨', 'web-server-0', 'alpine:3.23', 7, '', '{nested}', '$1 and $&'];

describe('message templates', () => {
  it('fill every rule message in every locale as the one-pattern reference does', () => {
    let checked = 0;
    for (const rule of allRules()) {
      for (const text of Object.values(rule.messages)) {
        for (const template of Object.values(text)) {
          if (typeof template !== 'string') continue;
          const names = [...template.matchAll(/\{(\w+)/g)].map((match) => match[1] ?? '');
          VALUES.forEach((value, i) => {
            const all = Object.fromEntries(names.map((name, k) => [name, VALUES[(i + k) % VALUES.length] ?? value]));
            // Every other placeholder left out: it must stay visible, and the particles follow the last filled one.
            const some = Object.fromEntries(names.filter((_, k) => (k + i) % 2 === 0).map((name) => [name, value]));
            for (const data of [all, some, {}])
              assert.equal(format(template, data), reference(template, data), template);
          });
          // Twice: the second call is served from the template's kept parts.
          assert.equal(format(template, {}), reference(template, {}));
          checked++;
        }
      }
    }
    assert.ok(checked > 500, `${checked} templates`);
  });

  it('keeps text around, between and without placeholders', () => {
    assert.equal(format('no placeholders'), 'no placeholders');
    assert.equal(format('{a}{b} and {a|을/를}', { a: '값', b: 'x' }), '값x and 값을');
    assert.equal(format('{missing} then "{a}"{이/가}', { a: 'pod' }), '{missing} then "pod"가');
    assert.equal(format('{이/가} first', { a: 'x' }), reference('{이/가} first', { a: 'x' }));
    assert.equal(format(''), '');
  });
});
