import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Connection,
  type Hover,
  type Position,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isChartRequirements } from '../engine/chart/parse';
import { candidateKind, isHelmTemplate } from '../engine/detect';
import { diskReader, fileOfTemplate, valuesLabel, type ChartReader, type HelmChart } from '../helm/chart-files';
import { HelmCharts } from '../helm/helm-charts';
import { HELM_TEMPLATE_CONCEPT, renderHelmTemplate, type HelmTemplate } from '../helm/lint-template';
import type { HelmValuesFile } from '../helm/lint-values';
import { readersOf } from '../helm/value-readers';
import { shownPath } from '../helm/values-sources';
import { spotAt } from '../schema/hover';
import { parseDocument } from 'yaml';
import { DEFAULT_CONFIG, type Config } from '../engine/config';
import type { IndexedObject } from '../engine/kubernetes/facts';
import { helmTemplateObjects } from '../helm/template-objects';
import { ownManifestTemplates } from '../helm/whole-chart';
import type { ManifestWorkspace } from '../schema/workspace-index';
import { toFileUri } from '../schema/file-key';
import type { Locale } from '../engine/types';
import { conceptLineMarkdown } from '../teaching/explain';
import type { WorkspaceTrust } from './trust';

export interface HelmTemplatesOptions {
  /** The workspace index, which keeps the objects of closed templates rendered (`objectsOf`). */
  index?: { workspace: () => ManifestWorkspace; objectsChanged: () => void };
  /** The values files a chart is rendered with after its values.yaml (the project's `helmValues`), absolute. */
  valuesFilesOf?: (root: string) => string[];
}

/**
 * The charts of open Helm templates, read with the editor's unsaved text before the files on disk,
 * and which open templates to lint again when a file of their chart changes: values.yaml,
 * Chart.yaml, `_helpers.tpl` or another template (its named templates may be included).
 */
export class OpenHelmTemplates {
  private readonly charts: HelmCharts;
  private readonly reindexing = new Set<string>();
  private reindexTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly index: HelmTemplatesOptions['index'];

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    trust: WorkspaceTrust,
    options: HelmTemplatesOptions = {},
  ) {
    this.index = options.index;
    const reader: ChartReader = {
      read: (file) => {
        const open = this.openDocument(file);
        if (open) return open.getText();
        return trust.mayRead(file, 'Helm chart file') ? diskReader.read(file) : undefined;
      },
      readBytes: (file) => (trust.mayRead(file, 'Helm chart file') ? diskReader.readBytes?.(file) : undefined),
      list: (folder) => diskReader.list(folder),
    };
    this.charts = new HelmCharts(reader, options.valuesFilesOf);
    this.index?.workspace().readHelmTemplatesWith((uri, text) => this.objectsOf(uri, text));
  }

  /**
   * A template's objects as the index keeps them: rendered with its chart's values (as read now:
   * unsaved text first) and placed in the template. The objects do not depend on the locale, and
   * the default Kubernetes release answers `.Capabilities` (an open template's own lint uses the
   * document's configuration, and its objects replace these).
   */
  objectsOf(uri: string, text: string): IndexedObject[] {
    const file = filePath(uri);
    const template = file === undefined ? undefined : this.charts.templateOf(file);
    return template ? helmTemplateObjects(uri, text, template, DEFAULT_CONFIG) : [];
  }

  /**
   * `.tpl` files and packed subcharts hold named templates, values.schema.json the values' rules;
   * YAML files reach the server through its other watchers.
   */
  watch(connection: Connection, capabilities: ClientCapabilities): void {
    if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/templates/**/*.tpl' },
          { globPattern: '**/values.schema.json' },
          { globPattern: '**/charts/*.tgz' },
        ],
      })
      .catch(() => undefined);
  }

  /** The chart of a template document, or undefined for other documents. */
  templateOf(document: TextDocument): HelmTemplate | undefined {
    const file = filePath(document.uri);
    if (file === undefined || candidateKind(document.uri, document.languageId) !== 'yaml') return undefined;
    if (!isHelmTemplate(document.uri, document.getText())) return undefined;
    return this.charts.templateOf(file);
  }

  /** The chart folder of a Chart.yaml document (its values and charts/), or undefined for other documents. */
  chartOf(document: TextDocument): HelmChart | undefined {
    const file = filePath(document.uri);
    const kind = candidateKind(document.uri, document.languageId);
    // A requirements.yaml is a chart's when a Chart.yaml is beside it (chartOfChartFile looks).
    if (file === undefined || (kind !== 'chart' && !(kind === 'yaml' && isChartRequirements(file)))) return undefined;
    return this.charts.chartOfChartFile(file);
  }

  /** The templates that read a chart's values.yaml document, or undefined for other documents. */
  valuesOf(document: TextDocument): HelmValuesFile | undefined {
    const file = filePath(document.uri);
    if (file === undefined || candidateKind(document.uri, document.languageId) !== 'yaml') return undefined;
    return this.charts.valuesOf(file);
  }

  /**
   * The open templates to lint again because the file at `uri` changed (never the file itself).
   * An edit of a template that defines nothing changes only its own render, which is given its
   * text anyway: the chart is kept, and the other templates are left alone while it is typed in.
   */
  changed(uri: string, editedText?: string): TextDocument[] {
    const file = filePath(uri);
    if (file === undefined) return [];
    if (
      editedText !== undefined &&
      !SHARED_FILE.test(path.basename(file)) &&
      !editedText.includes('define') &&
      !this.charts.isValuesFile(file)
    ) {
      // An open values.yaml is linted through every template of its chart: it reads the edit too.
      const values = this.openValuesOf(file);
      if (values.length > 0) this.charts.changed(file);
      return values;
    }
    const roots = this.charts.changed(file);
    if (roots.length === 0) return [];
    this.reindexLater(roots);
    return this.documents.all().filter((document) => {
      if (document.uri === uri) return false;
      const other = filePath(document.uri);
      return other !== undefined && roots.some((root) => other.startsWith(root + path.sep));
    });
  }

  /**
   * What the directive under the cursor wrote when the template was rendered with the chart's
   * values: the way to see `{{ include … }}` or `{{ toYaml … }}` become YAML without running Helm.
   * Null off a directive, and for a template that does not render.
   */
  hover(document: TextDocument, position: Position, config: Config, conceptLink: (id: string) => string): Hover | null {
    const template = this.templateOf(document);
    if (!template || template.chart.problem || template.chart.stops) return null;
    const rendered = renderHelmTemplate(document.getText(), template, config);
    if (!rendered.ok) return null;
    const offset = document.offsetAt(position);
    const written = rendered.segments.filter((s) => !s.literal && s.sourceStart <= offset && offset < s.sourceEnd);
    const first = written[0];
    if (!first) return null;
    // A directive inside a loop writes once per item: each pass is shown, in order.
    const output = written.map((s) => rendered.text.slice(s.outputStart, s.outputEnd)).join('\n');
    const locale = config.locale;
    const title = RENDERED_TITLE[locale].replace('{values}', valuesLabel(template.chart));
    const parts = [`**${title}**`, yamlBlock(trimmed(output), MAX_HOVER_LINES)];
    const concept = conceptLineMarkdown(HELM_TEMPLATE_CONCEPT, locale, conceptLink);
    if (concept) parts.push(concept);
    return {
      contents: { kind: 'markdown', value: parts.join('\n\n') },
      range: { start: document.positionAt(first.sourceStart), end: document.positionAt(first.sourceEnd) },
    };
  }

  /**
   * On a key of a chart's values.yaml: the directives of the chart's templates that read the value
   * and what each rendered from it, so how a value reaches the cluster is seen without running
   * Helm. Null off a key, and where no directive reads the value (one read through a named template
   * counts for the action that calls it).
   */
  valuesHover(document: TextDocument, position: Position, config: Config): Hover | null {
    const values = this.valuesOf(document);
    const file = filePath(document.uri);
    if (!values || file === undefined) return null;
    const parsed = parseDocument(document.getText(), { version: '1.1', prettyErrors: false, logLevel: 'silent' });
    if (parsed.errors.length > 0 || !parsed.contents) return null;
    const spot = spotAt(parsed.contents, document.offsetAt(position));
    if (!spot?.key || !spot.node.range) return null;
    // An item of a list is at its index, as the renderer places the maps of the values (`[0]`).
    const key = spot.path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part)));
    const folder = path.dirname(file);
    const readers = readersOf(values, folder, key, config);
    if (readers.length === 0) return null;
    const locale = config.locale;
    const parts = [`**${READ_BY[locale].replace('{key}', shownPath(key))}**`];
    for (const reader of readers.slice(0, MAX_HOVER_READERS)) {
      const output = dedented(trimmed(reader.output));
      const where = `${path.relative(folder, reader.file).split(path.sep).join('/')}:${reader.line + 1}`;
      parts.push(
        `${where} ${inlineCode(reader.directive.replace(/\s+/g, ' '))}`,
        output === '' ? WRITES_NOTHING[locale] : yamlBlock(output, MAX_READER_LINES),
      );
    }
    if (readers.length > MAX_HOVER_READERS)
      parts.push(MORE_READERS[locale].replace('{count}', String(readers.length - MAX_HOVER_READERS)));
    const [start, end] = spot.node.range;
    return {
      contents: { kind: 'markdown', value: parts.join('\n\n') },
      range: { start: document.positionAt(start), end: document.positionAt(end) },
    };
  }

  /** Forgets every chart (the project's settings or the trust changed): the index renders them again. */
  clear(): void {
    const roots = this.charts.chartRoots();
    this.charts.clear();
    this.reindexLater(roots);
  }

  /**
   * Renders the closed templates of changed charts into the index again, once a burst of edits
   * (keystrokes in values.yaml) is over: the open ones are linted again, which indexes them.
   */
  private reindexLater(roots: readonly string[]): void {
    if (!this.index) return;
    for (const root of roots) this.reindexing.add(root);
    if (this.reindexTimer) clearTimeout(this.reindexTimer);
    this.reindexTimer = setTimeout(() => {
      this.reindexTimer = undefined;
      const roots = [...this.reindexing];
      this.reindexing.clear();
      this.reindex(roots);
    }, REINDEX_DELAY_MS);
  }

  private reindex(roots: readonly string[]): void {
    if (!this.index) return;
    const workspace = this.index.workspace();
    const before = workspace.generation;
    for (const root of roots) {
      const chart = this.charts.chartAt(root);
      for (const template of ownManifestTemplates(chart)) {
        const file = fileOfTemplate(chart, template.name);
        if (this.openDocument(file)) continue;
        workspace.setFile(toFileUri(file), template.text);
      }
    }
    if (workspace.generation !== before) this.index.objectsChanged();
  }

  /** The open values.yaml documents of the charts a file belongs to (a subchart's belongs to its parents too). */
  private openValuesOf(file: string): TextDocument[] {
    return this.documents.all().filter((document) => {
      const other = filePath(document.uri);
      if (other === undefined || path.basename(other) !== 'values.yaml') return false;
      return file.startsWith(path.dirname(other) + path.sep);
    });
  }

  private openDocument(file: string): TextDocument | undefined {
    return this.documents.all().find((document) => filePath(document.uri) === file);
  }
}

/** Closed templates are rendered again once edits pause this long (each keystroke in values.yaml changes them all). */
const REINDEX_DELAY_MS = 100;

/** A directive's output beyond this many lines is cut in its hover (a whole `toYaml` of the values, say). */
const MAX_HOVER_LINES = 30;

/** A value's hover shows this many of the directives that read it, and this many lines of what each rendered. */
const MAX_HOVER_READERS = 4;
const MAX_READER_LINES = 12;

const READ_BY: Record<Locale, string> = {
  en: 'How `{key}` reaches the cluster: the chart’s templates that read it, rendered with these values',
  ko: '`{key}` 값이 클러스터에 닿는 길: 이 값을 읽는 차트 템플릿과, 지금 값으로 렌더링한 결과',
};

const WRITES_NOTHING: Record<Locale, string> = {
  en: '(writes nothing with these values)',
  ko: '(지금 값으로는 아무것도 쓰지 않음)',
};

const MORE_READERS: Record<Locale, string> = {
  en: '…and {count} more.',
  ko: '…그 밖에 {count}곳.',
};

const RENDERED_TITLE: Record<Locale, string> = {
  en: 'Rendered with the chart’s {values}',
  ko: '차트의 {values}로 렌더링한 결과',
};

/** Files every template of a chart reads: its values and their schema, its description, its named templates. */
const SHARED_FILE = /^(values\.yaml|values\.schema\.json|Chart\.yaml|requirements\.yaml)$|\.tpl$/;

/** Rendered output without the blank lines before it and the white space after it. */
function trimmed(output: string): string {
  return output.replace(/^\s*\n/, '').replace(/\s+$/, '');
}

/**
 * YAML as a code block of at most `maxLines` lines, in a fence longer than any run of backticks in
 * it, so it stays one block.
 */
function yamlBlock(yaml: string, maxLines: number): string {
  const lines = yaml.split('\n');
  const shown = lines.length > maxLines ? [...lines.slice(0, maxLines), '…'].join('\n') : yaml;
  const fence = '`'.repeat(Math.max(3, ...longerRuns(shown)));
  return `${fence}yaml\n${shown}\n${fence}`;
}

/** Text as inline code: a directive holding backticks (a Go raw string) takes a longer run around it, as markdown asks. */
function inlineCode(text: string): string {
  const ticks = '`'.repeat(Math.max(1, ...longerRuns(text)));
  return ticks.length > 1 ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`;
}

/** One more than the length of each run of backticks in the text. */
function longerRuns(text: string): number[] {
  return (text.match(/`+/g) ?? []).map((run) => run.length + 1);
}

/** The text with the indentation all its lines share taken off (`nindent 12` output, shown on its own). */
function dedented(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((line) => /\S/.test(line)).map((line) => /^ */.exec(line)?.[0].length ?? 0);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return common === 0 ? text : lines.map((line) => line.slice(Math.min(common, line.length))).join('\n');
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}
