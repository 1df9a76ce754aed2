import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getConcept, hasConcept } from '../../server/src/concepts';
import { ALL_RULES } from '../../server/src/rules';
import { loadFixtures } from './support';

const PEER_KEYS = ['hadolint', 'buildkit', 'kubeLinter', 'kubeScore', 'polaris'];

describe('rule metadata', () => {
  it('ids are unique and kebab-case', () => {
    const ids = ALL_RULES.map((r) => r.id);
    assert.equal(
      new Set(ids).size,
      ids.length,
      `repeated ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`,
    );
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it('every rule folder is registered, and every registered rule has its folder', () => {
    for (const target of ['dockerfile', 'kubernetes']) {
      const dir = path.join(__dirname, '../../server/src/rules', target);
      const folders = readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
      const registered = ALL_RULES.filter((r) => r.target === target).map((r) => r.id);
      assert.deepEqual(folders.sort(), [...registered].sort());
    }
  });

  for (const rule of ALL_RULES) {
    describe(rule.id, () => {
      it('has complete metadata', () => {
        for (const field of ['title', 'description', 'remediation'] as const) {
          assert.ok(rule[field].trim().length >= 10, `${field} is missing or too short`);
        }
        assert.ok(rule.example.bad.trim() && rule.example.good.trim(), 'example needs bad and good');
        assert.notEqual(rule.example.bad, rule.example.good);
      });

      it('has a peers field naming only known tools', () => {
        assert.ok(rule.peers && typeof rule.peers === 'object');
        for (const key of Object.keys(rule.peers)) assert.ok(PEER_KEYS.includes(key), `unknown peer tool ${key}`);
      });

      it('links to a concept note in English and Korean', () => {
        assert.ok(hasConcept(rule.concept), `no concept note "${rule.concept}"`);
        const en = getConcept(rule.concept, 'en');
        const ko = getConcept(rule.concept, 'ko');
        assert.ok(en?.summary, 'the English note needs a summary');
        assert.ok(ko?.summary && ko.locale === 'ko', 'the Korean note is missing');
      });

      it('has every message in English and Korean', () => {
        assert.ok(Object.keys(rule.messages).length > 0);
        for (const [id, text] of Object.entries(rule.messages)) {
          assert.ok(text.en.trim(), `message ${id} lacks English`);
          assert.ok(text.ko.trim(), `message ${id} lacks Korean`);
          const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
          assert.deepEqual(slots(text.ko), slots(text.en), `message ${id}: placeholders differ between locales`);
        }
      });

      it('has fixtures that fire and stay quiet, and fix fixtures when fixable', () => {
        const fixtures = loadFixtures(rule);
        assert.ok(fixtures.fire.length >= 1, 'needs at least one fire fixture');
        assert.ok(fixtures.dontFire.length >= 1, 'needs at least one dont-fire fixture');
        if (rule.fixable) {
          const changing = (fixtures.fix ?? []).filter((f) => f.output !== f.text);
          assert.ok(changing.length >= 1, 'a fixable rule needs a fix fixture whose output differs');
        } else {
          assert.equal(fixtures.fix?.length ?? 0, 0, 'a rule without a fix must not have fix fixtures');
        }
      });
    });
  }
});
