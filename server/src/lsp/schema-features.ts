/**
 * Kubernetes schema features for the language server: the workspace index of CRDs and kustomize
 * patches (scanned once, then kept current from edits and watched-file events), schema hovers
 * and completion. Only LSP wiring lives here; the work is in server/src/schema.
 */
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
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../engine/config';
import { candidateKind } from '../engine/detect';
import { splitDocuments } from '../engine/kubernetes/document-cache';
import { expandPath, scanFolder } from '../schema/file-workspace';
import { schemaCompletionsAt } from '../schema/completion';
import { schemaHoverAt } from '../schema/hover';
import { SchemaWorkspace } from '../schema/workspace-index';

export class SchemaSupport {
  readonly workspace = new SchemaWorkspace();
  private readonly configured = new Set<string>();

  /** `mayRead` guards files outside the workspace (untrusted workspaces). */
  constructor(private readonly mayRead: (file: string) => boolean = () => true) {}

  /**
   * The first scan of the workspace folders. Validators are not compiled here: the first document
   * usually arrives at once, and it should not wait behind kinds it does not use.
   */
  initialise(roots: readonly string[]): void {
    for (const root of roots) scanFolder(this.workspace, root);
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

  /** An open document's current text replaces what the scan read from disk. */
  documentChanged(document: TextDocument): void {
    if (candidateKind(document.uri, document.languageId) !== 'yaml') return;
    this.workspace.setFile(document.uri, document.getText());
  }

  filesChanged(changes: readonly FileEvent[]): void {
    for (const change of changes) {
      if (!change.uri.startsWith('file:')) continue;
      if (change.type === FileChangeType.Deleted) {
        this.workspace.deleteFile(change.uri);
        continue;
      }
      const file = fileURLToPath(change.uri);
      if (!this.mayRead(file)) continue;
      try {
        this.workspace.setFile(change.uri, readFileSync(file, 'utf8'));
      } catch {
        this.workspace.deleteFile(change.uri);
      }
    }
  }

  hover(document: TextDocument, position: Position): Hover | null {
    if (candidateKind(document.uri, document.languageId) !== 'yaml') return null;
    const part = documentAround(document, position);
    const found = schemaHoverAt(part.text, document.uri, part.position, { workspace: this.workspace });
    return found
      ? { contents: { kind: MarkupKind.Markdown, value: found.contents }, range: part.back(found.range) }
      : null;
  }

  completion(document: TextDocument, position: Position): CompletionItem[] {
    if (candidateKind(document.uri, document.languageId) !== 'yaml') return [];
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
