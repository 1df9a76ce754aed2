/**
 * The workspace for the language server: the index of CRDs, kustomize patches and every object
 * (scanned once in the background, in slices, then kept current file by file from edits and
 * watched-file events), schema hovers and completion for manifests, and hovers and completion from
 * the Dockerfile schema. Only LSP wiring lives here; the work is in server/src/schema and
 * server/src/dockerfile-schema.
 */
import { kustomizationCompletionsAt, kustomizationHoverAt } from '../kustomize/editor';
import { offsetCompletions, offsetHover } from './offset-features';
import type { FolderLister } from '../kustomize/path-completion';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CompletionItemKind,
  FileChangeType,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type FileEvent,
  type Hover,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { dockerfileCompletionsAt, type DockerfileCompletion } from '../dockerfile-schema/completion';
import { composeCompletionsAt } from '../compose-schema/completion';
import { composeServicesElsewhere } from './compose-services-elsewhere';
import { composeHoverAt } from '../compose-schema/hover';
import { chartCompletionsAt, chartHoverAt } from '../helm/chart-editor';
import type { HelmChart } from '../helm/chart-files';
import { dockerfileHoverAt } from '../dockerfile-schema/hover';
import type { Config } from '../engine/config';
import type { Locale } from '../engine/types';
import { candidateKind, type Candidate } from '../engine/detect';
import { composeByReference } from '../engine/compose/lint-compose';
import { chartFileName, isChartRequirements } from '../engine/chart/parse';
import { splitDocuments, type YamlDocumentCache } from '../engine/kubernetes/document-cache';
import { drainInSlices } from '../engine/steps';
import type { IndexedObject } from '../engine/kubernetes/facts';
import {
  expandPath,
  isScannedName,
  readGithubRepositories,
  readLinkedDockerfiles,
  scanFolderSteps,
} from '../schema/file-workspace';
import { COMPOSE_ENV_FILE } from '../schema/compose-env';
import type { ImageFacts } from '../engine/dockerfile/image-facts';
import { composeImageLine, linkedImageLine } from './image-hover';
import { composeProjectLine } from './compose-project-hover';
import { parseCompose } from '../engine/compose/parse';
import { serviceImage } from '../engine/compose/service-image';
import { schemaCompletionsAt } from '../schema/completion';
import { schemaHoverAt } from '../schema/hover';
import { ManifestWorkspace } from '../schema/workspace-index';
import { fileKey, toFileUri } from '../schema/file-key';
import { conceptLine, fieldConcept } from '../teaching/field-concepts';

export interface FeatureOptions {
  locale?: Locale;
  /** The link that opens a concept note, for hovers that name one. */
  conceptLink?: (concept: string) => string;
  /** The character that triggered a completion request, if one did. */
  triggerCharacter?: string;
  /** The chart folder a Chart.yaml describes, as read for its lint (its values, for a dependency's condition). */
  chart?: (document: TextDocument) => HelmChart | undefined;
  /** The folders around a kustomization, for completing the paths it names. */
  kustomizationFolders?: (document: TextDocument) => FolderLister | undefined;
}

/** Characters that open Dockerfile completion: flags, values and mount options. */
export const DOCKERFILE_TRIGGERS = ['-', '=', ','];

const DOCKERFILE_KIND: Record<DockerfileCompletion['kind'], CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  flag: CompletionItemKind.Field,
  option: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  directive: CompletionItemKind.Keyword,
};

/** Longest stretch of indexing before the server answers whatever else is waiting. */
const INDEX_SLICE_MS = 8;

/** What a batch of watched-file events changed. */
export interface WorkspaceChange {
  /** CRDs or kustomizations: every open manifest must be linted again. */
  schema: boolean;
  /** Objects: the cross-file findings of open manifests must be looked at again. */
  objects: boolean;
}

export class SchemaSupport {
  readonly workspace = new ManifestWorkspace();
  private readonly configured = new Set<string>();
  /** Open documents, by file key: their text, not the file on disk, is what the index holds. */
  private readonly open = new Set<string>();

  /** `mayRead` guards files outside the workspace (untrusted workspaces); `what` names the file's role. */
  constructor(private readonly mayRead: (file: string, what?: string) => boolean = () => true) {
    readGithubRepositories(this.workspace, (file) => this.mayRead(file, 'Git configuration'));
  }

  /**
   * The first scan of the workspace folders, in the background and in slices, so the editor is
   * answered meanwhile; cross-file rules wait for it (the index says it is incomplete). Validators
   * are not compiled here: the first document should not wait behind kinds it does not use.
   */
  async initialise(roots: readonly string[]): Promise<void> {
    if (roots.length === 0) return;
    this.workspace.setComplete(false);
    try {
      for (const root of roots) {
        await drainInSlices(scanFolderSteps(this.workspace, root, { skip: (file) => this.open.has(fileKey(file)) }), {
          sliceMs: INDEX_SLICE_MS,
        });
      }
      // Dockerfiles that links name by a name no Dockerfile has, or outside the folders.
      this.readLinkedDockerfiles();
    } finally {
      this.workspace.setComplete(true);
    }
  }

  /** Reads the Dockerfiles links name that the index has not read (never an open one: its lint tells). */
  readLinkedDockerfiles(): void {
    readLinkedDockerfiles(
      this.workspace,
      (file) => !this.open.has(fileKey(file)) && this.mayRead(file, 'file named by an image link or a Compose include'),
      toFileUri,
    );
  }

  /** CRD files named in the configuration (`customResourceDefinitions`), relative to `baseDir`. */
  useConfiguredDefinitions(config: Config, baseDir: string): void {
    for (const entry of config.customResourceDefinitions) {
      const key = `${baseDir}\u0000${entry}`;
      if (this.configured.has(key)) continue;
      this.configured.add(key);
      const matches = expandPath(baseDir, entry).filter((file) => this.mayRead(file));
      if (matches.length === 0) this.workspace.addProblem(path.resolve(baseDir, entry), 'matches no file');
      for (const file of matches) {
        try {
          this.workspace.setFile(file, readFileSync(file, 'utf8'));
        } catch (error) {
          this.workspace.addProblem(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        }
      }
    }
  }

  /**
   * An open document's current text replaces what the scan read from disk: its CRDs, kustomization
   * and image links now… True when the image links changed, which other manifests' findings follow.
   */
  documentChanged(document: TextDocument, parsed?: YamlDocumentCache): boolean {
    const kind = candidateKind(document.uri, document.languageId);
    if (kind === 'dockerfile') this.open.add(fileKey(document.uri));
    // A Compose file holds no manifest, but its services may link images to Dockerfiles.
    if (kind !== 'yaml' && kind !== 'compose' && kind !== 'kustomization') return false;
    this.open.add(fileKey(document.uri));
    const links = this.workspace.linkGeneration;
    this.workspace.setSchemaSources(document.uri, document.getText(), parsed);
    if (this.workspace.linkGeneration === links) return false;
    this.readLinkedDockerfiles();
    return true;
  }

  /** An open `.env`'s text replaces the file's: true when its COMPOSE_FILE list changed. */
  envChanged(document: TextDocument): boolean {
    this.open.add(fileKey(document.uri));
    if (!this.workspace.setComposeEnv(document.uri, document.getText())) return false;
    this.readLinkedDockerfiles();
    return true;
  }

  /** …and its objects once it has been linted. True when other files may see something new. */
  documentObjects(uri: string, objects: readonly IndexedObject[]): boolean {
    return this.workspace.setObjects(uri, objects);
  }

  /** An open Dockerfile's final image, from its lint. True when it changed. */
  documentImage(uri: string, image: ImageFacts | undefined): boolean {
    return this.workspace.setImage(uri, image);
  }

  /** A closed document counts again as the file on disk (or not at all, when there is none). */
  documentClosed(uri: string): boolean {
    const key = fileKey(uri);
    if (!this.open.delete(key)) return false;
    const before = this.workspace.generation;
    this.readFromDisk(uri);
    return this.workspace.generation !== before;
  }

  filesChanged(changes: readonly FileEvent[]): WorkspaceChange {
    const schemaBefore = this.workspace.schemaGeneration;
    const before = this.workspace.generation;
    for (const change of changes) {
      if (!change.uri.startsWith('file:') || this.open.has(fileKey(change.uri))) continue;
      // Editors report any file that appears or goes (for the paths files name): the index reads its own.
      const name = path.basename(fileKey(change.uri));
      if (!isScannedName(name) && name !== COMPOSE_ENV_FILE && !this.workspace.isLinkedDockerfile(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) this.workspace.deleteFile(change.uri);
      else this.readFromDisk(change.uri);
    }
    this.readLinkedDockerfiles();
    return {
      schema: this.workspace.schemaGeneration !== schemaBefore,
      objects: this.workspace.generation !== before,
    };
  }

  private readFromDisk(uri: string): void {
    if (!uri.startsWith('file:')) {
      this.workspace.deleteFile(uri);
      return;
    }
    const file = fileURLToPath(uri);
    if (!this.mayRead(file)) {
      this.workspace.deleteFile(uri);
      return;
    }
    try {
      const text = readFileSync(file, 'utf8');
      // A link may name a Dockerfile by any name.
      if (this.workspace.isLinkedDockerfile(uri)) this.workspace.setDockerfile(uri, text);
      else this.workspace.setFile(uri, text);
    } catch {
      this.workspace.deleteFile(uri);
    }
  }

  /** On a service's `build` or `image`: the Dockerfile its image comes from, as the Compose rules see it. */
  private composeImageHover(document: TextDocument, path: readonly string[], locale?: Locale): string | undefined {
    const [top, name, key] = path;
    if (path.length !== 3 || top !== 'services' || name === undefined || (key !== 'build' && key !== 'image'))
      return undefined;
    const service = parseCompose(document.getText()).services.find((candidate) => candidate.name === name);
    const image = service && serviceImage(this.workspace, document.uri, service.value);
    return image ? composeImageLine(image, locale) : undefined;
  }

  /**
   * The kind of file a document is, as its lint reads it: an included Compose file of any name is
   * one, and a requirements.yaml beside a Chart.yaml is a chart's.
   */
  private kindOf(document: TextDocument, options: FeatureOptions): Candidate {
    const kind = composeByReference(candidateKind(document.uri, document.languageId), document.uri, this.workspace);
    return kind === 'yaml' && isChartRequirements(document.uri) && options.chart?.(document) ? 'chart' : kind;
  }

  hover(document: TextDocument, position: Position, options: FeatureOptions = {}): Hover | null {
    const kind = this.kindOf(document, options);
    if (kind === 'dockerfile') {
      const found = dockerfileHoverAt(document.getText(), document.offsetAt(position), options);
      if (!found) return null;
      const range = { start: document.positionAt(found.span.start), end: document.positionAt(found.span.end) };
      return { contents: { kind: MarkupKind.Markdown, value: found.contents }, range };
    }
    const offset = document.offsetAt(position);
    if (kind === 'compose') {
      const found = composeHoverAt(document.getText(), offset, options.locale);
      const image = found
        ? (this.composeImageHover(document, found.path, options.locale) ??
          composeProjectLine(this.workspace, document.uri, document.getText(), found.path, options.locale))
        : undefined;
      return offsetHover(document, found, image ? `${found?.contents ?? ''}\n\n${image}` : found?.contents);
    }
    if (kind === 'chart')
      return offsetHover(
        document,
        chartHoverAt(document.getText(), offset, options.locale, chartFileName(document.uri)),
      );
    if (kind === 'kustomization') {
      const name = decodeURIComponent(document.uri.split('/').pop() ?? 'kustomization.yaml');
      return offsetHover(document, kustomizationHoverAt(document.getText(), offset, options.locale, name));
    }
    if (kind !== 'yaml') return null;
    const part = documentAround(document, position);
    const found = schemaHoverAt(part.text, document.uri, part.position, { workspace: this.workspace });
    if (!found) return null;
    const { locale, conceptLink } = options;
    const idea = locale && conceptLink && found.kind && found.path ? fieldConcept(found.kind, found.path) : undefined;
    const lines = [found.contents];
    const linked =
      found.path && found.value
        ? linkedImageLine(this.workspace, document.uri, found.path, found.value, locale)
        : undefined;
    if (linked) lines.push(linked);
    if (idea && locale && conceptLink) lines.push(conceptLine(idea, locale, conceptLink));
    const value = lines.join('\n\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range: part.back(found.range) };
  }

  completion(document: TextDocument, position: Position, options: FeatureOptions = {}): CompletionItem[] {
    const kind = this.kindOf(document, options);
    if (kind === 'dockerfile') return dockerfileCompletion(document, position, options.locale);
    const offset = document.offsetAt(position);
    if (kind === 'compose')
      return offsetCompletions(
        document,
        composeCompletionsAt(
          document.getText(),
          offset,
          options.locale,
          composeServicesElsewhere(this.workspace, document.uri),
        ),
      );
    if (kind === 'chart')
      return offsetCompletions(
        document,
        chartCompletionsAt(
          document.getText(),
          offset,
          options.locale,
          options.chart?.(document),
          isChartRequirements(document.uri),
        ),
      );
    if (kind === 'kustomization')
      return offsetCompletions(
        document,
        kustomizationCompletionsAt(
          document.getText(),
          offset,
          options.locale,
          options.kustomizationFolders?.(document),
        ),
      );
    // The Dockerfile trigger characters start lists, keys and values in YAML: no request there.
    if (kind !== 'yaml' || DOCKERFILE_TRIGGERS.includes(options.triggerCharacter ?? '')) return [];
    const part = documentAround(document, position);
    return schemaCompletionsAt(part.text, document.uri, part.position, { workspace: this.workspace }).map((item) => ({
      label: item.label,
      kind: item.kind === 'field' ? CompletionItemKind.Property : CompletionItemKind.EnumMember,
      detail: item.required ? `${item.detail} · required` : item.detail,
      ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
      sortText: item.sortText,
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: part.back(item.range), newText: item.insertText },
    }));
  }
}

function dockerfileCompletion(
  document: TextDocument,
  position: Position,
  locale: Locale | undefined,
): CompletionItem[] {
  return dockerfileCompletionsAt(document.getText(), document.offsetAt(position), locale).map((item, i) => ({
    label: item.label,
    kind: DOCKERFILE_KIND[item.kind],
    detail: item.detail,
    ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
    // The schema's order (instructions as the reference lists them, flags as each documents them).
    sortText: String(i).padStart(4, '0'),
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: {
      range: { start: document.positionAt(item.span.start), end: document.positionAt(item.span.end) },
      newText: item.insertText,
    },
  }));
}

/** Below this size the whole text is parsed for a hover; above it, only the YAML document under the cursor. */
const WHOLE_TEXT_CHARS = 100_000;

interface DocumentPart {
  text: string;
  position: Position;
  /** Maps a range in `text` back to the whole document. */
  back(range: Range): Range;
}

/**
 * The YAML document (`---` section) around the cursor, so a hover in a 50,000-line file parses a
 * few dozen lines rather than all of them. Sections start at line starts, so only lines move.
 */
function documentAround(document: TextDocument, position: Position): DocumentPart {
  const text = document.getText();
  const whole: DocumentPart = { text, position, back: (range) => range };
  if (text.length < WHOLE_TEXT_CHARS) return whole;
  const offset = document.offsetAt(position);
  const section = splitDocuments(text).find(({ start, chunk }) => offset >= start && offset <= start + chunk.length);
  if (!section) return whole;
  const lines = document.positionAt(section.start).line;
  const move = (p: Position, by: number): Position => ({ line: p.line + by, character: p.character });
  return {
    text: section.chunk,
    position: move(position, -lines),
    back: (range) => ({ start: move(range.start, lines), end: move(range.end, lines) }),
  };
}
