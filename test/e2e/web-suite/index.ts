/**
 * The web extension (package.json `browser`) in VS Code's browser extension host: the suite the
 * editor loads as `extensionTestsPath` when the extension under development runs as a web
 * extension (`extensionDevelopmentKind: web`). It runs in a web worker, so it has no Node and no
 * mocha: a short list of checks, run in order, with a report written into the workspace folder
 * (the only place a worker can write), which the runner reads (run-code-server.ts --web).
 */
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  codeActions,
  hoverText,
  open,
  rangeOf,
  find,
  sleep,
  summary,
  waitForDiagnostics,
  withRule,
  withoutRule,
  workspaceUri,
} from '../suite/helpers';
import type { TutorApi } from '../../../client/src/browser';
import { WEB_RESULTS } from './results-file';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const CHECKS: { name: string; run: () => Promise<void> }[] = [
  {
    name: 'runs in the web worker extension host, without Node',
    async run() {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      check(extension, `${EXTENSION_ID} is installed`);
      await open('deployment.yaml');
      for (let i = 0; i < 100 && !extension.isActive; i++) await sleep(100);
      check(extension.isActive, 'the extension activated');
      check(extension.extensionKind === vscode.ExtensionKind.UI, `extension kind ${extension.extensionKind}`);
      const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
      check(node === undefined, `Node ${node} is present`);
    },
  },
  {
    name: 'holds a Compose service against the Dockerfile it builds, which no editor has open',
    async run() {
      const dockerfile = workspaceUri('Dockerfile');
      check(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === dockerfile.toString()), 'not open');
      const editor = await open('compose.yaml');
      const uri = editor.document.uri;
      const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, end, "\n  app:\n    build: .\n    ports:\n      - '127.0.0.1:9000:3000'\n");
      check(await vscode.workspace.applyEdit(edit), 'the edit applied');
      const port = find(
        await waitForDiagnostics(uri, withRule('compose-port-exposed'), 'compose-port-exposed'),
        'compose-port-exposed',
      );
      check(/built from Dockerfile, exposes only 8080/.test(port.message), port.message);
      const related = port.relatedInformation?.[0]?.location.uri.toString();
      check(related === dockerfile.toString(), `related location ${related}, not ${dockerfile.toString()}`);
    },
  },
  {
    name: 'reports a Dockerfile finding on its range, linked to its concept note',
    async run() {
      const editor = await open('Dockerfile');
      const diagnostics = await waitForDiagnostics(
        workspaceUri('Dockerfile'),
        withRule('exec-form-cmd'),
        'exec-form-cmd',
      );
      const finding = find(diagnostics, 'exec-form-cmd');
      check(finding.range.isEqual(rangeOf(editor.document, 'node server.js')), `range ${summary([finding])}`);
      check(/CMD/.test(finding.message), finding.message);
      const target = typeof finding.code === 'object' ? finding.code.target : undefined;
      check(target?.path === '/concept/declarative-specs', `concept link ${target?.toString()}`);
    },
  },
  {
    name: 'explains the finding on hover',
    async run() {
      const uri = workspaceUri('Dockerfile');
      const finding = find(await waitForDiagnostics(uri, withRule('exec-form-cmd'), 'exec-form-cmd'), 'exec-form-cmd');
      const markdown = await hoverText(uri, finding.range.start.translate(0, 2));
      check(markdown.includes('Use the exec form for CMD and ENTRYPOINT'), markdown);
      check(/Why it matters/.test(markdown) && /declarative-specs/.test(markdown), markdown);
    },
  },
  {
    name: 'fixes it with its quick fix, and the finding goes',
    async run() {
      const uri = workspaceUri('Dockerfile');
      const finding = find(await waitForDiagnostics(uri, withRule('exec-form-cmd'), 'exec-form-cmd'), 'exec-form-cmd');
      const actions = await codeActions(uri, finding.range);
      const fix = actions.find((a) => a.title === 'Convert to exec form');
      check(fix?.edit, `a quick fix among ${actions.map((a) => a.title).join(', ')}`);
      check(await vscode.workspace.applyEdit(fix.edit), 'the edit applied');
      const document = await vscode.workspace.openTextDocument(uri);
      check(document.getText().includes('CMD ["node", "server.js"]'), document.getText());
      await waitForDiagnostics(uri, withoutRule('exec-form-cmd'), 'exec-form-cmd gone');
    },
  },
  {
    name: 'checks a manifest against its schema and the Kubernetes rules',
    async run() {
      await open('deployment.yaml');
      const uri = workspaceUri('deployment.yaml');
      await waitForDiagnostics(
        uri,
        (ds) => ['no-latest-container-image', 'run-as-non-root'].every((r) => withRule(r)(ds)),
        'no-latest-container-image, run-as-non-root',
      );
    },
  },
  {
    name: 'checks a Compose file with the Compose rules',
    async run() {
      await open('compose.yaml');
      await waitForDiagnostics(
        workspaceUri('compose.yaml'),
        withRule('compose-port-all-interfaces'),
        'Compose findings',
      );
    },
  },
  {
    name: "opens a concept note and the Concepts view's notes, from the worker's tutor requests",
    async run() {
      const extension = vscode.extensions.getExtension<TutorApi>(EXTENSION_ID);
      check(extension?.isActive, 'the extension is active');
      const tutor = extension.exports;
      check(await vscode.commands.executeCommand('cntutor.openConcept', 'least-privilege', 'ko'), 'the note opened');
      check(tutor.notes.current?.id === 'least-privilege', JSON.stringify(tutor.notes.current));
      check(/[가-힣]/.test(tutor.notes.current.title), `a Korean title: ${tutor.notes.current.title}`);
      const [topics] = await tutor.concepts.getChildren();
      check(topics, 'the Concepts view has topics');
      check((await tutor.concepts.getChildren(topics)).length > 5, 'the topics list their notes');
    },
  },
];

/** Runs the checks; rejects when one fails, which the editor reports as the run's exit code. */
export async function run(): Promise<void> {
  const lines = ['', '  Web extension (browser extension host)'];
  let failures = 0;
  for (const { name, run: body } of CHECKS) {
    const started = Date.now();
    try {
      await body();
      lines.push(`    ✔ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failures++;
      lines.push(`    ✖ ${name}\n      ${String((error as Error).stack ?? error).replace(/\n/g, '\n      ')}`);
    }
  }
  lines.push('', `  ${CHECKS.length - failures} passing (web extension host)`);
  if (failures > 0) lines.push(`  ${failures} failing`);
  await vscode.workspace.fs.writeFile(workspaceUri(WEB_RESULTS), new TextEncoder().encode(`${lines.join('\n')}\n`));
  if (failures > 0) throw new Error(`${failures} of ${CHECKS.length} web checks failed`);
}
