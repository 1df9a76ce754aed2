import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../../server/src/engine/fix';
import { TestClient } from './client';

/** What a newcomer meets in the editor in the first hour: typos, fixes that can be trusted, hovers in their language. */
const MANIFEST = 'file:///work/first-hour/deploy.yaml';
const TYPO = `apiVersion: apps/v1
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
          image: busybox:1.36
          ports:
            - contianerPort: 8080
`;

const schemaFindings = (diagnostics: Diagnostic[]): Diagnostic[] =>
  diagnostics.filter((d) => d.code === 'kubernetes-schema');

describe('first hour in the editor', () => {
  const client = new TestClient();
  before(async () => {
    await client.initialize();
    await client.open(MANIFEST, 'yaml', TYPO);
  });
  after(() => client.stop());

  it('a misspelt field gets one rename fix, marked for review, and one ignore action', async () => {
    const { diagnostics } = await client.diagnostics(MANIFEST, 1);
    const typo = schemaFindings(diagnostics);
    // The unknown key and the missing required key are both reported, on the same line.
    assert.equal(typo.length, 2, JSON.stringify(typo));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: MANIFEST },
      range: typo[0]?.range,
      context: { diagnostics: typo, only: ['quickfix'] },
    });
    const titles = actions.map((a) => a.title);
    const renames = titles.filter((t) => t.startsWith('Rename "contianerPort" to "containerPort"'));
    // Both diagnostics offer the same rename: it is listed once, covering both.
    assert.equal(renames.length, 1, titles.join(' | '));
    const renameAction = actions.find((a) => a.title.startsWith('Rename'));
    assert.equal(renameAction?.diagnostics?.length, 2);
    assert.ok(renames.every((t) => t.endsWith('(changes behaviour: review)')));
    assert.equal(titles.filter((t) => t === 'Ignore kubernetes-schema here').length, 1, titles.join(' | '));
    const rename = actions.find((a) => a.title.startsWith('Rename'));
    assert.equal(rename?.isPreferred, false, 'a guess is never applied without being shown');
    const fixed = applyEdits(TYPO, rename?.edit?.changes?.[MANIFEST] as TextEdit[]);
    assert.match(fixed, /- containerPort: 8080/);
  });

  it('the typo is explained once in the hover, though two findings cover it', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: MANIFEST },
      position: { line: 15, character: 16 },
    });
    const value = (hover.contents as { value: string }).value;
    assert.equal(value.match(/\*\*Why it matters\*\*/g)?.length, 1, value);
    assert.match(value, /Unknown field "contianerPort"/);
    assert.match(value, /needs the field "containerPort"/);
  });

  it('fix-all on save applies no fix that changes how the workload runs', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: MANIFEST },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.cntutor'] },
    });
    // Every fix on this file (run as non-root, forbid escalation, the rename) changes behaviour.
    assert.deepEqual(actions, []);
  });
});

describe('first hour in Korean', () => {
  const client = new TestClient();
  before(async () => {
    await client.initialize({ locale: 'ko' });
    await client.open(MANIFEST, 'yaml', TYPO);
  });
  after(() => client.stop());

  it('hovers and quick fixes follow the editor language', async () => {
    const { diagnostics } = await client.diagnostics(MANIFEST, 1);
    const typo = schemaFindings(diagnostics);
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: MANIFEST },
      position: { line: 15, character: 16 },
    });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*왜 중요한가\*\*/);
    assert.match(value, /쿠버네티스 API가 아는 필드/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: MANIFEST },
      range: typo[0]?.range,
      context: { diagnostics: typo, only: ['quickfix'] },
    });
    assert.ok(
      actions.some(
        (a) => a.title === '"contianerPort"의 이름을 "containerPort"로 바꾸기 (동작이 바뀝니다: 검토하세요)',
      ),
      actions.map((a) => a.title).join(' | '),
    );
    assert.ok(actions.some((a) => a.title === '여기서 kubernetes-schema 무시하기'));
  });
});
