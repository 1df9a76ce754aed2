import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readIndexedObjects } from '../../server/src/engine/kubernetes/index-reading';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';

/** A `kind: List` document holding the given objects as its items. */
function list(items: string[]): string {
  const item = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((line, i) => (i === 0 ? '  - ' : '    ') + line)
      .join('\n');
  return `apiVersion: v1\nkind: List\nitems:\n${items.map(item).join('\n')}\n`;
}

const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

describe('Lists inside Lists', () => {
  it('are flattened to the objects they hold, as kubectl reads them, for the lint and the index', () => {
    const text = list([list([configMap('a'), list([configMap('b'), configMap('c')])]), configMap('d')]);
    const parsed = parseYaml(text);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(
      parsed.objects.map((o) => `${o.kind}/${o.name ?? ''}`),
      ['ConfigMap/a', 'ConfigMap/b', 'ConfigMap/c', 'ConfigMap/d'],
    );
    assert.deepEqual(
      readIndexedObjects('file:///repo/lists.yaml', text)?.map((o) => o.name),
      ['a', 'b', 'c', 'd'],
    );
  });

  it('stop at a depth no real file reaches, with a problem instead of objects', () => {
    let text = configMap('deep');
    for (let depth = 0; depth < 17; depth++) text = list([text]);
    const parsed = parseYaml(text);
    assert.deepEqual(parsed.objects, []);
    assert.deepEqual(
      parsed.problems.map((p) => p.code),
      ['LIST_TOO_DEEP'],
    );
  });
});
