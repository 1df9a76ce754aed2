/** The tutor's requests and teaching hovers, over stdio against the bundled server. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { findExercise } from '../../server/src/exercises';
import { TestClient } from './client';
import { tempFolder } from '../support/temp-folder';

const MANIFEST = 'file:///project/deployment.yaml';
const MANIFEST_TEXT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0.0
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 128Mi }
          readinessProbe:
            httpGet: { path: /ready, port: 8080 }
          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
`;

async function hoverAt(client: TestClient, line: number, character: number): Promise<string> {
  const hover = await client.request<Hover | null>('textDocument/hover', {
    textDocument: { uri: MANIFEST },
    position: { line, character },
  });
  return hover ? (hover.contents as { value: string }).value : '';
}

describe('tutor requests', () => {
  let client: TestClient;
  let root: string;

  before(async () => {
    root = tempFolder('cntutor-tutor-');
    writeFileSync(path.join(root, 'Dockerfile'), 'FROM alpine:3.21.0\nUSER 10001\nCMD app --serve\n');
    writeFileSync(path.join(root, 'clean.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n');
    client = new TestClient();
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).href,
      capabilities: {},
    });
    await client.connection.sendNotification('initialized', {});
  });
  after(() => client.stop());

  it('renders a note with links to its related notes and to the rules that teach it', async () => {
    const note = await client.request<{ title: string; kind: string; markdown: string }>('cntutor/concept', {
      id: 'least-privilege',
      locale: 'ko',
      linkBase: 'cntutor:',
    });
    assert.equal(note.title, '최소 권한');
    assert.equal(note.kind, 'principle');
    assert.match(note.markdown, /\]\(cntutor:concept\/containers\)/);
    assert.match(note.markdown, /\]\(cntutor:rule\/non-root-user\) · `non-root-user`/);
    assert.doesNotMatch(note.markdown, /```\w+ (good|bad)/, 'example markers are left out');
  });

  it('links notes to the shipped files of their language without a link base', async () => {
    const note = await client.request<{ markdown: string }>('cntutor/concept', { id: 'containers', locale: 'ko' });
    assert.match(note.markdown, /\(file:\/\/[^)]*\/concepts\/virtualization\.ko\.md\)/);
  });

  it('explains a rule as a page of its own', async () => {
    const rule = await client.request<{ title: string; concept: string; markdown: string }>('cntutor/rule', {
      id: 'exec-form-cmd',
      linkBase: 'cntutor:',
    });
    assert.equal(rule.concept, 'declarative-specs');
    assert.match(rule.markdown, /^# Use the exec form/);
    assert.match(rule.markdown, /\]\(cntutor:concept\/declarative-specs\)/);
    assert.equal(await client.request('cntutor/rule', { id: 'no-such-rule' }), null);
  });

  it('lists the twelve topics first, then the principles, each with the rules that teach it', async () => {
    const notes = await client.request<
      { id: string; kind: string; topic?: number; rules: { id: string; title: string }[] }[]
    >('cntutor/concepts', { locale: 'ko' });
    assert.deepEqual(
      notes.slice(0, 12).map((n) => n.topic),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    );
    assert.ok(notes.slice(12).every((n) => n.kind === 'principle'));
    for (const note of notes) assert.ok(note.rules.length > 0, `no rule teaches ${note.id}`);
    const privilege = notes.find((n) => n.id === 'least-privilege');
    assert.match(privilege?.rules[0]?.title ?? '', /[\uac00-\ud7a3]/u, 'rule titles in Korean');
  });

  it('finds the findings of the workspace files', async () => {
    const files = await client.request<{ uri: string; findings: { ruleId: string }[] }[]>(
      'cntutor/workspaceFindings',
      {},
    );
    const dockerfile = files.find((f) => f.uri.endsWith('/Dockerfile'));
    assert.ok(dockerfile, JSON.stringify(files));
    assert.ok(dockerfile.findings.some((f) => f.ruleId === 'exec-form-cmd'));
    assert.ok(!files.some((f) => f.uri.endsWith('/clean.yaml')), 'clean files are left out');
  });

  it('hands out exercises and checks a solution', async () => {
    const list = await client.request<{ id: string; hints: string[] }[]>('cntutor/exercises', { locale: 'ko' });
    assert.ok(list.length >= 12);
    const exercise = findExercise('pid-one-signals');
    assert.ok(exercise);
    const started = await client.request<{ start: string; file: string }>('cntutor/exercise', { id: exercise.id });
    assert.equal(started.start, exercise.start);
    const failing = await client.request<{ passed: boolean; lines: string[] }>('cntutor/checkExercise', {
      id: exercise.id,
      text: exercise.start,
    });
    assert.equal(failing.passed, false);
    assert.match(failing.lines.join('\n'), /exec-form-cmd/);
    const passing = await client.request<{ passed: boolean }>('cntutor/checkExercise', {
      id: exercise.id,
      text: exercise.solution,
      locale: 'ko',
    });
    assert.equal(passing.passed, true);
  });
});

describe('hovers that teach without a finding', () => {
  it('adds the idea behind a field to its schema description, in the configured language', async () => {
    for (const locale of ['en', 'ko'] as const) {
      const client = new TestClient();
      try {
        client.settings = { locale };
        await client.initialize({ configuration: true });
        await client.open(MANIFEST, 'yaml', MANIFEST_TEXT);
        const { diagnostics } = await client.diagnostics(MANIFEST, 1);
        assert.deepEqual(
          diagnostics.filter((d) => (d.severity ?? 1) <= 2),
          [],
          'the manifest is clean',
        );
        const resources = await hoverAt(client, 15, 12);
        assert.match(resources, /\*\*resources\*\*/, 'the schema description stays');
        const title = locale === 'ko' ? '리소스 관리' : 'Resource management';
        assert.ok(resources.includes(`📘 [${title}](`), resources);
        const kind = await hoverAt(client, 1, 7);
        assert.match(kind, /📘 \[[^\]]+\]\([^)]*self-healing[^)]*\)/, kind);
        const replicas = await hoverAt(client, 5, 4);
        assert.match(replicas, /cloud-basics/, replicas);
      } finally {
        await client.stop();
      }
    }
  });
});
