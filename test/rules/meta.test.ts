import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getConcept, hasConcept } from '../../server/src/concepts';
import { placeholders, type Rule } from '../../server/src/engine/rule';
import { allRules, CHART_RULE_PREFIX, COMPOSE_RULE_PREFIX } from '../../server/src/rules';
import { findPeerCheck, type PeerTool } from '../../server/src/rules/peer-checks';
import { PEER_DECISIONS } from '../../server/src/rules/peer-checks/decisions';
import { lintFixture, loadFixtures, unmark } from './support';

const PEER_KEYS = [
  'hadolint',
  'buildkit',
  'kubeLinter',
  'kubeScore',
  'polaris',
  'pss',
  'trivy',
  'checkov',
  'dclint',
  'helmLint',
];
const HANGUL = /[\uac00-\ud7a3]/;

/** Whether the rule offered a fix on any of its own fixtures: what the code does, whatever the metadata says. */
function offersFixOnItsFixtures(rule: Rule): boolean {
  const fixtures = loadFixtures(rule);
  const cases = [...fixtures.fire, ...fixtures.dontFire, ...(fixtures.fix ?? [])];
  return cases.some((fixture) =>
    lintFixture(rule, fixture, unmark(fixture.text).text, [rule]).findings.some(
      (f) => f.ruleId === rule.id && (f.fix || f.choices),
    ),
  );
}

describe('rule metadata', () => {
  it('ids are unique and kebab-case', () => {
    const ids = allRules().map((r) => r.id);
    assert.equal(
      new Set(ids).size,
      ids.length,
      `repeated ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`,
    );
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    // findRule loads the Compose rules only for ids of this prefix.
    for (const rule of allRules()) {
      assert.equal(rule.id.startsWith(COMPOSE_RULE_PREFIX), rule.target === 'compose', `${rule.id} (${rule.target})`);
      assert.equal(rule.id.startsWith(CHART_RULE_PREFIX), rule.target === 'chart', `${rule.id} (${rule.target})`);
    }
  });

  it('every rule folder is registered, and every registered rule has its folder', () => {
    for (const target of ['dockerfile', 'kubernetes', 'compose', 'chart']) {
      const dir = path.join(__dirname, '../../server/src/rules', target);
      const folders = readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
      const registered = allRules()
        .filter((r) => r.target === target)
        .map((r) => r.id);
      assert.deepEqual(folders.sort(), [...registered].sort());
    }
  });

  for (const rule of allRules()) {
    describe(rule.id, () => {
      it('has complete metadata in English and Korean', () => {
        for (const field of ['title', 'description', 'remediation', 'exceptions'] as const) {
          const text = rule[field];
          if (field === 'exceptions' && !text) continue;
          assert.ok(text && text.en.trim().length >= 10, `${field} is missing or too short in English`);
          assert.ok(text.ko.trim().length >= 5 && HANGUL.test(text.ko), `${field} lacks its Korean text`);
        }
        assert.ok(rule.example.bad.trim() && rule.example.good.trim(), 'example needs bad and good');
        assert.notEqual(rule.example.bad, rule.example.good);
      });

      it('maps its peers, or says why no other tool has one', () => {
        assert.ok(rule.peers && typeof rule.peers === 'object');
        for (const [key, ids] of Object.entries(rule.peers)) {
          assert.ok(PEER_KEYS.includes(key), `unknown peer tool ${key}`);
          assert.ok(Array.isArray(ids) && ids.length > 0 && ids.every((id) => typeof id === 'string' && id.trim()));
        }
        for (const [tool, ids] of Object.entries(rule.peers) as [PeerTool, string[]][]) {
          for (const id of ids) {
            assert.ok(findPeerCheck(tool, id), `${tool} has no check "${id}" (see server/src/rules/peer-checks)`);
            assert.equal(PEER_DECISIONS[tool]?.[id], undefined, `${tool} ${id} is both covered and decided`);
          }
        }
        const named = Object.values(rule.peers).flat().length;
        if (named === 0) assert.ok((rule.noPeer ?? '').trim().length >= 20, 'no peer named and no noPeer reason given');
        else assert.equal(rule.noPeer, undefined, 'a rule with peers must not also claim it has none');
      });

      it('keeps a cross-file hook apart from the others', () => {
        if (rule.target !== 'kubernetes' || !rule.checkWorkspace) return;
        // An editor reruns cross-file rules alone when another file changes: they must not also read one file.
        assert.equal(rule.check, undefined, 'a rule with checkWorkspace has no check');
        assert.equal(rule.checkFile, undefined, 'a rule with checkWorkspace has no checkFile');
      });

      it('names the course topics it illustrates', () => {
        assert.ok(rule.topics.length >= 1, 'name at least one course topic');
        for (const topic of rule.topics) {
          assert.ok(getConcept(topic)?.topic !== undefined, `"${topic}" is not one of the course-topic notes`);
        }
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
          assert.ok(HANGUL.test(text.ko), `message ${id}: the Korean text is not Korean`);
          assert.deepEqual(
            placeholders(text.ko),
            placeholders(text.en),
            `message ${id}: placeholders differ between locales`,
          );
          // `{path}|을/를}` prints its particle pair as text; `{path|을/를}` picks one.
          assert.doesNotMatch(text.ko, /\}\|[^{}\s]+\/[^{}\s]+\}/, `message ${id}: a particle outside its placeholder`);
        }
      });

      it('has fixtures that fire and stay quiet, and fix fixtures when it can fix', () => {
        const fixtures = loadFixtures(rule);
        assert.ok(fixtures.fire.length >= 1, 'needs at least one fire fixture');
        assert.ok(fixtures.dontFire.length >= 1, 'needs at least one dont-fire fixture');
        const changing = (fixtures.fix ?? []).filter((f) => f.output !== f.text);
        const offers = offersFixOnItsFixtures(rule);
        if (offers || rule.fix) {
          assert.ok(rule.fix, 'the rule offers fixes: declare their safety with `fix`');
          assert.ok(changing.length >= 1, 'a rule that fixes needs a fix fixture whose output differs');
        } else {
          assert.equal(fixtures.fix?.length ?? 0, 0, 'a rule without a fix must not have fix fixtures');
        }
      });
    });
  }
});
