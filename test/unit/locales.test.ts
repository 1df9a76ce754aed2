/**
 * No text without its Korean version: UI strings, CLI help, the extension manifest, the client's
 * strings, the walkthrough and the teaching lines of hovers. (Rule texts: test/rules/meta.test.ts;
 * notes: concepts.test.ts; exercises: exercises.test.ts; snippets: manifest.test.ts.)
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS } from '../../server/src/cli/commands';
import { placeholders, type LocalizedText } from '../../server/src/engine/rule';
import {
  DOCKERFILE_INSTRUCTION_CONCEPTS,
  KUBERNETES_FIELD_CONCEPTS,
  KUBERNETES_KIND_CONCEPTS,
} from '../../server/src/teaching/field-concepts';
import { UI_TEXT } from '../../server/src/teaching/ui-text';
import { HANGUL, ROOT } from '../support/korean-texts';

function assertBoth(text: LocalizedText | undefined, where: string): void {
  assert.ok(text, `${where}: no text`);
  assert.ok(text.en.trim(), `${where}: no English text`);
  assert.match(text.ko, HANGUL, `${where}: no Korean text`);
  assert.deepEqual(
    placeholders(text.ko),
    placeholders(text.en),
    `${where}: the two languages fill different placeholders`,
  );
}

const json = (file: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;

describe('every text has its Korean version', () => {
  it('UI strings of the server', () => {
    for (const [id, text] of Object.entries(UI_TEXT)) assertBoth(text, `UI_TEXT.${id}`);
  });

  it('CLI help: command summaries and options', () => {
    for (const command of COMMANDS) {
      assertBoth(command.summary, `${command.name} summary`);
      for (const [name, option] of Object.entries(command.options))
        assertBoth(option.help, `${command.name} --${name}`);
    }
  });

  it('hover lines on fields, kinds and Dockerfile instructions', () => {
    for (const [table, entries] of Object.entries({
      KUBERNETES_FIELD_CONCEPTS,
      KUBERNETES_KIND_CONCEPTS,
      DOCKERFILE_INSTRUCTION_CONCEPTS,
    }))
      for (const [key, entry] of Object.entries(entries)) assertBoth(entry.line, `${table}.${key}`);
  });

  describe('the extension manifest', () => {
    const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const en = json('package.nls.json');
    const ko = json('package.nls.ko.json');

    it('names only keys that package.nls.json defines, and every key is used', () => {
      const used = new Set([...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1] ?? ''));
      assert.deepEqual(
        [...used].filter((key) => !(key in en)),
        [],
        'keys without a text',
      );
      assert.deepEqual(
        Object.keys(en).filter((key) => !used.has(key)),
        [],
        'texts no one uses',
      );
    });

    it('has the same keys in English and Korean, every Korean one in Korean', () => {
      assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
      // Names that stay as they are in Korean; media paths point at the Korean walkthrough.
      const kept = new Set(['command.category', 'view.container']);
      for (const [key, text] of Object.entries(ko)) {
        if (kept.has(key)) assert.equal(text, en[key]);
        else if (key.endsWith('.media')) assert.match(text, /^walkthrough\/ko\//, key);
        else assert.match(text, HANGUL, `package.nls.ko.json ${key}`);
      }
    });

    it('has no literal English text left where a title or description is shown', () => {
      const pkg = JSON.parse(manifest) as { contributes: Record<string, unknown> };
      const literal: string[] = [];
      const walk = (value: unknown, at: string): void => {
        if (typeof value === 'string') {
          if (
            /(title|description|name|contents|markdownDescription|enumDescriptions\.\d+)$/.test(at) &&
            !/^%[\w.-]+%$/.test(value)
          )
            literal.push(`${at}: ${value}`);
        } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${at}.${i}`));
        else if (value && typeof value === 'object')
          for (const [key, item] of Object.entries(value)) walk(item, `${at}.${key}`);
      };
      walk(pkg.contributes, 'contributes');
      assert.deepEqual(literal, []);
    });
  });

  it('the walkthrough: every English page has a Korean one, and every page it names exists', () => {
    const en = readdirSync(path.join(ROOT, 'walkthrough/en')).sort();
    assert.deepEqual(readdirSync(path.join(ROOT, 'walkthrough/ko')).sort(), en);
    for (const name of en)
      assert.match(readFileSync(path.join(ROOT, 'walkthrough/ko', name), 'utf8'), HANGUL, `walkthrough/ko/${name}`);
    const named = [
      ...readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"(walkthrough\/[\w/.-]+\.md)"/g),
      ...Object.values({ ...json('package.nls.json'), ...json('package.nls.ko.json') })
        .filter((v) => v.startsWith('walkthrough/'))
        .map((v) => [v, v]),
    ].map((m) => m[1] ?? '');
    assert.ok(named.length >= 10);
    for (const file of named) assert.ok(existsSync(path.join(ROOT, file)), `${file} does not exist`);
  });

  it("the extension's own strings: every l10n.t() has a Korean translation, and none is stale", () => {
    const sources = readdirSync(path.join(ROOT, 'client/src'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(path.join(ROOT, 'client/src', f), 'utf8'))
      .join('\n');
    const used = new Set(
      [...sources.matchAll(/\bt\(\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) => (m[2] ?? '').replace(/\\(.)/g, '$1')),
    );
    assert.ok(used.size > 20, `found only ${used.size} strings`);
    const bundle = json('client/l10n/bundle.l10n.ko.json');
    assert.deepEqual([...used].filter((s) => !(s in bundle)).sort(), [], 'strings without a Korean translation');
    assert.deepEqual(
      Object.keys(bundle)
        .filter((s) => !used.has(s))
        .sort(),
      [],
      'translations no string uses',
    );
    for (const [english, korean] of Object.entries(bundle)) {
      assert.match(korean, HANGUL, english);
      const slots = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(slots(korean), slots(english), `placeholders of "${english}"`);
    }
  });
});
