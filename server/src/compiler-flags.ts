/**
 * TurboFan, V8's optimising compiler, inlines the functions a hot function calls into its code.
 * Our processes are short (a `cntutor lint` run) or run short bursts (a language server's lint
 * after a keystroke), and the inlining did not pay for itself in either: with it off, measured
 * beside it on the same code cache, the CLI linted the 198 corpus Dockerfiles in 1.41 s instead
 * of 1.74 s and 82 MB instead of 89, the joined manifests and a 50,000-line file as fast or
 * faster with less CPU, and a Dockerfile's edit session in the language server peaked 2.6 MB
 * lower at the same edit latency. The optimisations that need no inlining still run. Compiling a
 * hot function with its callees inlined took up to 60 ms on a background thread
 * (dockerfile-ast's argument parsing), in memory the process then kept.
 *
 * Set once at start, before the bundle is compiled: V8 stamps a code cache with a hash of its
 * flags, so a cache made with the flag is read with it. CNTUTOR_TURBO_INLINING=on keeps V8's
 * default.
 */
import { setV8Flag } from './v8-flags';

export function useLeanCompiler(): void {
  if (process.env.CNTUTOR_TURBO_INLINING === 'on') return;
  setV8Flag('--no-turbo-inlining');
}
