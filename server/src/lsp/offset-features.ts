/**
 * Hovers and completion items found by offset in a document's whole text (Compose files, Chart.yaml,
 * kustomizations), as the protocol wants them: by position.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type Hover,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ComposeCompletion } from '../compose-schema/completion';

/** A hover over the text between two offsets; null when nothing was found there. */
export function offsetHover(
  document: TextDocument,
  found: { contents: string; start: number; end: number } | undefined,
  value = found?.contents,
): Hover | null {
  if (!found || value === undefined) return null;
  const range = { start: document.positionAt(found.start), end: document.positionAt(found.end) };
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

export function offsetCompletions(document: TextDocument, items: readonly ComposeCompletion[]): CompletionItem[] {
  return items.map((item) => ({
    label: item.label,
    kind: CompletionItemKind.Property,
    detail: item.detail,
    ...(item.documentation ? { documentation: { kind: MarkupKind.Markdown, value: item.documentation } } : {}),
    ...(item.sortText ? { sortText: item.sortText } : {}),
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: {
      range: { start: document.positionAt(item.start), end: document.positionAt(item.end) },
      newText: item.insertText,
    },
  }));
}
