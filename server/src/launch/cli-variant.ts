/**
 * Which code cache a `cntutor` start takes (see code-cache.ts), decided from its arguments before
 * the bundle loads. A cache holds the functions compiled before it was made, and reading one in
 * costs in proportion to its size: `cntutor lint Dockerfile` (as editors and pre-commit hooks run
 * it, one file at a time) took ~25 ms longer with a cache that also held the Kubernetes half, and
 * `cntutor --version` as the first run ever left every later lint compiling what it calls.
 */
import { candidateKind } from '../engine/detect';

/** The `lint` options that take a value (`--format json`), whose value is not a path. */
export const LINT_VALUE_OPTIONS = [
  'format',
  'config',
  'fail-on',
  'kind',
  'jobs',
  'locale',
  'stdin-filename',
  'chart',
  'values',
];

/** The argument a `--jobs` worker is started with to take its main thread's cache. */
export const WORKER_VARIANT_ARG = '--cntutor-cache-variant=';
const VARIANTS = ['dockerfile', 'kubernetes', 'lint', 'other'];

/**
 * `dockerfile` or `kubernetes` for a lint of files whose names all say that kind, `lint` for any
 * other lint (folders, mixed files, `--kind`), `other` for the other commands. A `--jobs` worker
 * takes the cache its main thread took, named in its arguments (it is told its job only once the
 * bundle has loaded).
 */
export function cliCacheVariant(args: readonly string[], worker: boolean): string {
  if (worker) {
    const named = args.find((arg) => arg.startsWith(WORKER_VARIANT_ARG))?.slice(WORKER_VARIANT_ARG.length);
    return named !== undefined && VARIANTS.includes(named) ? named : 'lint';
  }
  if (args[0] !== 'lint') return 'other';
  const paths: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--kind')) return 'lint';
    if (!arg.startsWith('-')) paths.push(arg);
    else if (LINT_VALUE_OPTIONS.includes(arg.slice(2))) i++;
  }
  const kinds = new Set(paths.map((file) => candidateKind(file)));
  if (paths.length === 0 || kinds.size !== 1) return 'lint';
  if (kinds.has('dockerfile')) return 'dockerfile';
  return kinds.has('yaml') ? 'kubernetes' : 'lint';
}
