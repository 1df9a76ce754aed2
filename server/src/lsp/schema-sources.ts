import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ComposeProjects } from '../schema/compose-projects';
import { fileKey } from '../schema/file-key';
import { candidateKind } from '../engine/detect';
import { isOverSizeLimit } from '../engine/lint';
import type { LintRunner } from './lint-runner';
import type { SchemaSupport } from './schema-features';

export interface SchemaSourceHost {
  runner: LintRunner;
  schema: SchemaSupport;
  /** The open documents, to relint when a CRD changes, and to tell a stale run from a current one. */
  documents: { all(): TextDocument[]; get(uri: string): TextDocument | undefined };
  relint(document: TextDocument): void;
  /** The image links changed: other manifests' cross-file findings must be looked at again. */
  linksChanged?(document: TextDocument): void;
}

/**
 * Keeps the workspace index's view of open documents (their CRDs and kustomizations) current. A
 * large document's CRDs are read from the parse its lint makes in slices: parsing 2 MB at once
 * when it opens would keep a hover waiting for the whole parse.
 */
export class OpenSchemaSources {
  /** Large documents whose CRDs their next lint reads, once it has parsed them. */
  private readonly pending = new Set<string>();

  constructor(private readonly host: SchemaSourceHost) {}

  changed(document: TextDocument): void {
    if (this.readByLint(document)) this.pending.add(document.uri);
    else {
      this.pending.delete(document.uri);
      this.track(document);
    }
  }

  /**
   * For the lint of `version`: a callback reading the pending CRDs from its parse, unless a newer
   * edit made the run stale (its text is not the one to index); undefined when nothing is pending.
   */
  afterParse(document: TextDocument, version: number): (() => void) | undefined {
    if (!this.pending.has(document.uri)) return undefined;
    return () => {
      if (this.host.documents.get(document.uri)?.version === version) this.flush(document);
    };
  }

  /** The pending CRDs of a document read now, when no lint is going to read them. */
  flush(document: TextDocument): void {
    if (this.pending.delete(document.uri)) this.track(document);
  }

  closed(uri: string): void {
    this.pending.delete(uri);
  }

  /**
   * A large manifest holding CRDs, which its lint parses anyway; never a file over the size limit,
   * which the lint does not parse, nor a file without CRDs, which the index reads without a parse.
   */
  private readByLint(document: TextDocument): boolean {
    const text = document.getText();
    return (
      this.host.runner.isLarge(text) &&
      !isOverSizeLimit(text) &&
      text.includes('CustomResourceDefinition') &&
      candidateKind(document.uri, document.languageId) === 'yaml'
    );
  }

  /**
   * A changed CRD changes how every open manifest validates; changed image links, only their
   * cross-file findings. An open Dockerfile is marked open here; its image comes from its lint.
   */
  private track(document: TextDocument): void {
    const kind = candidateKind(document.uri, document.languageId);
    const { runner, schema, documents, relint } = this.host;
    // A folder's `.env` as typed: its COMPOSE_FILE list makes the folder's Compose project.
    if (ComposeProjects.isEnvFile(fileKey(document.uri))) {
      if (schema.envChanged(document)) this.host.linksChanged?.(document);
      return;
    }
    if (kind === 'dockerfile') schema.documentChanged(document);
    if (kind === 'compose') {
      if (schema.documentChanged(document)) this.host.linksChanged?.(document);
      return;
    }
    // A kustomization is linted as its own kind, and read by the index as before.
    if (kind !== 'yaml' && kind !== 'kustomization') return;
    const definedBefore = schema.workspace.customResourceDefinitions().length;
    const schemaBefore = schema.workspace.schemaGeneration;
    const linksChanged = schema.documentChanged(document, runner.cacheFor(document.uri));
    // CRDs, and kustomizations (patches, the images they give), change what per-object rules say too.
    if (
      /^kind:\s*CustomResourceDefinition\b/m.test(document.getText()) ||
      schema.workspace.customResourceDefinitions().length !== definedBefore ||
      schema.workspace.schemaGeneration !== schemaBefore
    ) {
      documents.all().forEach((other) => other.uri !== document.uri && relint(other));
    } else if (linksChanged) this.host.linksChanged?.(document);
  }
}
