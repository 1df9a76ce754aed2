import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  type ClientCapabilities,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { candidateKind, isHelmTemplate } from '../engine/detect';
import { diskReader, type ChartReader } from '../helm/chart-files';
import { HelmCharts } from '../helm/helm-charts';
import type { HelmTemplate } from '../helm/lint-template';
import type { WorkspaceTrust } from './trust';

/**
 * The charts of open Helm templates, read with the editor's unsaved text before the files on disk,
 * and which open templates to lint again when a file of their chart changes: values.yaml,
 * Chart.yaml, `_helpers.tpl` or another template (its named templates may be included).
 */
export class OpenHelmTemplates {
  private readonly charts: HelmCharts;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    trust: WorkspaceTrust,
  ) {
    const reader: ChartReader = {
      read: (file) => {
        const open = this.openDocument(file);
        if (open) return open.getText();
        return trust.mayRead(file, 'Helm chart file') ? diskReader.read(file) : undefined;
      },
      list: (folder) => diskReader.list(folder),
    };
    this.charts = new HelmCharts(reader);
  }

  /** `.tpl` files hold the named templates; YAML files reach the server through its other watchers. */
  watch(connection: Connection, capabilities: ClientCapabilities): void {
    if (!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/templates/**/*.tpl' }] })
      .catch(() => undefined);
  }

  /** The chart of a template document, or undefined for other documents. */
  templateOf(document: TextDocument): HelmTemplate | undefined {
    const file = filePath(document.uri);
    if (file === undefined || candidateKind(document.uri, document.languageId) !== 'yaml') return undefined;
    if (!isHelmTemplate(document.uri, document.getText())) return undefined;
    return this.charts.templateOf(file);
  }

  /**
   * The open templates to lint again because the file at `uri` changed (never the file itself).
   * An edit of a template that defines nothing changes only its own render, which is given its
   * text anyway: the chart is kept, and the other templates are left alone while it is typed in.
   */
  changed(uri: string, editedText?: string): TextDocument[] {
    const file = filePath(uri);
    if (file === undefined) return [];
    if (editedText !== undefined && !SHARED_FILE.test(path.basename(file)) && !editedText.includes('define')) return [];
    const roots = this.charts.changed(file);
    if (roots.length === 0) return [];
    return this.documents.all().filter((document) => {
      if (document.uri === uri) return false;
      const other = filePath(document.uri);
      return other !== undefined && roots.some((root) => other.startsWith(root + path.sep));
    });
  }

  clear(): void {
    this.charts.clear();
  }

  private openDocument(file: string): TextDocument | undefined {
    return this.documents.all().find((document) => filePath(document.uri) === file);
  }
}

/** Files every template of a chart reads: its values, its description, its named templates. */
const SHARED_FILE = /^(values\.yaml|Chart\.yaml)$|\.tpl$/;

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}
