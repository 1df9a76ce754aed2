/**
 * Side bundles: the parts of a Node bundle that most runs never call (the rules of YAML files,
 * Ajv), built as files of their own beside it by scripts/side-bundles.mjs and loaded here, through
 * the code cache, the first time the main bundle asks for one. Each start reads and holds the
 * main bundle's whole source, so a Dockerfile's run no longer reads 1.2 MB of code it never calls.
 *
 * A side bundle holds only the modules nothing in the main bundle reaches. Every module it shares
 * with the main bundle (the engine, yaml, the rule definitions' helpers) it takes from the main
 * bundle through a table the build writes beside each place that loads a side bundle, so there is
 * one instance of each module, as in one bundle: the same caches, classes and symbols.
 */
import * as path from 'node:path';
import { requireWithCodeCache } from './code-cache';

/** What a side bundle calls for each module it shares with the main bundle. */
const SHARED_MODULES = Symbol.for('cntutor.sideBundleModules');

type ModuleLoader = () => unknown;

const sharedModules = new Map<string, ModuleLoader>();

function sharedModule(key: string): unknown {
  const load = sharedModules.get(key);
  if (load === undefined) throw new Error(`a side bundle asked for ${key}, which its main bundle does not share`);
  return load();
}

/**
 * The exports of the side bundle `file` (beside the main bundle); `shared` gives each module it
 * takes from the main bundle, by its path in the repository. Called by the side bundle's one loader
 * module, which the bundle runs once, as it runs every module.
 */
export function loadSideBundle(file: string, shared: Readonly<Record<string, ModuleLoader>>): unknown {
  for (const [key, load] of Object.entries(shared)) sharedModules.set(key, load);
  (globalThis as Record<symbol, unknown>)[SHARED_MODULES] = sharedModule;
  return requireWithCodeCache(path.join(__dirname, file), { grows: true });
}
