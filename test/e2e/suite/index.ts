/**
 * Entry point the editor's test runner loads (`extensionTestsPath`): runs the mocha suite inside the
 * extension host and writes a readable report to CNTUTOR_E2E_RESULTS (default test-results/e2e/results.txt).
 * Works the same under @vscode/test-electron and under the VS Code server.
 */
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

const resultsFile = process.env.CNTUTOR_E2E_RESULTS ?? path.resolve(__dirname, '../../../test-results/e2e/results.txt');

const { EVENT_SUITE_BEGIN, EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } =
  Mocha.Runner.constants;

/** A spec-like reporter that appends every line to the results file as it happens, so a hang still leaves a trace. */
class FileReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, '');
    const write = (line: string): void => {
      fs.appendFileSync(resultsFile, `${line}\n`);
      console.log(line);
    };
    const failures: { title: string; err: Error }[] = [];
    runner.on(EVENT_SUITE_BEGIN, (suite: Mocha.Suite) => suite.title && write(`\n  ${suite.fullTitle()}`));
    runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => write(`    ✔ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => write(`    - ${test.title} (skipped)`));
    runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, err: Error) => {
      failures.push({ title: test.fullTitle(), err });
      write(`    ✖ ${failures.length}) ${test.title}`);
    });
    runner.once(EVENT_RUN_END, () => {
      const s = this.stats;
      write(`\n  ${s.passes} passing (${s.duration ?? 0} ms)`);
      if (s.pending) write(`  ${s.pending} pending`);
      if (s.failures) write(`  ${s.failures} failing`);
      failures.forEach(({ title, err }, i) =>
        write(`\n  ${i + 1}) ${title}\n     ${(err.stack ?? String(err)).replace(/\n/g, '\n     ')}`),
      );
    });
  }
}

/**
 * Fewer tests than this means a suite file was not found or not loaded: the run fails rather than
 * pass on what little ran. Raise it when tests are added.
 */
const MIN_TESTS = 21;

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: FileReporter });
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      const expected = mocha.suite.total() - (runner.stats?.pending ?? 0);
      let problem: string | undefined;
      if (failures) problem = `${failures} end-to-end test(s) failed`;
      else if (passes < Math.max(MIN_TESTS, expected))
        problem = `only ${passes} end-to-end tests passed of ${expected} to run; at least ${MIN_TESTS} must pass`;
      if (!problem) return resolve();
      fs.appendFileSync(resultsFile, `\n${problem}\n`);
      reject(new Error(problem));
    });
  });
}
