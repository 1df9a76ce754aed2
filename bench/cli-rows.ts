// The command-line rows of `npm run bench`: `cntutor lint` over the corpus, 50,000 varied objects on
// one core and on all, the joined and the large manifest, and the Dockerfiles beside dockerfile-utils.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { cliBundle, dockerfileUtilsLint, oursLint, ruleTiming, type RuleTime } from './cli-bench';
import type { Inputs, TextInput } from './inputs';
import { largeManifest, largeManifestCliRows } from './large-manifest';
import { hostParallelRows, jobsScalingRow } from './parallel-rows';
import { limitTarget, ratioTarget, row, type Row } from './report';
import { variedObjects } from './varied-objects';

export interface CliBenchOptions {
  repoRoot: string;
  inputs: Inputs;
  runs: number;
  workDir: string;
  log: (message: string) => void;
}

export interface CliBenchResult {
  rows: Row[];
  notes: string[];
  ruleTimes?: RuleTime[];
}

export function describe(input: TextInput): string {
  return `${input.lines.toLocaleString('en-US')} lines`;
}

export async function cliRowsOf({ repoRoot, inputs, runs, workDir, log }: CliBenchOptions): Promise<CliBenchResult> {
  const cliRows: Row[] = [];
  const notes: string[] = [];
  let ruleTimes: RuleTime[] | undefined;
  const j = inputs.joinedManifests;
  const d = inputs.editDockerfile;
  const cli = cliBundle(repoRoot);
  const dockerDir = join(inputs.cliRoot, 'docker');
  const { manifests, dockerfiles } = inputs.cliFiles;
  if (cli === undefined) notes.push('dist/cli.js was missing: `cntutor lint` was not measured');
  log('cli: cntutor lint over the corpus');
  const whole = cli === undefined ? undefined : oursLint(cli, [inputs.cliRoot, '--jobs', '1'], runs);
  const cores = cpus().length;
  log(`cli: cntutor lint over the corpus, --jobs ${cores}`);
  const spread =
    cli === undefined || cores < 2 ? undefined : oursLint(cli, [inputs.cliRoot, '--jobs', String(cores)], runs);
  // Objects per second on one core, the throughput kubeconform publishes (50,714 resources in
  // 6.7 s on 4 cores: about 1,900 per second per core, with schema validation only), on 50,000
  // objects made from the joined manifests with names and labels varied per copy.
  const varied = variedObjects(j.text, 50_000);
  const variedDir = join(workDir, 'varied-objects');
  mkdirSync(variedDir, { recursive: true });
  for (const file of varied.files) {
    mkdirSync(dirname(join(variedDir, file.name)), { recursive: true });
    writeFileSync(join(variedDir, file.name), file.text);
  }
  log(`cli: ${varied.objects} objects on one core`);
  const variedRuns = Math.min(runs, 3);
  const oneCore =
    cli === undefined ? undefined : oursLint(cli, [variedDir, '--jobs', '1'], variedRuns, varied.files.length);
  const perSecond = oneCore ? varied.objects / (median(oneCore.ms) / 1000) : undefined;
  cliRows.push({
    ...row(
      '`lint --jobs 1`, objects per core',
      `${varied.objects.toLocaleString('en')} objects in ${varied.files.length} files, from the joined manifests`,
      'ms',
      oneCore?.ms,
      '',
      undefined,
    ),
    target: {
      text: `≥ 4,000 objects/s (≤ ${Math.round((varied.objects / 4000) * 1000)} ms); measured ${perSecond === undefined ? '—' : Math.round(perSecond).toLocaleString('en')}/s, kubeconform ≈1,900/s per core`,
      met: perSecond === undefined ? undefined : perSecond >= 4000,
    },
  });
  if (cli !== undefined && oneCore !== undefined && cores > 1) {
    log(`cli: ${varied.objects} objects, --jobs ${cores}`);
    const input = `${varied.objects.toLocaleString('en')} objects in ${varied.files.length} files`;
    cliRows.push(jobsScalingRow(cli, variedDir, varied.files.length, input, oneCore, cores, variedRuns));
    log('host: two processes at once');
    cliRows.push(...(await hostParallelRows(runs)));
  }
  const kinds = Object.entries(varied.kinds).sort((a, b) => b[1] - a[1]);
  notes.push(
    `Objects per core: ${varied.files.length} copies of the joined manifests, each copy's object names and label values suffixed so selectors and references match within a copy only; CustomResourceDefinitions kept once. ${kinds.length} kinds: ${kinds
      .slice(0, 8)
      .map(([kind, count]) => `${kind} ${count.toLocaleString('en')}`)
      .join(', ')}, …`,
  );
  const joinedFile = join(workDir, 'joined.yaml');
  writeFileSync(joinedFile, j.text);
  log('cli: the joined manifests alone');
  const joinedOne = cli === undefined ? undefined : oursLint(cli, [joinedFile], runs, 1);
  cliRows.push(
    limitTarget(
      row(
        '`lint`, the joined manifests (process start included)',
        `${describe(j)}, ${countObjects(j.text)} objects`,
        'ms',
        joinedOne?.ms,
        '',
        undefined,
      ),
      400,
      '< 400 ms',
    ),
  );
  if (cli !== undefined) {
    log('cli: time per rule');
    ruleTimes = ruleTiming(cli, [inputs.cliRoot]);
  }
  log('cli: cntutor lint over the Dockerfiles');
  const oursDocker = cli === undefined ? undefined : oursLint(cli, [dockerDir], runs, dockerfiles.length);
  log(`cli: dockerfile-utils lint, ${dockerfiles.length} files`);
  const peerDocker = dockerfileUtilsLint(dockerfiles, runs);
  const single = inputs.editDockerfile.path;
  const large = largeManifest(inputs.corpusDir);
  if (cli !== undefined && large !== undefined) {
    log('cli: the large manifest alone');
    cliRows.push(...largeManifestCliRows(cli, large, runs));
  }
  log('cli: one Dockerfile each');
  const oursOne = cli === undefined || single === undefined ? undefined : oursLint(cli, [single], runs, 1);
  const peerOne = single === undefined ? undefined : dockerfileUtilsLint([single], runs);
  cliRows.push({
    ...row(
      '`lint --format json --jobs 1`, whole corpus',
      `${manifests} manifests + ${dockerfiles.length} Dockerfiles`,
      'ms',
      whole?.ms,
      '',
      undefined,
    ),
    target: undefined,
  });
  if (spread) {
    // Started by hand on a run this small, workers cost more than they spread (see the 50,000 objects).
    cliRows.push({
      ...row(
        `\`lint --format json --jobs ${cores}\`, whole corpus`,
        `${manifests} manifests + ${dockerfiles.length} Dockerfiles`,
        'ms',
        spread.ms,
        'the same with --jobs 1',
        whole?.ms,
      ),
      target: undefined,
    });
  }
  cliRows.push(
    limitTarget(
      row(
        '`lint`, Dockerfiles only',
        `${dockerfiles.length} Dockerfiles`,
        'ms',
        oursDocker?.ms,
        'dockerfile-utils lint --json, one process per file',
        peerDocker.ms,
      ),
      500,
      '< 500 ms',
    ),
  );
  if (oursOne !== undefined || peerOne !== undefined) {
    cliRows.push(
      ratioTarget(
        row(
          '`lint`, one Dockerfile (process start included)',
          `${describe(d)}`,
          'ms',
          oursOne?.ms,
          'dockerfile-utils lint --json',
          peerOne?.ms,
        ),
        1,
        '≥ 1x',
      ),
    );
  }
  return { rows: cliRows, notes, ...(ruleTimes ? { ruleTimes } : {}) };
}

/** Documents with a kind: what kubeconform counts as resources. */
function countObjects(text: string): number {
  return (text.match(/^kind:/gm) ?? []).length;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
