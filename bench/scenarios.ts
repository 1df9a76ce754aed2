// What is timed, through real server processes: cold start, edits, big files with a hover meanwhile.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { type Position, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { type TextInput } from './inputs';
import { LspSession, type ServerSpec } from './lsp-client';

export interface Sample {
  values: number[];
  /** Spawn → initialize answered: process start and module loading. */
  initMs: number[];
  peakRssKb: number[];
}

export interface BigFileResult {
  diagnoseMs: number[];
  hoverMs: number[];
  hoverBeforeDiagnostics: number;
  /** Hovers that came back with content (not null). */
  hoverWithContent: number;
  peakRssKb: number[];
}

/** Notes on when each server's hover came back during big-file opens. */
export function hoverNotes(what: string, results: readonly [string, BigFileResult | undefined][]): string[] {
  return results
    .filter((entry): entry is [string, BigFileResult] => entry[1] !== undefined)
    .map(
      ([name, r]) =>
        `${what}, ${name}: the hover (on a container image value near the middle, sent 100 ms into the open) was answered before the diagnostics in ${r.hoverBeforeDiagnostics} of ${r.diagnoseMs.length} runs, with content in ${r.hoverWithContent}.`,
    );
}

const OPEN_TIMEOUT = 180_000;
const EDIT_TIMEOUT = 60_000;

export function languageOf(input: TextInput): string {
  return input.name.includes('Dockerfile') ? 'dockerfile' : 'yaml';
}

/** Each session gets its own folder, so servers never see each other's documents. */
function documentUri(workDir: string, run: string, input: TextInput): string {
  const dir = join(workDir, run);
  mkdirSync(dir, { recursive: true });
  return pathToFileURL(join(dir, input.name)).href;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Spawn → initialize → didOpen → first publishDiagnostics for version 1, in a fresh process each run. */
export async function coldStart(spec: ServerSpec, input: TextInput, runs: number, workDir: string): Promise<Sample> {
  const sample: Sample = { values: [], initMs: [], peakRssKb: [] };
  for (let run = 0; run < runs; run++) {
    const uri = documentUri(workDir, `cold-${spec.name}-${run}`, input);
    const start = performance.now();
    const session = await LspSession.start(spec, workDir);
    sample.initMs.push(session.initializedAt - start);
    try {
      await session.open(uri, languageOf(input), input.text);
      const { ms } = await session.waitForDiagnostics(uri, 1, 0, start, OPEN_TIMEOUT);
      sample.values.push(ms);
      await session.settle(300);
      sample.peakRssKb.push(session.peakRssKb() ?? 0);
    } finally {
      await session.stop();
    }
  }
  return sample;
}

/** The place one character is typed: the end of a plain line near the middle of the document. */
export function editSite(input: TextInput): Position {
  const lines = input.text.split('\n');
  const plain =
    languageOf(input) === 'dockerfile'
      ? (l: string): boolean => /[A-Za-z0-9]$/.test(l) && !/^\s*#/.test(l)
      : (l: string): boolean => /^\s*(- )?name: [A-Za-z0-9-]+$/.test(l);
  const middle = Math.floor(lines.length / 2);
  for (let d = 0; d < lines.length; d++) {
    for (const i of [middle + d, middle - d]) {
      const line = lines[i];
      if (line !== undefined && plain(line)) return { line: i, character: line.length };
    }
  }
  throw new Error(`no place to edit in ${input.name}`);
}

function applyAt(text: string, at: Position, insert: string | undefined): string {
  const lines = text.split('\n');
  const line = lines[at.line] ?? '';
  lines[at.line] = insert === undefined ? line.slice(0, -1) : `${line}${insert}`;
  return lines.join('\n');
}

/** Letters typed in `typing` mode: a long word, so no version of the line repeats an earlier one. */
const TYPED = 'abcdefghijklmnopqrstuvwxyz';

export interface EditResult {
  openMs: number[];
  editMs: number[];
  peakRssKb: number[];
}

/**
 * Opens the document in a fresh server, waits for its diagnostics and a quiet moment, then types
 * one character at a time (insert, delete, insert... or, in `typing` mode, a word that only grows),
 * each as a new version, and times each version's diagnostics. `sessions` fresh servers, `edits`
 * measured edits each, after `warmup`.
 */
export async function editLatency(
  spec: ServerSpec,
  input: TextInput,
  opts: {
    sessions: number;
    edits: number;
    warmup: number;
    workDir: string;
    warm?: TextInput;
    /** `toggle` (default) inserts and deletes one character in turn; `typing` only ever adds letters. */
    mode?: 'toggle' | 'typing';
  },
): Promise<EditResult> {
  const result: EditResult = { openMs: [], editMs: [], peakRssKb: [] };
  const site = editSite(input);
  for (let s = 0; s < opts.sessions; s++) {
    const uri = documentUri(opts.workDir, `edit-${spec.name}-${input.name}-${s}`, input);
    const session = await LspSession.start(spec, opts.workDir);
    try {
      if (opts.warm !== undefined) {
        // Warm the server on another document first, so the measured open is not a cold start.
        const warmUri = documentUri(opts.workDir, `edit-${spec.name}-${input.name}-${s}-warm`, opts.warm);
        const warmStart = performance.now();
        await session.open(warmUri, languageOf(opts.warm), opts.warm.text);
        await session.waitForDiagnostics(warmUri, 1, 0, warmStart, OPEN_TIMEOUT);
      }
      await session.settle(300);
      const afterWarm = session.lastSeq;
      const openStart = performance.now();
      await session.open(uri, languageOf(input), input.text);
      const opened = await session.waitForDiagnostics(uri, 1, afterWarm, openStart, OPEN_TIMEOUT);
      result.openMs.push(opened.ms);
      await session.settle(400);
      let text = input.text;
      const typing = opts.mode === 'typing';
      for (let i = 0; i < opts.warmup + opts.edits; i++) {
        const insert = typing ? (i === 0 ? ' ' : TYPED.charAt((i - 1) % TYPED.length)) : i % 2 === 0 ? 'x' : undefined;
        const line = text.split('\n')[site.line] ?? '';
        const edit: TextDocumentContentChangeEvent =
          insert !== undefined
            ? {
                range: {
                  start: { line: site.line, character: line.length },
                  end: { line: site.line, character: line.length },
                },
                text: insert,
              }
            : {
                range: {
                  start: { line: site.line, character: line.length - 1 },
                  end: { line: site.line, character: line.length },
                },
                text: '',
              };
        text = applyAt(text, site, insert);
        const version = i + 2;
        const after = session.lastSeq;
        const start = performance.now();
        await session.change(uri, version, edit, text);
        const { ms } = await session.waitForDiagnostics(uri, version, after, start, EDIT_TIMEOUT);
        if (i >= opts.warmup) result.editMs.push(ms);
        await session.settle(250); // let any second publish pass, and leave a typing pause
      }
      result.peakRssKb.push(session.peakRssKb() ?? 0);
    } finally {
      await session.stop();
    }
  }
  return result;
}

/** A line near the middle with a `:latest` container image (a finding to explain), inside its value. */
export function hoverSite(input: TextInput): Position {
  const lines = input.text.split('\n');
  const middle = Math.floor(lines.length / 2);
  for (const wanted of [/image: .*:latest/, /image: /]) {
    for (let i = middle; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (wanted.test(line)) return { line: i, character: line.length - 2 };
    }
  }
  return { line: middle, character: 2 };
}

/**
 * Opens a big document in a warm server and times its diagnostics; `hoverDelayMs` after the open,
 * while the server is busy with it, a hover is sent and its answer time recorded.
 */
export async function bigFile(
  spec: ServerSpec,
  input: TextInput,
  warmInput: TextInput,
  opts: { runs: number; hoverDelayMs: number; workDir: string },
): Promise<BigFileResult> {
  const result: BigFileResult = {
    diagnoseMs: [],
    hoverMs: [],
    hoverBeforeDiagnostics: 0,
    hoverWithContent: 0,
    peakRssKb: [],
  };
  const position = hoverSite(input);
  for (let run = 0; run < opts.runs; run++) {
    const warmUri = documentUri(opts.workDir, `big-${spec.name}-${run}-warm`, warmInput);
    const uri = documentUri(opts.workDir, `big-${spec.name}-${run}`, input);
    const session = await LspSession.start(spec, opts.workDir);
    try {
      const warmStart = performance.now();
      await session.open(warmUri, languageOf(warmInput), warmInput.text);
      await session.waitForDiagnostics(warmUri, 1, 0, warmStart, OPEN_TIMEOUT);
      await session.settle(400);
      const after = session.lastSeq;
      const start = performance.now();
      await session.open(uri, 'yaml', input.text);
      const diagnostics = session.waitForDiagnostics(uri, 1, after, start, OPEN_TIMEOUT);
      await sleep(opts.hoverDelayMs);
      const hover = await session.hover(uri, position);
      const hoverDone = performance.now();
      const { ms, event } = await diagnostics;
      result.diagnoseMs.push(ms);
      result.hoverMs.push(hover.ms);
      if (hoverDone < event.at) result.hoverBeforeDiagnostics++;
      if (hover.answered) result.hoverWithContent++;
      await session.settle(400);
      result.peakRssKb.push(session.peakRssKb() ?? 0);
    } finally {
      await session.stop();
    }
  }
  return result;
}

/** Opens a manifest with known schema errors and returns the messages: proof the schema is in use. */
export async function schemaProbe(spec: ServerSpec, workDir: string): Promise<string[]> {
  const probe: TextInput = {
    name: 'probe.yaml',
    lines: 12,
    origin: 'probe',
    text: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: probe',
      'spec:',
      '  replicas: three',
      '  selector: {matchLabels: {app: probe}}',
      '  template:',
      '    metadata: {labels: {app: probe}}',
      '    spec:',
      '      containers:',
      '        - {name: app, image: "nginx:1.27", poarts: []}',
      '',
    ].join('\n'),
  };
  const uri = documentUri(workDir, `probe-${spec.name}`, probe);
  const session = await LspSession.start(spec, workDir);
  try {
    const start = performance.now();
    await session.open(uri, 'yaml', probe.text);
    await session.waitForDiagnostics(uri, 1, 0, start, OPEN_TIMEOUT);
    await session.settle(500);
    const last = await session.waitForDiagnostics(uri, 1, session.lastSeq - 1, start, 1000);
    return last.event.diagnostics.map((d) => {
      const message = typeof d.message === 'string' ? d.message : d.message.value;
      return `line ${d.range.start.line + 1}: ${message.split('\n')[0] ?? ''}`;
    });
  } finally {
    await session.stop();
  }
}

/**
 * Edit sessions of the two servers taken in turns (ours, peer, ours, peer…), so a change in the
 * machine's load during the run weighs on both alike; the samples of all sessions are pooled.
 */
export async function pairedEditLatency(
  a: ServerSpec | undefined,
  b: ServerSpec,
  input: TextInput,
  opts: { sessions: number; edits: number; warmup: number; workDir: string; mode?: 'toggle' | 'typing' },
  what: string,
  log: (message: string) => void,
): Promise<[EditResult | undefined, EditResult]> {
  const pooled = (): EditResult => ({ openMs: [], editMs: [], peakRssKb: [] });
  const ofA = a === undefined ? undefined : pooled();
  const ofB = pooled();
  const add = (into: EditResult, from: EditResult): void => {
    into.openMs.push(...from.openMs);
    into.editMs.push(...from.editMs);
    into.peakRssKb.push(...from.peakRssKb);
  };
  for (let session = 0; session < opts.sessions; session++) {
    const one = { ...opts, sessions: 1 };
    if (a !== undefined && ofA !== undefined) {
      log(`${what}: ${a.name}, session ${session + 1} of ${opts.sessions}`);
      add(ofA, await editLatency(a, input, one));
    }
    log(`${what}: ${b.name}, session ${session + 1} of ${opts.sessions}`);
    add(ofB, await editLatency(b, input, one));
  }
  return [ofA, ofB];
}
