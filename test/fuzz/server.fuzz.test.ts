import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { lint } from '../../server/src/engine';
import { LineIndex } from '../../server/src/engine/text';
import { SERVER, TestClient } from '../lsp/client';
import { lineLengths } from '../support/utf16';
import { checkRange } from './invariants';
import { chartBeside } from '../rules/support';
import { applyOffsetEdit, clampEdit, editArb, type OffsetEdit } from './mutate';
import { withFixtureSeeds } from './fixture-seeds';
import { seedArb } from './properties';
import { DOCKERFILE_SEEDS, MANIFEST_SEEDS, type Seed } from './seeds';

/**
 * The bundled server over stdio, fed random edit sequences as incremental didChange events, as
 * an editor sends them while someone types. After every sequence: the server is alive, answers
 * hover and code actions, every diagnostic it published lies inside the text of its version, and
 * the diagnostics of every published version are those the engine gives for that version's text
 * (so incremental sync lost no edit). Seeds are the embedded ones and every rule's fixtures.
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 4242;
const SEQUENCES = 60;
const EDITS = 25;
const ANSWER_MS = 10_000;
/** Comparisons with the engine, per kind, below which the check above says nothing. */
const MIN_COMPARED = 20;

interface Sequence {
  seed: Seed;
  edits: OffsetEdit[];
  /** Where to ask for hovers, as fractions of the text. */
  probes: number[];
}

const seeds = withFixtureSeeds({ dockerfiles: DOCKERFILE_SEEDS, manifests: MANIFEST_SEEDS });
const sequences: Sequence[] = fc.sample(
  fc.record({
    seed: seedArb([...seeds.dockerfiles, ...seeds.manifests]),
    edits: fc.array(editArb, { minLength: EDITS, maxLength: EDITS }),
    probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
  }),
  { numRuns: SEQUENCES, seed: SEED },
);

async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ANSWER_MS} ms`)), ANSWER_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const key = (d: { code?: unknown; range: Diagnostic['range'] }): string =>
  `${String(d.code)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;

/** Diagnostics as published, per document; the server may skip versions, never publish stale ones late. */
const published = new Map<string, PublishDiagnosticsParams[]>();

async function diagnosticsAt(uri: string, version: number): Promise<PublishDiagnosticsParams> {
  const deadline = Date.now() + ANSWER_MS;
  for (;;) {
    const found = published.get(uri)?.find((p) => p.version === version);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} v${version}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe(`language server under random edits (${SEQUENCES} documents x ${EDITS} edits, FUZZ_SEED=${SEED})`, () => {
  let client: TestClient;
  const errors: string[] = [];

  before(async () => {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run npm run build first`);
    client = new TestClient();
    client.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
    });
    client.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1) errors.push(params.message);
    });
    await client.initialize();
  });
  after(() => client.stop());

  /** Published versions whose findings were compared with the engine's, by kind, counting those with findings. */
  const compared = { dockerfile: 0, kubernetes: 0, compose: 0, chart: 0, kustomization: 0 };

  for (const [n, sequence] of sequences.entries()) {
    it(`${sequence.seed.name} #${n}`, async () => {
      const file = sequence.seed.uri.replace(/^file:\/\/\//, '');
      const uri = `file:///work/${file.includes('/') ? '' : 'fuzz/'}${n}/${file}`;
      const texts = new Map<number, string>();
      let text = sequence.seed.text;
      let version = 1;
      texts.set(version, text);
      await client.open(uri, /dockerfile/i.test(uri) || /containerfile/i.test(uri) ? 'dockerfile' : 'yaml', text);
      for (const [i, raw] of sequence.edits.entries()) {
        const edit = clampEdit(text, raw);
        const index = new LineIndex(text);
        const range = index.rangeOf(edit.start, edit.start + edit.length);
        text = applyOffsetEdit(text, edit);
        texts.set(++version, text);
        await client.change(uri, version, [{ range, text: edit.text }]);
        // Now and then ask for a hover mid-typing: it must be answered while diagnostics are computed.
        if (i % 8 === 7) {
          const at = new LineIndex(text).positionAt(Math.floor((sequence.probes[i % 3] ?? 0) * text.length));
          await withTimeout(
            client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at }),
            'hover',
          );
        }
      }
      const final = await diagnosticsAt(uri, version);
      assert.equal(client.exited, false, `the server exited; stderr: ${client.stderr}`);

      // Every diagnostic ever published for this document lies inside the text of its version.
      for (const params of published.get(uri) ?? []) {
        const at = params.version === undefined ? undefined : texts.get(params.version);
        assert.ok(at !== undefined, `diagnostics for unknown version ${String(params.version)}`);
        const lines = lineLengths(at);
        for (const d of params.diagnostics)
          checkRange(lines, d.range, `diagnostic ${String(d.code)} v${String(params.version)}`);
      }

      // The server holds the same text as the client: at every version it published, its findings are
      // the engine's for that version's text. (Not on YAML with syntax errors: there the server's
      // per-document cache may place them differently.)
      for (const params of published.get(uri) ?? []) {
        const at = texts.get(params.version ?? -1) ?? '';
        // The server reads a Chart.yaml's folder from disk, where this one has nothing beside it.
        const engine = lint(
          at,
          uri,
          undefined,
          uri.endsWith('/Chart.yaml') ? { helmChart: chartBeside(uri, at, {}) } : {},
        );
        if (engine.findings.some((f) => f.ruleId === 'yaml-syntax')) continue;
        const expected = engine.findings.map((f) => key({ code: f.ruleId, range: f.range }));
        assert.deepEqual(
          params.diagnostics.map(key),
          expected,
          `server and engine disagree on v${String(params.version)}:\n${at}`,
        );
        if (engine.kind && expected.length > 0) compared[engine.kind]++;
      }

      // Hover on each diagnostic and on the probes, and code actions on each diagnostic, are answered.
      for (const d of final.diagnostics.slice(0, 5)) {
        const hover = await withTimeout(
          client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: d.range.start }),
          'hover on a diagnostic',
        );
        assert.ok(hover, `no hover on ${key(d)}`);
        const actions = await withTimeout(
          client.request<CodeAction[] | null>('textDocument/codeAction', {
            textDocument: { uri },
            range: d.range,
            context: { diagnostics: [d] },
          }),
          'code actions',
        );
        const lines = lineLengths(text);
        for (const action of actions ?? []) {
          for (const edit of action.edit?.changes?.[uri] ?? [])
            checkRange(lines, edit.range, `edit of "${action.title}"`);
        }
      }
      assert.deepEqual(errors, [], 'the server logged errors');
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
  }
  it('compared real Dockerfile and Kubernetes results with the engine', (t) => {
    t.diagnostic(`compared with findings: ${compared.kubernetes} Kubernetes, ${compared.dockerfile} Dockerfile`);
    // Random edits soon break YAML; the comparisons above must not all have been skipped.
    assert.ok(compared.kubernetes >= MIN_COMPARED, `only ${compared.kubernetes} Kubernetes results compared`);
    assert.ok(compared.dockerfile >= MIN_COMPARED, `only ${compared.dockerfile} Dockerfile results compared`);
  });
});
