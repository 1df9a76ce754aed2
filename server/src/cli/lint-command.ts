import { once } from 'node:events';
import path from 'node:path';
import { findProjectConfigFiles, layerConfigs, loadConfigFile } from '../config/file';
import { isHadolintConfig } from '../config/hadolint';
import { mergeConfig, type Config } from '../engine';
import { SEVERITIES } from '../engine/types';
import type { FailOn } from '../engine/config';
import { parseLocale } from './locale';
import { collectFiles, UsageError } from './files';
import { stdinTarget } from './stdin';
import { chartOption, templateReports } from './helm-map';
import { LintOutput } from './lint-output';
import { sizeOf } from '../file-size';
import { releaseStartHold } from '../young-generation';
import type { ParsedArgs } from './main';
import { Progress } from './progress';
import { indexFiles, indexSurroundings, readGithubRepositories } from '../schema/file-workspace';
import { DockerignoreMemory } from '../config/build-context';
import { measureRuleTimes, ruleTimes, sharedWorkTimes } from '../engine/rule-times';
import { collectAfterLargeParse } from './parse-garbage';
import { lintInWorkers, workerCount, type FixMode, type LintRounds } from './lint-workers';
import { ManifestWorkspace } from '../schema/workspace-index';
import { joinSnapshots, type WorkspaceSnapshot } from '../schema/workspace-snapshot';
import { fileKey } from '../schema/file-key';
import type { YamlDocumentCache } from '../engine/kubernetes/document-cache';
import { isOwnKey } from '../engine/own-keys';
import { chartsWithValues } from '../helm/helm-charts';
import { resolveHelmValues } from './helm-values';
import { indexChartsAround, indexHelmTemplates } from '../helm/template-objects';
import { KINDS, lintIndexed, readWithinBudget, type Indexed } from './lint-file';
import { judgedInWholeIndex, lintDockerfilesFirst, type EarlyReports } from './dockerfiles-first';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON: readonly FailOn[] = [...SEVERITIES, 'none'];

/**
 * Runs over this many bytes, or of more than one file, let V8 grow its young generation
 * (young-generation.ts). 50,000 objects in 28 MB took 30 s instead of 38 with it, at 850 MB peak
 * instead of 800. Each file's lint work dies with the file, and held at 1 MB the young generation
 * was scavenged every few hundred kilobytes, copying the current file's live parse each time: the
 * corpus's 198 Dockerfiles took 87 scavenges (106 ms) instead of 26 (62 ms), its 450 files 150
 * (235 ms) instead of 27 (142 ms), at 147 MB peak instead of 121. A single file keeps the hold:
 * its parse lives to the end of the run, so growing saves little and costs memory (the 2 MB
 * install manifest: 84 MB peak instead of 97).
 */
const LARGE_RUN_BYTES = 8 * 1024 * 1024;

export async function runLint(args: ParsedArgs): Promise<number> {
  const format = (args.values.format ?? 'text') as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  const failOn = args.values['fail-on'];
  if (failOn !== undefined && !FAIL_ON.includes(failOn as FailOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${String(failOn)}"`);
  }
  const kind = args.values.kind as string | undefined;
  if (kind !== undefined && !isOwnKey(KINDS, kind)) {
    throw new UsageError(`--kind must be dockerfile, kubernetes or compose, not "${kind}"`);
  }
  const jobs = parseJobs(args.values.jobs);
  if (args.values.explain === true && args.values['no-explain'] === true) {
    throw new UsageError('--explain and --no-explain contradict each other; give one');
  }
  const fixMode: FixMode = args.values['fix-unsafe'] === true ? 'all' : args.values.fix === true ? 'safe' : 'none';
  const project = readProjectConfig(args.values.config as string | undefined);
  const config = mergeConfig(project?.config, {
    ...(failOn ? { failOn: failOn as FailOn } : {}),
    ...(args.values.locale !== undefined ? { locale: parseLocale(args.values.locale) } : {}),
  });
  if (args.values.timing === true) measureRuleTimes();
  // `performance` loads node:perf_hooks on first use (~2 ms of a run): only a timed run asks.
  const started = args.values.timing === true ? performance.now() : 0;
  const piped = await stdinTarget(args.positionals, {
    name: args.values['stdin-filename'] as string | undefined,
    kind: kind === undefined ? undefined : KINDS[kind as keyof typeof KINDS],
    fixing: fixMode !== 'none',
  });
  const chart = chartOption(args.values.chart, piped !== undefined);
  const lookup = { ...(chart ? { chart } : {}), cwd: process.cwd() };
  const targets = piped ? [piped] : collectFiles(args.positionals.length > 0 ? args.positionals : ['.']);
  const files = targets.map((target) => target.file);
  const given = (args.values.values ?? []) as string[];
  config.helmValues = resolveHelmValues(
    config.helmValues,
    project ? path.dirname(project.file) : process.cwd(),
    given,
    files,
  );
  // Past one file or this much to lint, throughput outweighs the memory a held young generation saves.
  if (targets.length > 1 || targets.reduce((sum, target) => sum + sizeOf(target.file), 0) > LARGE_RUN_BYTES)
    releaseStartHold();
  // Timing is measured in this thread, so it runs alone.
  const workers = args.values.timing === true || piped ? 1 : workerCount(jobs, targets);
  const around = {
    files,
    crdPaths: config.customResourceDefinitions,
    baseDir: project ? path.dirname(project.file) : process.cwd(),
    ...(project?.links ? { configFile: project.links } : {}),
  };
  const progress = new Progress(files.length, format === 'text' ? process.stderr : undefined);
  const output = new LintOutput(
    format as (typeof FORMATS)[number],
    {
      color: process.stdout.isTTY === true && args.values['no-color'] !== true,
      locale: config.locale,
      explain: args.values['no-explain'] !== true,
      fixMode,
    },
    config.failOn,
    (text) => {
      // Lines written under a progress line on the same terminal would start where it ends.
      if (process.stdout.isTTY) progress.clear();
      return process.stdout.write(text);
    },
  );
  if (workers > 1) {
    // Each worker indexes its own files and lints its Dockerfiles; the configured CRDs, nearby
    // kustomizations, the configuration's image links and the linked Dockerfiles are read here.
    const joinIndexes = (indexes: WorkspaceSnapshot[]): WorkspaceSnapshot => {
      const workspace = ManifestWorkspace.fromSnapshot(joinSnapshots(indexes, files.map(fileKey)));
      readGithubRepositories(workspace);
      const charts = chartsWithValues(config.helmValues);
      indexHelmTemplates(workspace, charts, config);
      indexChartsAround(workspace, charts, files);
      indexSurroundings(workspace, around);
      reportProblems(workspace);
      return workspace.snapshot();
    };
    // JSON is written out in the workers: text and SARIF gather what they write across files.
    const render = format === 'json' ? ('json' as const) : undefined;
    await lintInWorkers(
      targets,
      { config, fixMode, kind, ...(render ? { render } : {}) },
      workers,
      joinIndexes,
      (report) => ('json' in report ? output.addRendered(report) : output.add(report)),
    );
  } else {
    const texts =
      piped?.text === undefined ? readWithinBudget(files) : new Map([[path.resolve(piped.file), piped.text]]);
    // CRDs and kustomizations around the linted files, so custom resources and patches are judged right;
    // the images of the Dockerfiles, linted first, and of the Dockerfiles links name.
    const parsed = new Map<string, YamlDocumentCache>();
    const indexed: Indexed = {
      texts,
      parsed,
      dockerignores: new DockerignoreMemory(),
      helmCharts: chartsWithValues(config.helmValues),
    };
    const workspace = new ManifestWorkspace();
    readGithubRepositories(workspace);
    indexHelmTemplates(workspace, indexed.helmCharts, config);
    indexFiles(workspace, { ...around, texts, parsed });
    indexChartsAround(workspace, indexed.helmCharts, files);
    const firsts = lintDockerfilesFirst(targets, { config, fixMode, kind }, workspace, indexed);
    indexSurroundings(workspace, around);
    const early = judgedInWholeIndex(firsts, targets, { config, fixMode, kind }, workspace, indexed);
    collectAfterLargeParse(texts, workspace.objectCount);
    reportProblems(workspace);
    let linted = 0;
    for (const [position, target] of targets.entries()) {
      progress.tick(target.file);
      const report = early.get(position) ?? lintIndexed(target, { config, fixMode, kind }, workspace, indexed);
      // Rendered Helm output: findings go to the templates they can be fixed in, where those are found.
      const rendered = target === piped && report.renderedFrom && target.text !== undefined;
      for (const one of rendered
        ? templateReports(report, target.text ?? '', report.renderedFrom ?? [], lookup)
        : [report])
        output.add(one);
      // Output a reader has not taken yet is held in memory: wait for it rather than pile it up.
      if (output.takeBacklog()) await once(process.stdout, 'drain');
      // Yield now and then so a progress line can repaint on long runs.
      else if (++linted % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    progress.done();
  }
  output.end();
  if (args.values.timing === true) process.stderr.write(timingTable(performance.now() - started));
  if (output.unreadable) return 2;
  if (output.nothingLinted) {
    process.stderr.write(
      'cntutor: nothing to lint: no file given is a Dockerfile, a Kubernetes manifest or a Compose file (see --kind)\n',
    );
    return 2;
  }
  return output.failed ? 1 : 0;
}

/** The project's settings, the file relative paths start from, and the file whose `images:` state links. */
export function readProjectConfig(
  explicit: string | undefined,
): { config: Partial<Config>; file: string; links: string | undefined } | undefined {
  const files = explicit ? [explicit] : findProjectConfigFiles(process.cwd());
  if (files.length === 0) return undefined;
  const layers = files.map(readConfigFile);
  const links = files.find((file) => !isHadolintConfig(file));
  return { config: layerConfigs(...layers), file: files[files.length - 1] as string, links };
}

function readConfigFile(file: string): Partial<Config> {
  let loaded;
  try {
    loaded = loadConfigFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `config file not found: ${file}`
        : `cannot read config file ${file}: ${code ?? String(error)}`,
    );
  }
  if (loaded.problems.length > 0) {
    const lines = loaded.problems.map(
      (p) =>
        `${path.relative(process.cwd(), file) || file}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`,
    );
    throw new UsageError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return loaded.config;
}

/**
 * The slowest rules and their share of the whole run (reading, parsing and output included), with
 * the work several rules share (the schema analysis) as rows of its own.
 */
function timingTable(totalMs: number): string {
  const rules = ruleTimes();
  const times = [...rules, ...sharedWorkTimes()].sort((a, b) => b[1] - a[1]);
  const inRules = times.reduce((sum, [, ms]) => sum + ms, 0);
  const shown = times.slice(0, TIMING_ROWS);
  const width = Math.max(4, ...shown.map(([id]) => id.length));
  const row = (name: string, ms: number): string =>
    `${name.padEnd(width)}  ${ms.toFixed(1).padStart(9)}  ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%\n`;
  return [
    `\n${'Rule'.padEnd(width)}  ${'Time (ms)'.padStart(9)}  ${'Share'.padStart(6)}\n`,
    ...shown.map(([id, ms]) => row(id, ms)),
    row(`all ${rules.length} rules`, inRules),
    row('whole run', totalMs),
  ].join('');
}

const TIMING_ROWS = 15;

/** `--jobs`, or undefined when not given. */
function parseJobs(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number from 1, not "${String(value)}"`);
  return jobs;
}

/** What a `--jobs` worker keeps between its rounds. */
interface WorkerState extends Indexed {
  /** Reports made before the whole index came (its Dockerfiles'), by the target's position in the job. */
  early: EarlyReports;
}

function reportProblems(workspace: ManifestWorkspace): void {
  for (const problem of workspace.problems()) process.stderr.write(`cntutor: ${problem.uri}: ${problem.message}\n`);
}

/** The two rounds of a `--jobs` worker: index its files, then lint them against the whole index. */
export const LINT_ROUNDS: LintRounds<WorkerState> = {
  index(job) {
    const files = job.targets.map((target) => target.file);
    const indexed: WorkerState = {
      texts: readWithinBudget(files),
      parsed: new Map(),
      dockerignores: new DockerignoreMemory(),
      helmCharts: chartsWithValues(job.config.helmValues),
      early: { reports: new Map(), runs: new Map() },
    };
    const workspace = new ManifestWorkspace();
    readGithubRepositories(workspace);
    indexHelmTemplates(workspace, indexed.helmCharts, job.config);
    indexFiles(workspace, { files, texts: indexed.texts, parsed: indexed.parsed });
    // The manifests' cross-file rules need every Dockerfile's image, which its lint gives: the
    // Dockerfiles are linted before the index is sent, not while the workers wait for each other.
    indexed.early = lintDockerfilesFirst(job.targets, job, workspace, indexed);
    return { index: workspace.snapshot(), state: indexed };
  },
  lint(job, snapshot, indexed, report) {
    const workspace = ManifestWorkspace.fromSnapshot(snapshot);
    const early = judgedInWholeIndex(indexed.early, job.targets, job, workspace, indexed);
    job.targets.forEach((target, position) =>
      report(early.get(position) ?? lintIndexed(target, job, workspace, indexed)),
    );
  },
};
