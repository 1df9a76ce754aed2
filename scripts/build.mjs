// One esbuild script bundles the client, the server and the CLI.
import { build, context } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { browserBuilds } from './build-browser.mjs';
import { buildWithSideBundles } from './side-bundles.mjs';
import { lazyNodeBuiltins } from './lazy-builtins.mjs';
import { replaceOnLines, shiftMappings } from './source-map-shift.mjs';

// Validators of the common Kubernetes kinds and of every Dockerfile instruction are generated as
// code first, for the bundles to include.
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-validators.ts'], { stdio: 'inherit' });
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-dockerfile-validators.ts'], { stdio: 'inherit' });
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-compose-validator.ts'], { stdio: 'inherit' });

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
  // The Dockerfile validators are generated above from the schema the bundles include.
  define: { CNTUTOR_VALIDATORS_BUNDLED: 'true' },
};
// The Kubernetes schemas (1 MB of JSON) and their generated validators (2.3 MB of code) are only
// needed once a manifest is linted: they ship as files of their own beside the bundles, so a
// Dockerfile-only run never reads or compiles them, and the JSON is read by JSON.parse, which is
// several times faster than compiling the same data as a JavaScript literal.
const LAZY_FILES = [
  { filter: /schemas\/kubernetes\/definitions\.json$/, path: './kubernetes/definitions.json' },
  { filter: /schemas\/kubernetes\/kinds\.json$/, path: './kubernetes/kinds.json' },
  { filter: /generated\/k8s-validators\.js$/, path: './kubernetes/validators.js' },
  { filter: /generated\/k8s-validators-more\.js$/, path: './kubernetes/validators-more.js' },
  // The Compose validator (350 KB of code) is loaded with the first Compose file only.
  { filter: /generated\/compose-validator\.js$/, path: './compose/validator.js' },
  { filter: /schemas\/compose\/compose-spec\.schema\.json$/, path: './compose/compose-spec.schema.json' },
];
const lazyKubernetesFiles = {
  name: 'lazy-kubernetes-files',
  setup(builder) {
    for (const { filter, path: target } of LAZY_FILES) {
      builder.onResolve({ filter }, () => ({ path: target, external: true }));
    }
  },
};
// yaml ships an ES-module build (made for browsers from the same sources) beside its CommonJS one.
// Bundled from CommonJS, each `isScalar(node)` went through a getter of the package's namespace
// copy, a call of its own that V8 never inlines here (see compiler-flags.ts): 45 ms of opening a
// 50,000-line manifest in the server. The ES module's functions are called directly. The two
// builds differ only where Node has a faster way: warnings (which the engine turns off) and
// `!!binary` scalars (decoded with atob instead of Buffer, to the same bytes).
const yamlEsModule = {
  name: 'yaml-es-module',
  setup(builder) {
    builder.onResolve({ filter: /^yaml$/ }, () => ({ path: path.resolve('node_modules/yaml/browser/dist/index.js') }));
  },
};
/**
 * A plugin that passes each finished output file through `transform`, which rewrites it with
 * replaceOnLines (one or more steps); the source map beside the file follows the columns moved.
 */
function rewriteOutput(name, transform) {
  return {
    name,
    setup(builder) {
      builder.onEnd((result) => {
        if (result.errors.length > 0) return;
        const file = builder.initialOptions.outfile;
        const text = readFileSync(file, 'utf8');
        const changed = transform(text, file);
        if (changed.text === text) return;
        writeFileSync(file, changed.text);
        const mapFile = `${file}.map`;
        if (!existsSync(mapFile)) return;
        const map = JSON.parse(readFileSync(mapFile, 'utf8'));
        // Each rewrite's columns are those of the text the one before it left.
        for (const shifts of changed.steps) map.mappings = shiftMappings(map.mappings, shifts);
        writeFileSync(mapFile, JSON.stringify(map));
      });
    },
  };
}
// V8 stores a script's source as one byte per character only when every character fits in
// Latin-1, and Node 20 reads a file as UTF-8 several times faster when it is all ASCII (the 2.3 MB
// CLI bundle: 43 ms with three "µ" and "»" in it, 17 ms without). A single such character in a
// regular expression or a comment (which esbuild leaves as they are) would cost both on every
// start. Escaping them keeps the meaning: `\uXXXX` is the same character in strings, regular
// expressions and identifiers, and only text in comments.
const asciiOutput = rewriteOutput('ascii-output', (text) => {
  const { text: ascii, shifts } = replaceOnLines(
    text,
    /[^\x00-\x7f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return { text: ascii, steps: [shifts] };
});
// esbuild gives each file that imports a CommonJS package (yaml, vscode-languageserver,
// dockerfile-ast) its own copy of the package's exports, one getter per name, and each `require`
// of a bundled ES module (vscode-languageserver-types, from the protocol's code) its own copy of
// that module's: 110 copies in the server's bundle, 1.5 MB allocated at start-up. All copies of a
// module are alike (a package is fully loaded before its first copy is made, an ES module's names
// are fixed before it runs), so the bundles make one per module and hand it to every importer,
// or the module itself where a copy would read the same.
const COPY_HELPERS = [
  {
    name: '__toESM',
    // As esbuild prints it, spaced or minified.
    opening: /var __toESM\s*=\s*\(mod,\s*isNodeMode,\s*target\)\s*=>\s*\(/g,
    shared: [
      'var __toESMSeen = [/* @__PURE__ */ new WeakMap(), /* @__PURE__ */ new WeakMap()];',
      'var __toESM = (mod, isNodeMode) => {',
      '  if (mod === null || typeof mod !== "object" && typeof mod !== "function") return __toESMFresh(mod, isNodeMode);',
      // A module compiled from ES modules (vscode-languageserver: 320 names) reads the same through
      // itself as through a copy, `default` included.
      '  if (!isNodeMode && mod.__esModule) return mod;',
      '  const seen = __toESMSeen[isNodeMode ? 1 : 0];',
      '  let namespace = seen.get(mod);',
      '  if (namespace === void 0) seen.set(mod, namespace = __toESMFresh(mod, isNodeMode));',
      '  return namespace;',
      '};',
      'var __toESMFresh = (mod, isNodeMode, target) => (',
    ],
  },
  {
    name: '__toCommonJS',
    opening: /var __toCommonJS\s*=\s*(?:\(mod\)|mod)\s*=>\s*/g,
    shared: [
      'var __toCommonJSSeen = /* @__PURE__ */ new WeakMap();',
      'var __toCommonJS = (mod) => {',
      '  let view = __toCommonJSSeen.get(mod);',
      '  if (view === void 0) __toCommonJSSeen.set(mod, view = __toCommonJSFresh(mod));',
      '  return view;',
      '};',
      'var __toCommonJSFresh = (mod) => ',
    ],
  },
];
const sharedNamespaces = rewriteOutput('shared-namespaces', (text, file) => {
  const steps = [];
  for (const { name, opening, shared } of COPY_HELPERS) {
    const uses = text.match(opening)?.length ?? 0;
    if (uses === 0 && !text.includes(`${name}(`)) continue;
    if (uses !== 1) throw new Error(`${file}: esbuild's helper ${name} has changed; update shared-namespaces`);
    // On the helper's own line, so that the lines of the source map still hold.
    const rewritten = replaceOnLines(text, opening, () => shared.join(' '));
    text = rewritten.text;
    steps.push(rewritten.shifts);
  }
  return { text, steps };
});
const bundles = [
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server-bundle.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-bundle.js' },
].map((o) => ({
  ...common,
  ...o,
  // V8 keeps a script's source as long as the script runs (to compile its functions when first
  // called): without whitespace and comments, 0.7 MB less of it. Names stay for stack traces.
  minifyWhitespace: true,
  plugins: [lazyKubernetesFiles, yamlEsModule, lazyNodeBuiltins, sharedNamespaces, asciiOutput],
}));
const bundleResolvePlugins = [lazyKubernetesFiles, yamlEsModule, lazyNodeBuiltins];
const bundleOutputPlugins = [sharedNamespaces, asciiOutput];
// What `cntutor` and `cntutor-language-server` run: each loads its bundle through the code cache.
const launchers = [
  { entryPoints: ['server/src/launch/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/launch/cli.ts'], outfile: 'dist/cli.js' },
].map((o) => ({ ...common, ...o, plugins: [sharedNamespaces, asciiOutput], banner: { js: '#!/usr/bin/env node' } }));
const client = {
  ...common,
  entryPoints: ['client/src/extension.ts'],
  outfile: 'dist/client.js',
  external: ['vscode'],
  plugins: [lazyKubernetesFiles, yamlEsModule, sharedNamespaces, asciiOutput],
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

const composeValidator = {
  ...common,
  entryPoints: ['out/generated/compose-validator.js'],
  outfile: 'dist/compose/validator.js',
  sourcemap: false,
  minify: true,
  plugins: [asciiOutput],
};

const browser = browserBuilds(common, [yamlEsModule, sharedNamespaces, asciiOutput]);

const rest = [...launchers, client, ...kubernetesValidators, composeValidator, ...browser];
if (watch) {
  // Rebuilt on each change as one file each, without side bundles (the rules load from the bundle).
  for (const options of [...bundles, ...rest]) await (await context(options)).watch();
} else {
  await Promise.all([
    ...bundles.map((options) => buildWithSideBundles(options, bundleResolvePlugins, bundleOutputPlugins)),
    ...rest.map((options) => build(options)),
  ]);
  for (const { outfile } of launchers) chmodSync(outfile, 0o755);
}

mkdirSync('dist/kubernetes', { recursive: true });
copyFileSync('schemas/kubernetes/definitions.json', 'dist/kubernetes/definitions.json');
copyFileSync('schemas/kubernetes/kinds.json', 'dist/kubernetes/kinds.json');
mkdirSync('dist/compose', { recursive: true });
copyFileSync('schemas/compose/compose-spec.schema.json', 'dist/compose/compose-spec.schema.json');

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
