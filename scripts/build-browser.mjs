// The browser builds: the language server as a web worker and the extension's web entry point
// (package.json `browser`), for editors that run in a browser. Nothing in them may need Node.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const fromRoot = (file) => path.join(root, file);

// Modules that reach Node, each with the browser's copy: same names, no Node.
const TWINS = new Map(
  [
    ['server/src/generated-modules.ts', 'server/src/browser/generated-modules.ts'],
    ['server/src/concepts/package-files.ts', 'server/src/browser/package-files.ts'],
    ['server/src/v8-flags.ts', 'server/src/browser/v8-flags.ts'],
  ].map(([node, browser]) => [fromRoot(node), fromRoot(browser)]),
);
// The Node built-ins the server's modules import, and what stands for each in a worker.
const BUILTINS = new Map([
  ['fs', fromRoot('server/src/browser/node/fs.ts')],
  ['url', fromRoot('server/src/browser/node/url.ts')],
  ['crypto', fromRoot('server/src/browser/node/crypto.ts')],
  // The POSIX half of node:path, as the library webpack points browser builds at.
  ['path', fromRoot('node_modules/path-browserify/index.js')],
]);
const NODE_BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})$`);

/** Swaps the twins and the built-ins, and fails the build on any other import of a Node built-in. */
export const browserPlatform = {
  name: 'browser-platform',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path);
      for (const candidate of [resolved, `${resolved}.ts`]) {
        const twin = TWINS.get(candidate);
        if (twin) return { path: twin };
      }
      return undefined;
    });
    builder.onResolve({ filter: NODE_BUILTIN }, (args) => {
      const name = args.path.replace(/^node:/, '');
      const stand = BUILTINS.get(name);
      if (stand) return { path: stand };
      return {
        errors: [
          {
            text: `the browser build cannot use the Node built-in "${args.path}" (imported by ${path.relative(root, args.importer)})`,
          },
        ],
      };
    });
    builder.onResolve({ filter: /^vscode-languageserver\/node$|^vscode-languageclient\/node$/ }, (args) => ({
      errors: [
        { text: `the browser build cannot use "${args.path}" (imported by ${path.relative(root, args.importer)})` },
      ],
    }));
    // dockerfile-ast looks for a byte-order mark through Node's Buffer; TextEncoder gives the same
    // bytes in a worker.
    builder.onLoad({ filter: /dockerfile-ast[\\/]lib[\\/]util\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const nodeOnly = 'Uint8Array.from(Buffer.from(char, "UTF-8"))';
      if (!text.includes(nodeOnly)) throw new Error(`${args.path} has changed: update the browser build's patch`);
      return { contents: text.replace(nodeOnly, 'new TextEncoder().encode(char)'), loader: 'js' };
    });
    // The store reads the definitions by offsets in the file's own text (schema/store.ts).
    builder.onLoad({ filter: /schemas[\\/]kubernetes[\\/]definitions\.json$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** The scripts loaded beside the worker on first use, by name (browser/generated-modules.ts). */
export const CHUNKS = JSON.parse(readFileSync(fromRoot('server/src/browser/chunks.json'), 'utf8'));

/** The build options of the browser bundles, given the options every bundle shares. */
export function browserBuilds(common, plugins) {
  const browser = {
    ...common,
    platform: 'browser',
    target: 'es2022',
    // VS Code's web extension host loads an extension as a CommonJS module; a worker script runs as it is.
    format: 'iife',
    plugins: [browserPlatform, ...plugins],
  };
  // Each chunk puts its module where the worker looks for it.
  const chunks = Object.entries(CHUNKS).map(([name, file]) => ({
    ...browser,
    stdin: {
      contents: `(self.cntutorChunks ??= {})[${JSON.stringify(name)}] = require(${JSON.stringify(fromRoot(file))});`,
      resolveDir: root,
      sourcefile: `${name}.js`,
    },
    outfile: `dist/browser/${name}.js`,
    sourcemap: false,
    minify: true,
  }));
  return [
    ...chunks,
    {
      ...browser,
      entryPoints: ['server/src/browser/main.ts'],
      outfile: 'dist/browser/server.js',
      minifyWhitespace: true,
    },
    {
      ...browser,
      entryPoints: ['client/src/browser.ts'],
      outfile: 'dist/browser/client.js',
      format: 'cjs',
      external: ['vscode'],
    },
  ];
}
