// The cross-file row: in a workspace the size of ../shared/corpus/k8s, an edit in one open file
// changes what a Service in another open file selects; time until that file's findings are republished.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspSession, type ServerSpec } from './lsp-client';
import { generateManifest } from './generate';

export interface CrossFileInputs {
  /** The workspace folder copied into each session. */
  folder: string;
  files: number;
  /** The file that is edited (a Deployment) and the file whose findings depend on it (a Service). */
  edited: string;
  watched: string;
  /** The line of a pod template label in `edited`, and the text typed at its end. */
  line: number;
  origin: string;
}

export interface CrossFileResult {
  editMs: number[];
  peakRssKb: number[];
}

/** A Service and its Deployment that no other corpus file duplicates (the guestbook's are copied several times). */
const PAIR = {
  service: 'kubernetes-examples/AI__vllm-deployment__vllm-service.yaml',
  deployment: 'kubernetes-examples/AI__vllm-deployment__vllm-deployment.yaml',
};
/** The pod template label toggled in the Deployment. */
const LABEL = /^\s*app: gemma-server\s*$/;

/** The corpus manifests when present; otherwise 252 generated files with the same pair among them. */
export function crossFileInputs(corpusDir: string | undefined, cacheDir: string): CrossFileInputs {
  const k8s = corpusDir === undefined ? undefined : join(corpusDir, 'k8s');
  if (k8s !== undefined && existsSync(join(k8s, PAIR.service)) && existsSync(join(k8s, PAIR.deployment))) {
    return describePair(k8s, PAIR.deployment, PAIR.service, `../shared/corpus/k8s`);
  }
  const folder = join(cacheDir, 'generated-workspace');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < 250; i++) writeFileSync(join(folder, `app-${i}.yaml`), generateManifest(30 + (i % 5) * 10));
  writeFileSync(
    join(folder, 'vllm-service.yaml'),
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: vllm-service\nspec:\n  selector:\n    app: gemma-server\n  ports:\n    - port: 8080\n',
  );
  writeFileSync(
    join(folder, 'vllm-deployment.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: vllm\nspec:\n  selector:\n    matchLabels:\n      app: gemma-server\n  template:\n    metadata:\n      labels:\n        app: gemma-server\n    spec:\n      containers:\n        - name: server\n          image: vllm/vllm-openai:v0.10.0\n          ports:\n            - containerPort: 8080\n',
  );
  return describePair(folder, 'vllm-deployment.yaml', 'vllm-service.yaml', 'generated (no corpus)');
}

function describePair(folder: string, edited: string, watched: string, origin: string): CrossFileInputs {
  const lines = readFileSync(join(folder, edited), 'utf8').split('\n');
  // The pod template's label, after `template:` (the selector has one too).
  const template = lines.findIndex((l) => /^\s*template:\s*$/.test(l));
  const line = lines.findIndex((l, i) => i > template && LABEL.test(l));
  if (template < 0 || line < 0) throw new Error(`no pod template label to edit in ${edited}`);
  return { folder, files: listYaml(folder).length, edited, watched, line, origin };
}

const OPEN_TIMEOUT = 180_000;
const EDIT_TIMEOUT = 30_000;
/** Further files held open beside the pair, as in an editor with a few tabs: each is relinted too. */
const OTHER_OPEN = 8;

/**
 * Each session copies the workspace, starts the server on it, opens the pair and a few more files,
 * waits for the background index to settle, then toggles one pod-template label of the Deployment
 * (`app: gemma-server` ⇄ `app: gemma-serverx`): the Service in the other file stops or starts selecting
 * it. Measured: the edit sent → the Service file's diagnostics published again.
 */
export async function crossFileLatency(
  spec: ServerSpec,
  inputs: CrossFileInputs,
  opts: { sessions: number; edits: number; warmup: number; workDir: string },
): Promise<CrossFileResult> {
  const result: CrossFileResult = { editMs: [], peakRssKb: [] };
  for (let s = 0; s < opts.sessions; s++) {
    const root = join(opts.workDir, `xfile-${spec.name}-${s}`);
    cpSync(inputs.folder, root, { recursive: true });
    const session = await LspSession.start(spec, root);
    try {
      const uri = (file: string): string => pathToFileURL(join(root, file)).href;
      const texts = new Map<string, string>();
      const others = listYaml(root)
        .map((f) => relative(root, f))
        .filter((f) => f !== inputs.edited && f !== inputs.watched)
        .slice(0, OTHER_OPEN);
      for (const file of [inputs.watched, inputs.edited, ...others]) {
        const text = readFileSync(join(root, file), 'utf8');
        texts.set(file, text);
        const start = performance.now();
        await session.open(uri(file), 'yaml', text);
        await session.waitForDiagnostics(uri(file), 1, 0, start, OPEN_TIMEOUT);
      }
      // The index is built in the background; its end republishes the open files.
      await session.settle(1000, 60_000);
      let text = texts.get(inputs.edited) ?? '';
      for (let i = 0; i < opts.warmup + opts.edits; i++) {
        const lines = text.split('\n');
        const current = lines[inputs.line] ?? '';
        const typing = i % 2 === 0;
        const edit = typing
          ? {
              range: {
                start: { line: inputs.line, character: current.length },
                end: { line: inputs.line, character: current.length },
              },
              text: 'x',
            }
          : {
              range: {
                start: { line: inputs.line, character: current.length - 1 },
                end: { line: inputs.line, character: current.length },
              },
              text: '',
            };
        lines[inputs.line] = typing ? `${current}x` : current.slice(0, -1);
        text = lines.join('\n');
        const after = session.lastSeq;
        const start = performance.now();
        await session.change(uri(inputs.edited), i + 2, edit, text);
        const { ms, event } = await session.waitForDiagnostics(uri(inputs.watched), 1, after, start, EDIT_TIMEOUT);
        const flagged = event.diagnostics.some((d) => d.code === 'service-selects-workload');
        if (flagged !== typing) throw new Error(`the Service's findings did not follow edit ${i + 1}`);
        if (i >= opts.warmup) result.editMs.push(ms);
        await session.settle(250);
      }
      result.peakRssKb.push(session.peakRssKb() ?? 0);
    } finally {
      await session.stop();
    }
  }
  return result;
}

function listYaml(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listYaml(full));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}
