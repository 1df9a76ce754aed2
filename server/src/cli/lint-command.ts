import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findProjectConfigFiles, layerConfigs, loadConfigFile } from '../config/file';
import { fixAll, lint, mergeConfig, type Config } from '../engine';
import { SEVERITIES, type Finding } from '../engine/types';
import type { FailOn } from '../engine/config';
import { parseLocale } from './locale';
import { candidateKind, looksLikeDockerfile } from '../engine/detect';
import { collectFiles, UsageError } from './files';
import { renderedParts, stdinTarget } from './stdin';
import { LintOutput } from './lint-output';
import { sizeOf } from '../file-size';
import { releaseStartHold } from '../young-generation';
import type { ParsedArgs } from './main';
import { reportOrError, type FileReport } from './report';
import { Progress } from './progress';
import { buildFileWorkspace, indexFiles, indexSurroundings } from '../schema/file-workspace';
import { buildContextFor, DockerignoreMemory } from '../config/build-context';
import type { WorkspaceIndex } from '../engine/workspace';
import { measureRuleTimes, ruleTimes } from '../engine/rule-times';
import { collectAfterLargeParse } from './parse-garbage';
import { lintInWorkers, workerCount, type FixMode, type LintRounds } from './lint-workers';
import { fileKey, joinSnapshots, ManifestWorkspace, type WorkspaceSnapshot } from '../schema/workspace-index';
import type { FileToLint } from './files';
import type { YamlDocumentCache } from '../engine/kubernetes/document-cache';
import type { IndexedObject } from '../engine/kubernetes/facts';
import { isOwnKey, ownValue } from '../engine/own-keys';

const FORMATS = ['text', 'json', 'sarif'] as const;
const FAIL_ON: readonly FailOn[] = [...SEVERITIES, 'none'];

const KINDS = { dockerfile: 'dockerfile', kubernetes: 'yaml' } as const;

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
    throw new UsageError(`--kind must be dockerfile or kubernetes, not "${kind}"`);
  }
  const jobs = parseJobs(args.values.jobs);
  if (args.values.explain === true && args.values['no-explain'] === true) {
    throw new UsageError('--explain and --no-explain contradict each other; give one');
  }
  const fixMode: FixMode = args.values['fix-unsafe'] === true ? 'all' : args.values.fix === true ? 'safe' : 'none';
  const project = readConfig(args.values.config as string | undefined);
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
  const targets = piped ? [piped] : collectFiles(args.positionals.length > 0 ? args.positionals : ['.']);
  const files = targets.map((target) => target.file);
  // Past one file or this much to lint, throughput outweighs the memory a held young generation saves.
  if (targets.length > 1 || targets.reduce((sum, target) => sum + sizeOf(target.file), 0) > LARGE_RUN_BYTES)
    releaseStartHold();
  // Timing is measured in this thread, so it runs alone.
  const workers = args.values.timing === true || piped ? 1 : workerCount(jobs, targets);
  const around = {
    files,
    crdPaths: config.customResourceDefinitions,
    baseDir: project ? path.dirname(project.file) : process.cwd(),
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
    // Each worker indexes its own files; the configured CRDs and nearby kustomizations are read here.
    const joinIndexes = (indexes: WorkspaceSnapshot[]): WorkspaceSnapshot => {
      const workspace = ManifestWorkspace.fromSnapshot(joinSnapshots(indexes, files.map(fileKey)));
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
    // CRDs and kustomizations around the linted files, so custom resources and patches are judged right.
    const parsed = new Map<string, YamlDocumentCache>();
    const indexed: Indexed = { texts, parsed, dockerignores: new DockerignoreMemory() };
    const workspace = buildFileWorkspace({ ...around, texts, parsed });
    collectAfterLargeParse(texts, workspace.objectCount);
    reportProblems(workspace);
    let linted = 0;
    for (const target of targets) {
      progress.tick(target.file);
      output.add(lintIndexed(target, { config, fixMode, kind }, workspace, indexed));
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
      'cntutor: nothing to lint: no file given is a Dockerfile or a Kubernetes manifest (see --kind)\n',
    );
    return 2;
  }
  return output.failed ? 1 : 0;
}

function readConfig(explicit: string | undefined): { config: Partial<Config>; file: string } | undefined {
  const files = explicit ? [explicit] : findProjectConfigFiles(process.cwd());
  if (files.length === 0) return undefined;
  const layers = files.map(readConfigFile);
  return { config: layerConfigs(...layers), file: files[files.length - 1] as string };
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
 * Texts read once for both the workspace index and the lint. Past the budget the rest are read
 * again when linted, so a very large repository is never held in memory all at once.
 */
const TEXT_BUDGET_CHARS = 32 * 1024 * 1024;
function readWithinBudget(files: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  let total = 0;
  for (const file of files) {
    if (total >= TEXT_BUDGET_CHARS) break;
    const content = readText(file);
    if (!('text' in content)) continue;
    texts.set(path.resolve(file), content.text);
    total += content.text.length;
  }
  return texts;
}

function readText(file: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { error: `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

/** The editor language a file is linted as: forced, from its name, or from its content when its name says nothing. */
function languageOf(file: string, text: string, forced: string | undefined): string | undefined {
  if (forced) return forced;
  const byName = candidateKind(file);
  if (byName === 'dockerfile') return 'dockerfile';
  if (byName === 'yaml') return 'yaml';
  return looksLikeDockerfile(text) ? 'dockerfile' : undefined;
}

const NOT_RECOGNISED =
  'not recognised as a Dockerfile or a Kubernetes manifest by its name or content; pass --kind dockerfile|kubernetes to lint it';
const NOT_KUBERNETES = 'YAML without apiVersion and kind: not a Kubernetes manifest';
/** YAML files of the tools around manifests: each is read for what it configures, none is a manifest. */
const CONFIGURATION_FILES: Record<string, string> = {
  'kustomization.yaml': 'kustomize configuration (read for its patches and resources)',
  'kustomization.yml': 'kustomize configuration (read for its patches and resources)',
  '.cntutor.yaml': 'cntutor configuration',
  '.cntutor.yml': 'cntutor configuration',
  '.hadolint.yaml': 'hadolint configuration (read for the Dockerfiles)',
  '.hadolint.yml': 'hadolint configuration (read for the Dockerfiles)',
  'chart.yaml': 'Helm chart description',
  'values.yaml': 'Helm chart values',
};

/** Why a YAML file was not linted as a manifest, in the words that help most. */
function notAManifest(file: string, text: string): string {
  const configures = ownValue(CONFIGURATION_FILES, path.basename(file).toLowerCase());
  if (configures) return `${configures}, not a manifest`;
  if (text.includes('{{')) return 'a template ({{ … }}), not YAML yet: lint what `helm template` renders';
  return NOT_KUBERNETES;
}

function lintFile(
  file: string,
  content: { text: string } | { error: string },
  config: Config,
  fixMode: FixMode,
  workspace: WorkspaceIndex,
  forced: string | undefined,
  /** What the run keeps for it: parsed documents, `.dockerignore` files, and whether the index read this text. */
  kept: { yamlCache?: YamlDocumentCache; dockerignores?: DockerignoreMemory; textIndexed: boolean },
): FileReport {
  const { yamlCache, dockerignores } = kept;
  if ('error' in content) return { file, findings: [], error: content.error };
  const text = content.text;
  const languageId = languageOf(file, text, forced);
  if (!languageId) return { file, findings: [], skipped: NOT_RECOGNISED };
  const uri = path.resolve(file);
  const buildContext =
    languageId === 'dockerfile' ? buildContextFor(uri, dockerignores ? { memory: dockerignores } : {}) : undefined;
  const lintText = (t: string, indexedObjects?: readonly IndexedObject[]) =>
    lint(t, uri, config, {
      workspace,
      languageId,
      ...(buildContext ? { buildContext } : {}),
      ...(yamlCache && languageId === 'yaml' ? { yamlCache } : {}),
      ...(indexedObjects ? { indexedObjects } : {}),
    });
  // The index read this very text: its objects need not be made again (a fix's text is another).
  const first = lintText(text, kept.textIndexed ? workspace.objectsOfFile?.(uri) : undefined);
  if (first.kind === undefined) return { file, findings: [], skipped: notAManifest(file, text) };
  const before = first.findings;
  const applies = (f: Finding): boolean => !!f.fix && (fixMode === 'all' || f.fix.safety === 'safe');
  if (fixMode === 'none') return { file, findings: before };
  const fixed = fixAll(text, (t) => (t === text ? before : lintText(t).findings).filter(applies));
  if (fixed.text === text) return { file, findings: before };
  try {
    writeFileSync(file, fixed.text);
  } catch (error) {
    return {
      file,
      findings: before,
      error: `cannot write fixes (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
  const after = lintText(fixed.text).findings;
  return {
    file,
    findings: after,
    fixed: Math.max(0, before.filter(applies).length - after.filter(applies).length),
  };
}

/** The slowest rules and their share of the whole run (reading, parsing and output included). */
function timingTable(totalMs: number): string {
  const times = ruleTimes();
  const inRules = times.reduce((sum, [, ms]) => sum + ms, 0);
  const shown = times.slice(0, TIMING_ROWS);
  const width = Math.max(4, ...shown.map(([id]) => id.length));
  const row = (name: string, ms: number): string =>
    `${name.padEnd(width)}  ${ms.toFixed(1).padStart(9)}  ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%\n`;
  return [
    `\n${'Rule'.padEnd(width)}  ${'Time (ms)'.padStart(9)}  ${'Share'.padStart(6)}\n`,
    ...shown.map(([id, ms]) => row(id, ms)),
    row(`all ${times.length} rules`, inRules),
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

/** The language `--kind` imposes on a file named on the command line, or standard input's. */
function forcedLanguage(target: FileToLint, kind: string | undefined): string | undefined {
  return target.language ?? (kind && target.explicit ? KINDS[kind as keyof typeof KINDS] : undefined);
}

/** One file, read now unless its text was read already, linted (and fixed) as the options say. */
function lintTarget(
  target: FileToLint,
  text: string | undefined,
  options: { config: Config; fixMode: FixMode; kind: string | undefined },
  workspace: WorkspaceIndex,
  yamlCache?: YamlDocumentCache,
  dockerignores?: DockerignoreMemory,
): FileReport {
  const given = text ?? target.text;
  const content = given === undefined ? readText(target.file) : { text: given };
  const forced = forcedLanguage(target, options.kind);
  const report = reportOrError(target.file, () =>
    lintFile(target.file, content, options.config, options.fixMode, workspace, forced, {
      ...(yamlCache ? { yamlCache } : {}),
      ...(dockerignores ? { dockerignores } : {}),
      textIndexed: text !== undefined,
    }),
  );
  const parts = target.text !== undefined && forced === 'yaml' ? renderedParts(target.text) : [];
  return { ...report, explicit: target.explicit, ...(parts.length > 0 ? { renderedFrom: parts } : {}) };
}

interface Indexed {
  texts: Map<string, string>;
  parsed: Map<string, YamlDocumentCache>;
  /** The folders searched for a `.dockerignore` so far in this run. */
  dockerignores: DockerignoreMemory;
}

/** What a `--jobs` worker keeps between its rounds. */
interface WorkerState extends Indexed {
  /** Reports made before the whole index came, by the target's position in the job. */
  early: Map<number, FileReport>;
}

/** Lints a file the index has seen: its text and parsed documents are taken from there, then let go. */
function lintIndexed(
  target: FileToLint,
  options: { config: Config; fixMode: FixMode; kind: string | undefined },
  workspace: WorkspaceIndex,
  indexed: Indexed,
): FileReport {
  const key = path.resolve(target.file);
  const text = indexed.texts.get(key);
  const yamlCache = indexed.parsed.get(key);
  indexed.texts.delete(key);
  indexed.parsed.delete(key);
  return lintTarget(target, text, options, workspace, yamlCache, indexed.dockerignores);
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
      early: new Map(),
    };
    const workspace = new ManifestWorkspace();
    indexFiles(workspace, { files, texts: indexed.texts, parsed: indexed.parsed });
    return { index: workspace.snapshot(), state: indexed };
  },
  // A Dockerfile's findings read nothing of the workspace: linted while the workers wait for each
  // other's index, they no longer wait behind the slowest one's (a 2 MB manifest's parse).
  meanwhile(job, indexed) {
    const alone = new ManifestWorkspace();
    job.targets.forEach((target, position) => {
      const text = indexed.texts.get(path.resolve(target.file));
      if (text !== undefined && languageOf(target.file, text, forcedLanguage(target, job.kind)) === 'dockerfile')
        indexed.early.set(position, lintIndexed(target, job, alone, indexed));
    });
  },
  lint(job, snapshot, indexed, report) {
    const workspace = ManifestWorkspace.fromSnapshot(snapshot);
    job.targets.forEach((target, position) =>
      report(indexed.early.get(position) ?? lintIndexed(target, job, workspace, indexed)),
    );
  },
};
