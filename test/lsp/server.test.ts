import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fix';
import { messageOf, TestClient } from './client';

const DOCKERFILE = 'file:///work/app/Dockerfile';
const MANIFEST = 'file:///work/app/deploy.yaml';
const DOCKER_TEXT = 'FROM node:22-alpine\nWORKDIR /app\nCMD node server.js\n';
const MANIFEST_TEXT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: nginx:latest
`;

const byRule = (diagnostics: Diagnostic[], rule: string): Diagnostic | undefined =>
  diagnostics.find((d) => d.code === rule);

const show = (code: unknown, r: Diagnostic['range']): string =>
  `${String(code)}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const keys = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => show(d.code, d.range)).sort();

/** Every finding the engine gives for the text the client now holds: what the server must publish after an edit. */
function engineKeys(text: string, uri: string): string[] {
  const expected = lint(text, uri)
    .findings.map((f) => show(f.ruleId, f.range))
    .sort();
  assert.ok(expected.length > 0, 'the edited text still has findings, so an empty publish cannot pass');
  return expected;
}

/** The same findings, `lines` further down: what an edit above them must leave. */
const shifted = (list: string[], lines: number): string[] =>
  list
    .map((key) =>
      key.replace(
        /@(\d+):(\d+)-(\d+):(\d+)$/,
        (_, a: string, b: string, c: string, d: string) => `@${Number(a) + lines}:${b}-${Number(c) + lines}:${d}`,
      ),
    )
    .sort();

describe('language server over stdio', () => {
  const client = new TestClient();
  before(async () => {
    const init = (await client.initialize()) as { capabilities: Record<string, unknown> };
    assert.ok(init.capabilities.hoverProvider);
  });
  after(() => client.stop());

  it('publishes diagnostics with code, source, concept link and data', async () => {
    await client.open(DOCKERFILE, 'dockerfile', DOCKER_TEXT);
    const { diagnostics } = await client.diagnostics(DOCKERFILE, 1);
    const cmd = byRule(diagnostics, 'exec-form-cmd');
    assert.ok(cmd, JSON.stringify(diagnostics));
    assert.equal(cmd.source, 'cntutor');
    assert.deepEqual(cmd.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 18 } });
    assert.match(cmd.codeDescription?.href ?? '', /declarative-specs\.en\.md$/);
    assert.deepEqual(cmd.data, {
      ruleId: 'exec-form-cmd',
      concept: 'declarative-specs',
      fixable: true,
      fixSafety: 'safe',
    });
  });

  it('explains a finding on hover', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: DOCKERFILE },
      position: { line: 2, character: 8 },
    });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Use the exec form/);
    // The rule's own reason comes first, not the concept's summary.
    assert.match(value, /\*\*Why it matters\*\* — In shell form .+PID 1/);
    assert.match(value, /❌/);
    assert.match(value, /✅/);
    assert.match(value, /fix-all on save/);
    assert.match(value, /\*\*Concept: \[Declarative specs\]\(file:\/\/.+declarative-specs\.en\.md\)\*\*/);
    // An argument with no finding and nothing the schema describes.
    const none = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: DOCKERFILE },
      position: { line: 1, character: 10 },
    });
    assert.equal(none, null);
  });

  it('offers a quick fix through the diagnostic data, and applying it clears the finding', async () => {
    const { diagnostics } = await client.diagnostics(DOCKERFILE, 1);
    const cmd = byRule(diagnostics, 'exec-form-cmd');
    assert.ok(cmd);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: DOCKERFILE },
      range: cmd.range,
      context: { diagnostics: [cmd], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.title === 'Convert to exec form');
    assert.ok(fix?.edit?.changes, JSON.stringify(actions));
    assert.ok(actions.some((a) => a.title === 'Ignore exec-form-cmd here'));
    const edits = fix.edit.changes[DOCKERFILE] as TextEdit[];
    const fixed = applyEdits(DOCKER_TEXT, edits);
    assert.equal(fixed, 'FROM node:22-alpine\nWORKDIR /app\nCMD ["node", "server.js"]\n');
    await client.change(
      DOCKERFILE,
      2,
      edits.map((e) => ({ range: e.range, text: e.newText })),
    );
    const after = await client.diagnostics(DOCKERFILE, 2);
    assert.equal(byRule(after.diagnostics, 'exec-form-cmd'), undefined);
    // Only that finding goes: the others stay where they were.
    assert.deepEqual(
      keys(after.diagnostics),
      keys(diagnostics).filter((k) => !k.startsWith('exec-form-cmd@')),
    );
    assert.deepEqual(keys(after.diagnostics), engineKeys(fixed, DOCKERFILE));
  });

  it('offers source.fixAll.cntutor for code actions on save', async () => {
    const uri = 'file:///work/app/other.Dockerfile';
    // A CMD: the exec form of an ENTRYPOINT would also take CMD's words, so that rewrite waits for a person.
    await client.open(uri, 'dockerfile', 'FROM alpine:3.20\nCMD /bin/app --serve\n');
    await client.diagnostics(uri, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.cntutor'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]?.kind, 'source.fixAll.cntutor');
    const edit = actions[0]?.edit?.changes?.[uri]?.[0];
    assert.equal(edit?.newText, 'FROM alpine:3.20\nCMD ["/bin/app", "--serve"]\n');
  });

  it('never applies fixes that change how a workload runs on save', async () => {
    const uri = 'file:///work/app/pod.yaml';
    await client.open(
      uri,
      'yaml',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27.3\n      env:\n        - name: A\n          value: "1"\n        - name: A\n          value: "2"\n',
    );
    const { diagnostics } = await client.diagnostics(uri, 1);
    assert.ok(byRule(diagnostics, 'run-as-non-root')?.data, 'run-as-non-root fires and is fixable');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.cntutor'] },
    });
    const fixed = actions[0]?.edit?.changes?.[uri]?.[0]?.newText ?? '';
    assert.doesNotMatch(fixed, /runAsNonRoot/);
    assert.equal(fixed.match(/- name: A/g)?.length, 1, 'the duplicate env var is removed');
  });

  it('lints Kubernetes manifests and follows incremental edits', async () => {
    await client.open(MANIFEST, 'yaml', MANIFEST_TEXT);
    const first = await client.diagnostics(MANIFEST, 1);
    const latest = byRule(first.diagnostics, 'no-latest-container-image');
    assert.ok(latest, JSON.stringify(first.diagnostics));
    assert.deepEqual(latest.range, { start: { line: 13, character: 17 }, end: { line: 13, character: 29 } });
    assert.deepEqual(keys(first.diagnostics), engineKeys(MANIFEST_TEXT, MANIFEST));

    // Pinning the tag clears that finding and leaves every other one where it was.
    let text = applyEdits(MANIFEST_TEXT, [{ range: latest.range, newText: 'nginx:1.27.3' }]);
    await client.change(MANIFEST, 2, [{ range: latest.range, text: 'nginx:1.27.3' }]);
    const second = await client.diagnostics(MANIFEST, 2);
    assert.equal(byRule(second.diagnostics, 'no-latest-container-image'), undefined);
    const rest = keys(first.diagnostics).filter((k) => !k.startsWith('no-latest-container-image@'));
    assert.deepEqual(keys(second.diagnostics), rest);
    assert.deepEqual(keys(second.diagnostics), engineKeys(text, MANIFEST));

    // A comment line added at the top moves every finding one line down; removing it moves them back.
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    text = `# web\n${text}`;
    await client.change(MANIFEST, 3, [{ range: top, text: '# web\n' }]);
    const third = await client.diagnostics(MANIFEST, 3);
    assert.deepEqual(keys(third.diagnostics), shifted(rest, 1));
    assert.deepEqual(keys(third.diagnostics), engineKeys(text, MANIFEST));
    text = text.slice('# web\n'.length);
    await client.change(MANIFEST, 4, [{ range: { start: top.start, end: { line: 1, character: 0 } }, text: '' }]);
    const fourth = await client.diagnostics(MANIFEST, 4);
    assert.deepEqual(keys(fourth.diagnostics), rest);
    assert.deepEqual(keys(fourth.diagnostics), engineKeys(text, MANIFEST));
  });

  it('reports invalid YAML at its place and keeps running', async () => {
    const uri = 'file:///work/app/broken.yaml';
    await client.open(uri, 'yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n');
    const { diagnostics } = await client.diagnostics(uri, 1);
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((d) => d.range.start.line <= 4));
    assert.equal(client.exited, false);
  });

  it('leaves other YAML alone', async () => {
    const uri = 'file:///work/app/.github/workflows/ci.yml';
    await client.open(uri, 'yaml', 'name: ci\non: push\njobs: {}\n');
    const { diagnostics } = await client.diagnostics(uri, 1);
    assert.deepEqual(diagnostics, []);
  });

  it('serves concept notes to clients that render them', async () => {
    const note = await client.request<{ title: string; markdown: string } | null>('cntutor/concept', {
      id: 'immutable-images',
      locale: 'ko',
    });
    assert.ok(note?.markdown.startsWith('# '));
    assert.equal(await client.request('cntutor/concept', { id: 'no-such-note' }), null);
  });
});

describe('language server settings', () => {
  it('asks for its settings with workspace/configuration and honours them', async () => {
    const client = new TestClient();
    try {
      client.settings = { rules: { 'exec-form-cmd': 'error', 'no-latest-container-image': 'off' }, locale: 'ko' };
      await client.initialize({ configuration: true });
      await client.open(DOCKERFILE, 'dockerfile', DOCKER_TEXT);
      const { diagnostics } = await client.diagnostics(DOCKERFILE, 1);
      const cmd = byRule(diagnostics, 'exec-form-cmd');
      assert.equal(cmd?.severity, 1);
      assert.match(messageOf(cmd), /셸 형식/);
      await client.open(MANIFEST, 'yaml', MANIFEST_TEXT);
      const manifest = await client.diagnostics(MANIFEST, 1);
      assert.equal(byRule(manifest.diagnostics, 'no-latest-container-image'), undefined);
    } finally {
      await client.stop();
    }
  });

  it('uses the links and command links a client asks for', async () => {
    const client = new TestClient();
    try {
      await client.initialize({
        initializationOptions: { conceptLinkBase: 'vscode://cntutor.cloud-native-tutor/concept/', commandLinks: true },
      });
      await client.open(DOCKERFILE, 'dockerfile', DOCKER_TEXT);
      const { diagnostics } = await client.diagnostics(DOCKERFILE, 1);
      assert.equal(
        byRule(diagnostics, 'exec-form-cmd')?.codeDescription?.href,
        'vscode://cntutor.cloud-native-tutor/concept/declarative-specs',
      );
      const hover = await client.request<Hover>('textDocument/hover', {
        textDocument: { uri: DOCKERFILE },
        position: { line: 2, character: 8 },
      });
      assert.match(
        (hover.contents as { value: string }).value,
        /\(command:cntutor\.openConcept\?%5B%22declarative-specs%22%5D\)/,
      );
    } finally {
      await client.stop();
    }
  });
});
