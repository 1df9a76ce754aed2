import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeCompletionsAt } from '../../server/src/compose-schema/completion';
import { composeHoverAt } from '../../server/src/compose-schema/hover';

/** The text with `|` removed, and where it was. */
const at = (marked: string): [string, number] => [marked.replace('|', ''), marked.indexOf('|')];
const labels = (marked: string): string[] => composeCompletionsAt(...at(marked)).map((item) => item.label);
const hover = (marked: string, locale?: 'en' | 'ko'): string | undefined => {
  const [text, offset] = at(marked);
  return composeHoverAt(text, offset, locale)?.contents;
};

describe('Compose keys in the editor', () => {
  it('hovers explain a key through references, forms of a oneOf, list items and service names', () => {
    const file = 'services:\n  w|eb:\n    build:\n      context: .\n    ports:\n      - target: 80\n';
    assert.match(hover(file) ?? '', /^\*\*service `web`\*\*\n\nConfiguration for a service\.\n\nType: map$/);
    assert.match(hover(file.replace('w|eb', 'web').replace('con', 'c|on')) ?? '', /Path to the build context/);
    assert.match(
      hover(file.replace('w|eb', 'web').replace('target', 'tar|get')) ?? '',
      /The port inside the container\.\n\nType: integer or string/,
    );
    assert.match(hover(file.replace('w|eb', 'web').replace('build', 'bu|ild'), 'ko') ?? '', /형식: 문자열 또는 매핑/);
    // Extension keys and values have no description to show.
    assert.equal(hover('x-common: &c\n  resta|rt: always\nservices: {}\n'), undefined);
    assert.equal(hover('services:\n  web:\n    image: ngi|nx\n'), undefined);
  });

  it('completion offers the keys of the map at the cursor, read from indentation', () => {
    assert.ok(labels('services:\n  web:\n    image: x\n    hea|').includes('healthcheck'));
    assert.ok(!labels('services:\n  web:\n    image: x\n    hea|').includes('image'));
    assert.deepEqual(labels('services:\n  web:\n    depends_on:\n      db:\n        con|').sort(), [
      'condition',
      'required',
      'restart',
    ]);
    assert.ok(labels('services:\n  web:\n    ports:\n      - tar|').includes('published'));
    assert.ok(!labels('services:\n  web:\n    ports:\n      - target: 80\n        pu|').includes('target'));
    assert.ok(labels('ser|').includes('services'));
    // In a value, or under a map no schema describes, nothing is offered.
    assert.deepEqual(labels('services:\n  web:\n    image: ngi|'), []);
    assert.deepEqual(labels('x-common:\n  res|'), []);
  });

  it("completion offers the values a key takes, and the file's services where one is named", () => {
    const inserts = (marked: string): string[] =>
      composeCompletionsAt(...at(marked)).map((item) => `${item.label}=${item.insertText}`);
    assert.deepEqual(inserts('services:\n  web:\n    restart: un|'), [
      'no="no"',
      'always=always',
      'on-failure=on-failure',
      'unless-stopped=unless-stopped',
    ]);
    const replaced = composeCompletionsAt(...at('services:\n  web:\n    restart: un|'))[0];
    assert.deepEqual(
      [replaced?.start, replaced?.end],
      ['services:\n  web:\n    restart: '.length, 'services:\n  web:\n    restart: un'.length],
    );
    assert.deepEqual(labels('services:\n  web:\n    read_only: |'), ['true', 'false']);
    assert.deepEqual(labels('services:\n  web:\n    network_mode: |'), ['bridge', 'host', 'none']);
    const project =
      'services:\n  web:\n    depends_on:\n      db:\n        condition: |\n  db:\n    image: postgres:16.4\n';
    assert.deepEqual(labels(project), ['service_started', 'service_healthy', 'service_completed_successfully']);
    const services =
      '\n  db:\n    image: postgres:16.4\n  # a comment\n  cache:\n    image: redis:7.4\nvolumes:\n  data: {}\n';
    assert.deepEqual(inserts(`services:\n  web:\n    depends_on:\n      - |${services}`), ['db=db', 'cache=cache']);
    assert.deepEqual(inserts(`services:\n  web:\n    depends_on:\n      c|${services}`), ['db=db:', 'cache=cache:']);
    assert.deepEqual(inserts(`services:\n  web:\n    links:\n      |${services}`), ['db=db', 'cache=cache']);
    assert.deepEqual(labels('services:\n  web:\n    image: |'), [], 'a free value has nothing to offer');
    // Services other files of the project define come after the file's own, each once, with its file.
    const [text, offset] = at(`services:\n  web:\n    depends_on:\n      - |${services}`);
    const elsewhere = [
      { name: 'queue', file: 'infra/queue.yml' },
      { name: 'db', file: 'db/compose.yaml' },
      { name: 'web', file: 'compose.override.yaml' },
    ];
    assert.deepEqual(
      composeCompletionsAt(text, offset, 'en', elsewhere).map((item) => `${item.label}=${item.detail}`),
      ['db=service', 'cache=service', 'queue=service · infra/queue.yml'],
    );
  });
});
