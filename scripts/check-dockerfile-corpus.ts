/**
 * Dockerfile syntax checking against a corpus of real Dockerfiles that all build (by default
 * ../shared/corpus/docker), outside the test command because a fresh clone has no corpus: none may
 * get a `dockerfile-syntax` finding. It also times the rule on one-line edits of the benchmark's
 * Dockerfile, in process, so a change to the schema or the scanner shows its cost.
 *
 *   node --require ./test/register-text.cjs --import tsx scripts/check-dockerfile-corpus.ts [corpus-folder]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG, lint } from '../server/src/engine';
import { allRules } from '../server/src/rules';

const SYNTAX = allRules().filter((r) => r.id === 'dockerfile-syntax');
const EDIT_TARGET = 'php/8.2__bookworm__apache__Dockerfile';

function dockerfiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) dockerfiles(full, out);
    else if (/Dockerfile(\.[\w-]+)?$/.test(name)) out.push(full);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Each edit adds an instruction before the first one in the second half of the file (never inside
 * a continued RUN), so no text repeats and every lint starts from a new parse.
 */
function timeEdits(text: string, rules?: typeof SYNTAX): number {
  const middle = /\n(?=[A-Z]+ )/g;
  middle.lastIndex = Math.floor(text.length / 2);
  const at = (middle.exec(text)?.index ?? text.length - 1) + 1;
  const edited = (i: number) => `${text.slice(0, at)}ENV EDIT_${i}=${i}\n${text.slice(at)}`;
  const run = (t: string) => lint(t, 'file:///bench/Dockerfile', DEFAULT_CONFIG, rules ? { rules } : {});
  for (let i = 0; i < 30; i++) run(edited(i));
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = edited(1000 + i);
    const start = performance.now();
    run(t);
    times.push(performance.now() - start);
  }
  return median(times);
}

function main(): void {
  const corpus = path.resolve(process.argv[2] ?? path.join(__dirname, '../../shared/corpus/docker'));
  if (!existsSync(corpus)) {
    console.error(`no corpus at ${corpus}`);
    process.exit(2);
  }
  const files = dockerfiles(corpus);
  const unexpected: string[] = [];
  for (const file of files) {
    const result = lint(readFileSync(file, 'utf8'), 'file:///corpus/Dockerfile', DEFAULT_CONFIG, { rules: SYNTAX });
    for (const problem of result.internalErrors) unexpected.push(`${path.relative(corpus, file)}: ${problem}`);
    for (const f of result.findings)
      unexpected.push(
        `${path.relative(corpus, file)}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.message}`,
      );
  }
  console.log(`${files.length} Dockerfiles, ${unexpected.length} dockerfile-syntax findings`);
  const target = path.join(corpus, EDIT_TARGET);
  if (existsSync(target)) {
    const text = readFileSync(target, 'utf8');
    console.log(
      `${EDIT_TARGET} (${text.split('\n').length} lines), one-line edit, median of 200: ` +
        `dockerfile-syntax ${timeEdits(text, SYNTAX).toFixed(2)} ms, all rules ${timeEdits(text).toFixed(2)} ms`,
    );
  }
  if (unexpected.length > 0) {
    console.error(`\n${unexpected.join('\n')}`);
    process.exit(1);
  }
}

main();
