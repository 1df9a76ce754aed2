/**
 * Linting one file for `cntutor lint`: reading it (within a budget shared with the workspace
 * index), telling what kind of file it is, linting and fixing it, and handing the workspace index
 * what the lint learnt of a Dockerfile's final image.
 */
import { diskPathReader } from '../files/disk-path-reader';
import type { FileSurroundings } from '../files/path-reader';
import { surroundingsOf, type KustomizationSurroundings } from '../kustomize/surroundings';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixAll, lint, type Config } from '../engine';
import type { LintOptions } from '../engine/lint';
import type { Finding } from '../engine/types';
import { candidateKind, isHelmTemplate, looksLikeDockerfile } from '../engine/detect';
import type { HelmCharts } from '../helm/helm-charts';
import type { ImageFacts } from '../engine/dockerfile/image-facts';
import type { WorkspaceIndex } from '../engine/workspace';
import type { YamlDocumentCache } from '../engine/kubernetes/document-cache';
import type { IndexedObject } from '../engine/kubernetes/facts';
import { ownValue } from '../engine/own-keys';
import { buildContextFor, type DockerignoreMemory } from '../config/build-context';
import type { DockerfileRun } from './dockerfiles-first';
import type { FileToLint } from './files';
import type { FixMode } from './lint-workers';
import { reportOrError, type FileReport } from './report';
import { renderedParts } from './stdin';

export const KINDS = { dockerfile: 'dockerfile', kubernetes: 'yaml', compose: 'dockercompose' } as const;

export interface LintFileOptions {
  config: Config;
  fixMode: FixMode;
  /** `--kind`, applied to files named on the command line. */
  kind: string | undefined;
}

/**
 * Texts read once for both the workspace index and the lint. Past the budget the rest are read
 * again when linted, so a very large repository is never held in memory all at once.
 */
const TEXT_BUDGET_CHARS = 32 * 1024 * 1024;
export function readWithinBudget(files: readonly string[]): Map<string, string> {
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

export function readText(file: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { error: `cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

/** The editor language a file is linted as: forced, from its name, or from its content when its name says nothing. */
export function languageOf(file: string, text: string, forced: string | undefined): string | undefined {
  if (forced) return forced;
  const byName = candidateKind(file);
  if (byName === 'dockerfile') return 'dockerfile';
  if (byName === 'yaml' || byName === 'chart' || byName === 'kustomization') return 'yaml';
  if (byName === 'compose') return 'dockercompose';
  return looksLikeDockerfile(text) ? 'dockerfile' : undefined;
}

const NOT_RECOGNISED =
  'not recognised as a Dockerfile, a Kubernetes manifest or a Compose file by its name or content; pass --kind dockerfile|kubernetes|compose to lint it';
const NOT_KUBERNETES = 'YAML without apiVersion and kind: not a Kubernetes manifest';
/** YAML files of the tools around manifests: each is read for what it configures, none is a manifest. */
const CONFIGURATION_FILES: Record<string, string> = {
  '.cntutor.yaml': 'cntutor configuration',
  '.cntutor.yml': 'cntutor configuration',
  '.hadolint.yaml': 'hadolint configuration (read for the Dockerfiles)',
  '.hadolint.yml': 'hadolint configuration (read for the Dockerfiles)',
  'chart.yaml': 'named like a Helm chart description, which Helm reads only as Chart.yaml',
  'values.yaml': 'Helm chart values',
};

/** Why a YAML file was not linted as a manifest, in the words that help most. */
function notAManifest(file: string, text: string): string {
  const configures = ownValue(CONFIGURATION_FILES, path.basename(file).toLowerCase());
  if (configures === CONFIGURATION_FILES['values.yaml'])
    return `${configures}, not a manifest (a chart’s values.yaml named on the command line is linted through the templates that read it)`;
  if (configures) return `${configures}, not a manifest`;
  if (text.includes('{{'))
    return 'a template ({{ … }}) with no Helm chart around it (no Chart.yaml beside its templates/ folder): lint what `helm template` renders';
  return NOT_KUBERNETES;
}

interface KeptForLint extends DockerfileHooks {
  yamlCache?: YamlDocumentCache;
  dockerignores?: DockerignoreMemory;
  helmCharts?: HelmCharts;
  /** Named on the command line, not found in a folder. */
  explicit?: boolean;
  textIndexed: boolean;
}

function lintFile(
  file: string,
  content: { text: string } | { error: string },
  config: Config,
  fixMode: FixMode,
  workspace: WorkspaceIndex,
  forced: string | undefined,
  /**
   * What the run keeps for it: parsed documents, `.dockerignore` files, whether the index read this
   * text, and where a Dockerfile's final image goes (as the file is left, fixes applied).
   */
  kept: KeptForLint,
): FileReport {
  const { yamlCache, dockerignores } = kept;
  if ('error' in content) return { file, findings: [], error: content.error };
  const text = content.text;
  const languageId = languageOf(file, text, forced);
  if (!languageId) return { file, findings: [], skipped: NOT_RECOGNISED };
  const uri = path.resolve(file);
  const contexts = languageId === 'dockerfile' ? (workspace.buildContextsOf?.(uri) ?? []) : [];
  const buildContext =
    languageId === 'dockerfile'
      ? buildContextFor(uri, dockerignores ? { memory: dockerignores } : {}, contexts)
      : undefined;
  const withImage = kept.onImage !== undefined && languageId === 'dockerfile';
  // A template is rendered with its chart's values; the chart is read once for all its templates.
  const helmTemplate =
    languageId === 'yaml' && isHelmTemplate(uri, text) ? kept.helmCharts?.templateOf(uri) : undefined;
  // A Chart.yaml is compared with its chart's values and charts/ folder.
  const helmChart = kept.helmCharts?.chartOfChartFile(uri);
  // A chart's values.yaml named on the command line is linted through the templates that read it;
  // in a folder's walk those findings are the templates' own, reported there once.
  const helmValues = kept.explicit && languageId === 'yaml' ? kept.helmCharts?.valuesOf(uri) : undefined;
  // A kustomization's rules see the paths it names as they are on disk, for each text a fix makes.
  const kustomization = candidateKind(uri) === 'kustomization';
  const lintText = (t: string, indexedObjects?: readonly IndexedObject[], final = false) =>
    lint(t, uri, config, {
      ...withSurroundings(kustomization ? surroundingsOf(uri, t, diskPathReader) : undefined),
      // A Compose file's rules look up the paths it names on disk.
      composeSurroundings: DISK,
      workspace,
      languageId,
      ...(buildContext ? { buildContext } : {}),
      ...(yamlCache && languageId === 'yaml' ? { yamlCache } : {}),
      ...(indexedObjects ? { indexedObjects } : {}),
      ...(final && withImage ? { indexObjects: true } : {}),
      ...(helmTemplate ? { helmTemplate } : {}),
      ...(helmChart ? { helmChart } : {}),
      ...(helmValues ? { helmValues } : {}),
    });
  // The index read this very text: its objects need not be made again (a fix's text is another).
  const first = lintText(text, kept.textIndexed ? workspace.objectsOfFile?.(uri) : undefined, true);
  kept.onImage?.(first.image);
  if (first.kind === undefined) return { file, findings: [], skipped: notAManifest(file, text) };
  const before = first.findings;
  const applies = (f: Finding): boolean => !!f.fix && (fixMode === 'all' || f.fix.safety === 'safe');
  const judged = (final: string): void => kept.onJudged?.({ text: final, contexts, buildContext });
  if (fixMode === 'none') {
    judged(text);
    return { file, findings: before };
  }
  const fixed = fixAll(text, (t) => (t === text ? before : lintText(t).findings).filter(applies));
  if (fixed.text === text) {
    judged(text);
    return { file, findings: before };
  }
  try {
    writeFileSync(file, fixed.text);
  } catch (error) {
    judged(text);
    return {
      file,
      findings: before,
      error: `cannot write fixes (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
  judged(fixed.text);
  const after = lintText(fixed.text, undefined, true);
  kept.onImage?.(after.image);
  return {
    file,
    findings: after.findings,
    fixed: Math.max(0, before.filter(applies).length - after.findings.filter(applies).length),
  };
}

/** The language `--kind` imposes on a file named on the command line, or standard input's. */
export function forcedLanguage(target: FileToLint, kind: string | undefined): string | undefined {
  return target.language ?? (kind && target.explicit ? KINDS[kind as keyof typeof KINDS] : undefined);
}

/** One file, read now unless its text was read already, linted (and fixed) as the options say. */
function lintTarget(
  target: FileToLint,
  text: string | undefined,
  options: LintFileOptions,
  workspace: WorkspaceIndex,
  kept: Omit<KeptForLint, 'explicit' | 'textIndexed'>,
): FileReport {
  const given = text ?? target.text;
  const content = given === undefined ? readText(target.file) : { text: given };
  const forced = forcedLanguage(target, options.kind);
  const report = reportOrError(target.file, () =>
    lintFile(target.file, content, options.config, options.fixMode, workspace, forced, {
      ...kept,
      ...(target.explicit ? { explicit: true } : {}),
      textIndexed: text !== undefined,
    }),
  );
  const parts = target.text !== undefined && forced === 'yaml' ? renderedParts(target.text) : [];
  return { ...report, explicit: target.explicit, ...(parts.length > 0 ? { renderedFrom: parts } : {}) };
}

/** What a Dockerfile's lint hands back besides its report. */
export interface DockerfileHooks {
  /** Its final image, as the file is left (fixes applied). */
  onImage?: (image: ImageFacts | undefined) => void;
  /** The text it is left with and the build context it was judged in. */
  onJudged?: (run: DockerfileRun) => void;
}

export interface Indexed {
  texts: Map<string, string>;
  parsed: Map<string, YamlDocumentCache>;
  /** The folders searched for a `.dockerignore` so far in this run. */
  dockerignores: DockerignoreMemory;
  /** The Helm charts read so far in this run, for their templates. */
  helmCharts: HelmCharts;
}

/** Lints a file the index has seen: its text and parsed documents are taken from there, then let go. */
export function lintIndexed(
  target: FileToLint,
  options: LintFileOptions,
  workspace: WorkspaceIndex,
  indexed: Indexed,
  hooks: DockerfileHooks = {},
): FileReport {
  const key = path.resolve(target.file);
  const text = indexed.texts.get(key);
  const yamlCache = indexed.parsed.get(key);
  indexed.texts.delete(key);
  indexed.parsed.delete(key);
  return lintTarget(target, text, options, workspace, {
    ...(yamlCache ? { yamlCache } : {}),
    dockerignores: indexed.dockerignores,
    helmCharts: indexed.helmCharts,
    ...hooks,
  });
}

const DISK: FileSurroundings = { reader: diskPathReader, paths: path };

function withSurroundings(kustomizationSurroundings: KustomizationSurroundings | undefined): LintOptions {
  return kustomizationSurroundings ? { kustomizationSurroundings } : {};
}
