import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findConfigFile, loadConfigFile } from '../config/file';
import { fixAll, lint, mergeConfig, type Config } from '../engine';
import { ALL_RULES } from '../rules';
import { SEVERITIES, SEVERITY_RANK, type Severity } from '../engine/types';
import { VERSION } from '../version';
import { parseLocale } from './concept-command';
import { collectFiles, UsageError } from './files';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import type { ParsedArgs } from './main';
import type { FileReport } from './report';
import { Progress } from './progress';
import { buildFileWorkspace } from '../schema/file-workspace';
import type { WorkspaceIndex } from '../engine/workspace';

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function runLint(args: ParsedArgs): Promise<number> {
  const format = (args.values.format ?? 'text') as string;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  const failOn = args.values['fail-on'];
  if (failOn !== undefined && !SEVERITIES.includes(failOn as Severity)) {
    throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, not "${String(failOn)}"`);
  }
  const project = readConfig(args.values.config as string | undefined);
  const config = mergeConfig(project?.config, {
    ...(failOn ? { failOn: failOn as Severity } : {}),
    ...(args.values.locale !== undefined ? { locale: parseLocale(args.values.locale) } : {}),
  });
  const files = collectFiles(args.positionals.length > 0 ? args.positionals : ['.']);
  const texts = readWithinBudget(files);
  // CRDs and kustomizations around the linted files, so custom resources and patches are judged right.
  const workspace = buildFileWorkspace({
    files,
    texts,
    crdPaths: config.customResourceDefinitions,
    baseDir: project ? path.dirname(project.file) : process.cwd(),
  });
  for (const problem of workspace.problems()) process.stderr.write(`cntutor: ${problem.uri}: ${problem.message}\n`);
  const progress = new Progress(files.length, format === 'text' ? process.stderr : undefined);
  const reports: FileReport[] = [];
  for (const file of files) {
    progress.tick(file);
    const key = path.resolve(file);
    const text = texts.get(key);
    texts.delete(key);
    const content = text === undefined ? readText(file) : { text };
    reports.push(lintFile(file, content, config, args.values.fix === true, workspace));
    // Yield now and then so a progress line can repaint on long runs.
    if (reports.length % 200 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  progress.done();
  const output =
    format === 'json'
      ? formatJson(reports)
      : format === 'sarif'
        ? formatSarif(reports, ALL_RULES, VERSION)
        : formatText(reports, process.stdout.isTTY === true && args.values['no-color'] !== true);
  process.stdout.write(output);
  if (reports.some((report) => report.error)) return 2;
  const threshold = SEVERITY_RANK[config.failOn];
  return reports.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0;
}

function readConfig(explicit: string | undefined): { config: Partial<Config>; file: string } | undefined {
  const file = explicit ?? findConfigFile(process.cwd());
  if (!file) return undefined;
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
  return { config: loaded.config, file };
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

function lintFile(
  file: string,
  content: { text: string } | { error: string },
  config: Config,
  fix: boolean,
  workspace: WorkspaceIndex,
): FileReport {
  if ('error' in content) return { file, findings: [], error: content.error };
  const text = content.text;
  const uri = path.resolve(file);
  const run = (t: string) => lint(t, uri, config, { workspace }).findings;
  if (!fix) return { file, findings: run(text) };
  const before = run(text);
  const fixed = fixAll(text, run);
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
  const after = run(fixed.text);
  return {
    file,
    findings: after,
    fixed: Math.max(0, before.filter((f) => f.fix).length - after.filter((f) => f.fix).length),
  };
}
