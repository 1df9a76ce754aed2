import type { FileSurroundings } from '../files/path-reader';
import { rulesOfKind } from '../rules';
import type { KustomizationSurroundings } from '../kustomize/surroundings';
import type { Config } from '../engine/config';
import { YamlDocumentCache } from '../engine/kubernetes/document-cache';
import { candidateKind } from '../engine/detect';
import { lintSteps, type LintScope } from '../engine/lint';
import { drain, drainInSlices, type Steps } from '../engine/steps';
import type { LintResult } from '../engine/types';
import type { WorkspaceIndex } from '../engine/workspace';
import type { BuildContext } from '../engine/dockerfile/build-context';
import type { HelmTemplate } from '../helm/lint-template';
import type { HelmChart } from '../helm/chart-files';
import type { HelmValuesFile } from '../helm/lint-values';
import { holdYoungGeneration, releaseStartHold } from '../young-generation';

/** Documents at least this long are linted in time slices, so hovers and edits stay responsive. */
export const SLICED_THRESHOLD_CHARS = 100_000;
/** Longest run of linting before the server answers whatever else is waiting. */
const SLICE_MS = 8;

export interface LintJob {
  uri: string;
  text: string;
  config: Config;
  languageId: string;
  workspace?: WorkspaceIndex;
  /** `workspace` reruns only the cross-file rules (another file changed); `all` by default. */
  scope?: LintScope;
  /** Also return the document's objects for the workspace index. */
  indexObjects?: boolean;
  buildContext?: BuildContext;
  /** A Helm template's chart, to render the template with. */
  helmTemplate?: HelmTemplate;
  /** A Chart.yaml's chart folder, to compare it with. */
  helmChart?: HelmChart;
  /** A chart's values.yaml: the templates that read it. */
  helmValues?: HelmValuesFile;
  /** A kustomization's paths, as the server found them. */
  kustomizationSurroundings?: KustomizationSurroundings;
  /** The file system around a Compose file, for the paths it names. */
  composeSurroundings?: FileSurroundings;
  /**
   * Runs once the document is parsed, before its rules: the server reads a large document's CRDs
   * here, from the parse the lint made in slices, rather than parse it in one go when it opens.
   */
  afterParse?: () => void;
}

/**
 * Runs the engine for the language server. Each document keeps a cache of its parsed YAML
 * documents between edits; long documents are linted in slices on the server's own thread (no
 * second isolate to start cold or to hold memory), and a newer edit abandons a stale run.
 */
export class LintRunner {
  private readonly caches = new Map<string, YamlDocumentCache>();
  private readonly linted = new Set<string>();

  isLarge(text: string): boolean {
    return text.length >= SLICED_THRESHOLD_CHARS;
  }

  /**
   * The document's parsed YAML, kept between edits; the workspace index reads a CRD file's
   * definitions from the same parse, so such a file is parsed once per edit, not twice.
   */
  cacheFor(uri: string): YamlDocumentCache {
    let cache = this.caches.get(uri);
    if (!cache) {
      cache = new YamlDocumentCache();
      this.caches.set(uri, cache);
    }
    return cache;
  }

  /** The findings, or undefined when `cancelled` said the run went stale before it finished. */
  async run(job: LintJob, cancelled?: () => boolean): Promise<LintResult | undefined> {
    const cache = this.cacheFor(job.uri);
    if (candidateKind(job.uri, job.languageId) !== 'dockerfile') releaseStartHold();
    const firstRun = !this.linted.has(job.uri);
    this.linted.add(job.uri);
    const lintRules = (): Steps<LintResult> =>
      lintSteps(rulesOfKind, job.text, job.uri, job.config, {
        languageId: job.languageId,
        yamlCache: cache,
        ...(job.workspace ? { workspace: job.workspace } : {}),
        ...(job.scope ? { scope: job.scope } : {}),
        ...(job.indexObjects ? { indexObjects: true } : {}),
        ...(job.buildContext ? { buildContext: job.buildContext } : {}),
        ...(job.helmTemplate ? { helmTemplate: job.helmTemplate } : {}),
        ...(job.helmChart ? { helmChart: job.helmChart } : {}),
        ...(job.helmValues ? { helmValues: job.helmValues } : {}),
        ...(job.kustomizationSurroundings ? { kustomizationSurroundings: job.kustomizationSurroundings } : {}),
        ...(job.composeSurroundings ? { composeSurroundings: job.composeSurroundings } : {}),
      });
    // The lint's own parse then finds every document in the cache.
    const steps = job.afterParse ? parseThen(cache, job.text, job.afterParse, lintRules) : lintRules();
    // A values.yaml is linted through every template of its chart: in slices, as a long document is.
    if (!this.isLarge(job.text) && !job.helmValues) return drain(steps);
    // A large document's first parse lives through the whole run: see young-generation.ts.
    const release = firstRun && this.isLarge(job.text) ? holdYoungGeneration() : () => undefined;
    try {
      return await drainInSlices(steps, { sliceMs: SLICE_MS, ...(cancelled ? { cancelled } : {}) });
    } finally {
      release();
    }
  }

  forget(uri: string): void {
    this.caches.delete(uri);
    this.linted.delete(uri);
  }
}

function* parseThen<T>(cache: YamlDocumentCache, text: string, between: () => void, rest: () => Steps<T>): Steps<T> {
  yield* cache.parseAllSteps(text);
  between();
  return yield* rest();
}
