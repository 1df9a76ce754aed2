// Optimises a function that calls another and prints V8's inlining trace (run with
// --allow-natives-syntax --trace-turbo-inlining); `lean` applies the project's compiler flags first.
import { useLeanCompiler } from '../../server/src/compiler-flags';

if (process.argv[2] === 'lean') useLeanCompiler();

const doubled = (x: number): number => x * 2 + 1;
// Natives syntax is not TypeScript: the optimisation is asked for in a function made from text.
const optimise = new Function(
  'doubled',
  `function summed(x) { let s = 0; for (let i = 0; i < 100; i++) s += doubled(x + i); return s; }
   %PrepareFunctionForOptimization(summed);
   summed(1);
   summed(2);
   %OptimizeFunctionOnNextCall(summed);
   return summed(3);`,
) as (callee: typeof doubled) => number;
// V8 prints its trace through C's buffered stdout: the result goes to stderr, apart from it.
process.stderr.write(`result ${optimise(doubled)}\n`);
