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
// The Kubernetes schemas (1 MB of JSON) and their generated validators (2.3 MB of code) are only
// needed once a manifest is linted: they ship as files of their own beside the bundles, so a
// Dockerfile-only run never reads or compiles them, and the JSON is read by JSON.parse, which is
// several times faster than compiling the same data as a JavaScript literal.
const LAZY_FILES = [
  { filter: /schemas\/kubernetes\/definitions\.json$/, path: './kubernetes/definitions.json' },
  { filter: /generated\/k8s-validators\.js$/, path: './kubernetes/validators.js' },
  { filter: /generated\/k8s-validators-more\.js$/, path: './kubernetes/validators-more.js' },
];
const lazyKubernetesFiles = {
  name: 'lazy-kubernetes-files',
  setup(builder) {
    for (const { filter, path: target } of LAZY_FILES) {
      builder.onResolve({ filter }, () => ({ path: target, external: true }));
    }
  },
};
// V8 stores a script's source as one byte per character only when every character fits in
// Latin-1, and Node 20 reads a file as UTF-8 several times faster when it is all ASCII (the 2.3 MB
// CLI bundle: 43 ms with three "µ" and "»" in it, 17 ms without). A single such character in a
// regular expression or a comment (which esbuild leaves as they are) would cost both on every
// start. Escaping them keeps the meaning: `\uXXXX` is the same character in strings, regular
// expressions and identifiers, and only text in comments.
const asciiOutput = {
  name: 'ascii-output',
  setup(builder) {
    builder.onEnd((result) => {
      if (result.errors.length > 0) return;
      const file = builder.initialOptions.outfile;
      const text = readFileSync(file, 'utf8');
      const escaped = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      if (escaped !== text) writeFileSync(file, escaped);
    });
  },
};
const bundles = [
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server-bundle.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-bundle.js' },
].map((o) => ({
  ...common,
  ...o,
  plugins: [lazyKubernetesFiles, asciiOutput],
}));
// What `cntutor` and `cntutor-language-server` run: each loads its bundle through the code cache.
const launchers = [
  { entryPoints: ['server/src/launch/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/launch/cli.ts'], outfile: 'dist/cli.js' },
].map((o) => ({ ...common, ...o, plugins: [asciiOutput], banner: { js: '#!/usr/bin/env node' } }));
const client = {
  ...common,
  entryPoints: ['client/src/extension.ts'],
  outfile: 'dist/client.js',
  external: ['vscode'],
  plugins: [lazyKubernetesFiles, asciiOutput],
};
const kubernetesValidators = ['validators', 'validators-more'].map((name) => ({
  ...common,
  entryPoints: [`out/generated/k8s-${name}.js`],
  outfile: `dist/kubernetes/${name}.js`,
  sourcemap: false,
  // The generated code is minified already; printing it again must not undo that.
  minify: true,
  plugins: [asciiOutput],
}));

const all = [...bundles, ...launchers, client, ...kubernetesValidators];
if (watch) {
  for (const options of all) await (await context(options)).watch();
} else {
  await Promise.all(all.map((options) => build(options)));
  for (const { outfile } of launchers) chmodSync(outfile, 0o755);
}

mkdirSync('dist/kubernetes', { recursive: true });
copyFileSync('schemas/kubernetes/definitions.json', 'dist/kubernetes/definitions.json');

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
