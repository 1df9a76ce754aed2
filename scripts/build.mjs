// One esbuild script bundles the client, the server and the CLI.
import { build, context } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Validators of the common Kubernetes kinds and of every Dockerfile instruction are generated as
// code first, for the bundles to include.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-validators.ts'], { stdio: 'inherit' });
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-dockerfile-validators.ts'], { stdio: 'inherit' });

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  loader: { '.md': 'text' },
  logLevel: 'warning',
  legalComments: 'none',
};
const executables = [
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // The shell parser is 3 MB of compiled Go that only Dockerfiles need: it stays a separate file
  // (shipped in dist/node_modules) so V8 never compiles it for a manifest-only session.
].map((o) => ({ ...common, ...o, external: ['mvdan-sh'], banner: { js: '#!/usr/bin/env node' } }));
const client = { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] };

const all = [...executables, client];
if (watch) {
  for (const options of all) await (await context(options)).watch();
} else {
  await Promise.all(all.map((options) => build(options)));
  for (const { outfile } of executables) chmodSync(outfile, 0o755);
}

mkdirSync('dist/node_modules/mvdan-sh', { recursive: true });
for (const file of ['index.js', 'package.json', 'LICENSE']) {
  copyFileSync(path.join('node_modules/mvdan-sh', file), path.join('dist/node_modules/mvdan-sh', file));
}

// Concept notes also ship as plain files, so any editor or SARIF viewer can open a finding's link.
const notesDir = 'server/src/concepts/notes';
mkdirSync('dist/concepts', { recursive: true });
for (const name of readdirSync(notesDir).filter((n) => n.endsWith('.md'))) {
  const source = readFileSync(path.join(notesDir, name), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  const title = /^title:\s*(.*)$/m.exec(match?.[1] ?? '')?.[1]?.trim() ?? name;
  // The examples' test markers (```yaml good) are left out, as renderConcept does.
  const body = (match?.[2] ?? source).trim().replace(/^```(\w+)[ \t]+(?:good|bad)\b[^\n]*$/gm, '```$1');
  writeFileSync(path.join('dist/concepts', name), `# ${title}\n\n${body}\n`);
}
