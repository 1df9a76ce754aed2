// Side bundles: each Node bundle (the server's, the CLI's) without the modules most runs never call,
// which go to files of their own beside it (server/src/side-bundles.ts loads them). A start reads and
// keeps a bundle's whole source, whatever it calls: 1.2 MB of rules of YAML files and Ajv in each
// run over Dockerfiles cost it about 7 ms and as many megabytes of memory as of source.
//
// esbuild splits code only into ES modules, which Node 20 cannot take from a code cache, so the
// split is made here, in three builds per bundle:
//   1. the main bundle with each side module left out, to learn which modules it holds;
//   2. each side bundle, where every module the main bundle holds becomes a stub that takes the
//      main bundle's instance from a table (so there is one of each, as in one bundle);
//   3. the main bundle again, each side module replaced by a loader holding that table: a
//      `require` of each module the side bundle takes, called when the side bundle asks for it.
import { build } from 'esbuild';
import path from 'node:path';

/** The modules each side bundle starts from, and the name it is written under (`<bundle>-<name>.js`). */
export const SIDE_BUNDLES = [
  { module: 'server/src/rules/yaml-rule-sets.ts', name: 'yaml-rules' },
  { module: 'server/src/schema/ajv-classes.ts', name: 'ajv' },
];
const LOADER = 'server/src/side-bundles.ts';
const SHARED_MODULES = "globalThis[Symbol.for('cntutor.sideBundleModules')]";
const SIDE_NAMESPACE = 'cntutor-side-bundle';
const SHARED_NAMESPACE = 'cntutor-shared-module';
const HELD_PREFIX = 'cntutor-held:';

/** A path as esbuild's metafile names it: relative to the working directory, with forward slashes. */
function keyOf(file) {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

/** Where each side bundle of the main bundle `outfile` is written. */
export function sideBundleFile(outfile, side) {
  return path.join(path.dirname(outfile), `${path.basename(outfile, '.js').replace(/-bundle$/, '')}-${side.name}.js`);
}

/**
 * A plugin that resolves each import as the build would, then hands the result to `choose`, which
 * may put it elsewhere (its answer) or leave it where it is (undefined).
 */
function rerouting(name, choose) {
  return {
    name,
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.rerouting === name || args.kind === 'entry-point') return undefined;
        const resolved = await builder.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          namespace: args.namespace,
          resolveDir: args.resolveDir,
          pluginData: { rerouting: name },
        });
        if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') return undefined;
        return choose(keyOf(resolved.path), args) ?? { path: resolved.path, sideEffects: resolved.sideEffects };
      });
    },
  };
}

function sideOf(key) {
  return SIDE_BUNDLES.find((side) => side.module === key);
}

/**
 * Builds the Node bundle `options` (esbuild options with an outfile) and its side bundles.
 * `resolvePlugins` decide where imports go; `outputPlugins` rewrite the written files.
 */
export async function buildWithSideBundles(options, resolvePlugins, outputPlugins) {
  // 1. What the main bundle holds without its side bundles.
  const leftOut = rerouting('side-bundles-left-out', (key) =>
    sideOf(key) ? { path: key, external: true } : undefined,
  );
  const bare = await build({
    ...options,
    write: false,
    sourcemap: false,
    metafile: true,
    plugins: [leftOut, ...resolvePlugins],
  });
  const held = new Set(Object.keys(bare.metafile.inputs));

  // 2. Each side bundle, taking what the main bundle holds from it.
  const taken = new Map();
  await Promise.all(
    SIDE_BUNDLES.map(async (side) => {
      const shared = new Set();
      const fromMain = rerouting('side-bundles-from-main', (key, args) => {
        if (sideOf(key) && key !== side.module) {
          throw new Error(
            `${args.importer} imports ${key}, another side bundle's module: import it from the main bundle`,
          );
        }
        if (!held.has(key)) return undefined;
        shared.add(key);
        return { path: key, namespace: SHARED_NAMESPACE };
      });
      const stubs = {
        name: 'side-bundles-stubs',
        setup(builder) {
          builder.onLoad({ filter: /.*/, namespace: SHARED_NAMESPACE }, (args) => ({
            contents: `module.exports = ${SHARED_MODULES}(${JSON.stringify(args.path)});`,
            loader: 'js',
          }));
        },
      };
      await build({
        ...options,
        entryPoints: [side.module],
        outfile: sideBundleFile(options.outfile, side),
        plugins: [fromMain, stubs, ...resolvePlugins, ...outputPlugins],
      });
      taken.set(side.module, [...shared].sort());
    }),
  );

  // 3. The main bundle, each side module replaced by its loader.
  const loaders = rerouting('side-bundles-loaders', (key) =>
    sideOf(key) ? { path: key, namespace: SIDE_NAMESPACE } : undefined,
  );
  const loaderModules = {
    name: 'side-bundles-loader-modules',
    setup(builder) {
      // Each module of a table is named by the path the first build found it at (a plugin's path is
      // not always the real one: esbuild's own resolution would then make it a second module).
      builder.onResolve({ filter: new RegExp(`^${HELD_PREFIX}`) }, (args) => ({
        path: path.resolve(args.path.slice(HELD_PREFIX.length)),
      }));
      builder.onLoad({ filter: /.*/, namespace: SIDE_NAMESPACE }, (args) => {
        const side = sideOf(args.path);
        const table = taken
          .get(args.path)
          .map((key) => `  ${JSON.stringify(key)}: () => require(${JSON.stringify(HELD_PREFIX + key)}),`);
        return {
          contents: [
            `const { loadSideBundle } = require(${JSON.stringify(HELD_PREFIX + LOADER)});`,
            `module.exports = loadSideBundle(${JSON.stringify(path.basename(sideBundleFile(options.outfile, side)))}, {`,
            ...table,
            '});',
          ].join('\n'),
          loader: 'js',
          resolveDir: process.cwd(),
        };
      });
    },
  };
  const main = await build({
    ...options,
    metafile: true,
    plugins: [loaders, loaderModules, ...resolvePlugins, ...outputPlugins],
  });
  // The loaders may only point at modules the main bundle held anyway: anything more would be code
  // the split was meant to leave out.
  const added = Object.keys(main.metafile.inputs).filter(
    (key) => !held.has(key) && !key.startsWith(`${SIDE_NAMESPACE}:`),
  );
  const loaderKey = keyOf(path.resolve(LOADER));
  const unexpected = added.filter((key) => key !== loaderKey);
  if (unexpected.length > 0)
    throw new Error(`${options.outfile}: side bundle loaders brought in ${unexpected.join(', ')}`);
}
