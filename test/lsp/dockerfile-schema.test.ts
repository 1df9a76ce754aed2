import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionItem, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/engine/fix';
import { messageOf, TestClient } from './client';

const URI = 'file:///work/app/build.Dockerfile';
const TEXT = 'FROM node:22\nRUN --mount=type=cache,traget=/root/.npm npm ci\nCOPY --link . /app\n';

const labels = (result: CompletionItem[] | { items: CompletionItem[] } | null): string[] =>
  (Array.isArray(result) ? result : (result?.items ?? [])).map((item) => item.label);

describe('Dockerfile schema in the editor', () => {
  const client = new TestClient();
  before(async () => {
    const init = (await client.initialize()) as {
      capabilities: { completionProvider?: { triggerCharacters?: string[] } };
    };
    assert.ok(init.capabilities.completionProvider?.triggerCharacters?.includes('='));
    await client.open(URI, 'dockerfile', TEXT);
  });
  after(() => client.stop());

  it('reports a misspelt mount option on the option, with "did you mean" and a quick fix', async () => {
    const { diagnostics } = await client.diagnostics(URI, 1);
    const typo = diagnostics.find((d) => d.code === 'dockerfile-syntax');
    assert.ok(typo, JSON.stringify(diagnostics));
    assert.deepEqual(typo.range, { start: { line: 1, character: 23 }, end: { line: 1, character: 29 } });
    assert.match(messageOf(typo), /traget.+Did you mean target\?/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: typo.range,
      context: { diagnostics: [typo], only: ['quickfix'] },
    });
    // A "did you mean" guess is offered for review, never applied on save.
    const fix = actions.find((a) => a.title === 'Change to target (changes behaviour: review)');
    assert.ok(fix?.edit?.changes, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyEdits(TEXT, fix.edit.changes[URI] as TextEdit[]);
    assert.equal(fixed, TEXT.replace('traget', 'target'));
  });

  it('describes flags, mount types and instructions on hover, with the concept note', async () => {
    const hover = async (line: number, character: number) =>
      (
        (
          await client.request<Hover | null>('textDocument/hover', {
            textDocument: { uri: URI },
            position: { line, character },
          })
        )?.contents as { value: string } | undefined
      )?.value ?? '';
    const link = await hover(2, 8);
    assert.match(link, /\*\*--link\*\* · `COPY`/);
    assert.match(link, /layer of its own/);
    assert.match(link, /\[Learn more: Image layers\]\(.+image-layers.+\)/);
    assert.match(await hover(1, 19), /\*\*type=cache\*\*[\s\S]*persists between builds/);
    assert.match(await hover(2, 1), /\*\*COPY\*\*[\s\S]*```dockerfile\nCOPY \[OPTIONS\]/);
  });

  it('completes instructions, flags, mount types and options, and directives', async () => {
    const complete = async (line: number, character: number, triggerCharacter?: string) =>
      labels(
        await client.request('textDocument/completion', {
          textDocument: { uri: URI },
          position: { line, character },
          ...(triggerCharacter ? { context: { triggerKind: 2, triggerCharacter } } : {}),
        }),
      );
    const text = '# \nFROM node:22\nRU\nRUN --\nRUN --mount=type=\nRUN --mount=type=secret,\n';
    await client.change(URI, 2, [{ text }]);
    assert.deepEqual(await complete(0, 2), ['syntax', 'escape', 'check']);
    assert.ok((await complete(2, 2)).includes('RUN'));
    assert.deepEqual(await complete(3, 6, '-'), ['--mount', '--network', '--security', '--device']);
    assert.deepEqual(await complete(4, 17, '='), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
    const secret = await complete(5, 24, ',');
    for (const option of ['id', 'target', 'env', 'required']) assert.ok(secret.includes(option), secret.join(', '));
    assert.ok(!secret.includes('sharing'), 'only the options of a secret mount');
  });
});
