// One esbuild script bundles the client, the server and the CLI.
import { build, context } from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
].map((o) => ({ ...common, ...o, banner: { js: '#!/usr/bin/env node' } }));
const client = { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] };

const all = [...executables, client];
if (watch) {
  for (const options of all) await (await context(options)).watch();
} else {
  await Promise.all(all.map((options) => build(options)));
  for (const { outfile } of executables) chmodSync(outfile, 0o755);
}

// Concept notes also ship as plain files, so any editor or SARIF viewer can open a finding's link.
const notesDir = 'server/src/concepts/notes';
mkdirSync('dist/concepts', { recursive: true });
for (const name of readdirSync(notesDir).filter((n) => n.endsWith('.md'))) {
  const source = readFileSync(path.join(notesDir, name), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  const title = /^title:\s*(.*)$/m.exec(match?.[1] ?? '')?.[1]?.trim() ?? name;
  writeFileSync(path.join('dist/concepts', name), `# ${title}\n\n${(match?.[2] ?? source).trim()}\n`);
}
