/**
 * Findings of one open document in two parts: those of the rules that read the document alone,
 * computed when it changes, and those of the cross-file rules, computed again whenever another
 * file changes what the workspace index holds — without linting the document itself again.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Config } from '../engine/config';
import { composeByReference, readsAsCompose } from '../engine/compose/lint-compose';
import { candidateKind } from '../engine/detect';
import { sortFindings } from '../engine/collector';
import { isCrossFileRule } from '../engine/rule';
import type { Finding } from '../engine/types';
import type { WorkspaceIndex } from '../engine/workspace';
import type { HelmTemplate } from '../helm/lint-template';
import type { HelmValuesFile } from '../helm/lint-values';
import { findRule } from '../rules';
import type { LintRunner } from './lint-runner';

export interface SplitFindings {
  local: Finding[];
  crossFile: Finding[];
}

export function splitFindings(findings: readonly Finding[]): SplitFindings {
  const local: Finding[] = [];
  const crossFile: Finding[] = [];
  for (const finding of findings) {
    const rule = findRule(finding.ruleId);
    (rule && isCrossFileRule(rule) ? crossFile : local).push(finding);
  }
  return { local, crossFile };
}

export function mergeFindings(parts: SplitFindings): Finding[] {
  return sortFindings([...parts.local, ...parts.crossFile]);
}

/** Equal lists need no new publish: the editor would only flicker. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** What the server remembers of a document's last lint. */
export interface LintedDocument {
  version: number;
  /** Every finding, as published. */
  findings: Finding[];
  /** The same, split: the rules that read the document alone, and the cross-file rules. */
  parts: SplitFindings;
  config: Config;
  /** True when the lint read it as a Compose file. */
  compose?: boolean;
}

export interface CrossFileDependencies {
  documents: TextDocuments<TextDocument>;
  linted: Map<string, LintedDocument>;
  runner: LintRunner;
  /** True while a full lint of the document is under way: it will see the index as it is now. */
  isRunning(uri: string): boolean;
  workspace(): WorkspaceIndex;
  /** The chart of a Helm template document, which its lint renders it in. */
  helmTemplate?(document: TextDocument): HelmTemplate | undefined;
  /** The templates that read a chart's values.yaml document, which its lint renders. */
  helmValues?(document: TextDocument): HelmValuesFile | undefined;
  publish(document: TextDocument, entry: LintedDocument): void;
  /** True when an open Dockerfile's build context is another than the one its lint judged it in. */
  dockerfileContextChanged?(document: TextDocument): boolean;
  /** Lints the document again, whole. */
  lintAgain(document: TextDocument): void;
  logError(message: string): void;
}

/** Keeps the cross-file findings of open documents current as the workspace index changes. */
export class CrossFileFindings {
  private readonly scheduled = new Set<string>();

  constructor(private readonly deps: CrossFileDependencies) {}

  /** Looks again at the cross-file findings of every open document but `except`. */
  refresh(except?: string): void {
    for (const document of this.deps.documents.all()) if (document.uri !== except) this.schedule(document);
  }

  /** Once per burst: several changes of the index before the rerun starts cost one rerun. */
  schedule(document: TextDocument): void {
    if (this.scheduled.has(document.uri)) return;
    this.scheduled.add(document.uri);
    setImmediate(() => {
      this.scheduled.delete(document.uri);
      this.relint(document.uri).catch((error: unknown) =>
        this.deps.logError(`cross-file lint failed: ${String(error)}`),
      );
    });
  }

  /** Reruns only the cross-file rules of a document whose text has not changed, and publishes what changed. */
  private async relint(uri: string): Promise<void> {
    const { documents, linted, runner } = this.deps;
    const entry = linted.get(uri);
    const document = documents.get(uri);
    if (!entry || !document || entry.version !== document.version || this.deps.isRunning(uri)) return;
    const kind = candidateKind(document.uri, document.languageId);
    // A build file (Compose, skaffold, a workflow) may now send a Dockerfile another build context:
    // its .dockerignore rules are its own, so it is linted whole.
    if (kind === 'dockerfile' && this.deps.dockerfileContextChanged?.(document)) this.deps.lintAgain(document);
    if (kind !== 'yaml' && kind !== 'compose' && kind !== 'kustomization') return;
    // A YAML file a Compose file's include: or extends now names (or no longer names) is read as
    // another kind of file: its own rules change too, so it is linted whole.
    const workspace = this.deps.workspace();
    const asCompose = composeByReference(kind, uri, workspace) === 'compose' && readsAsCompose(document.getText());
    if (kind === 'yaml' && asCompose !== (entry.compose === true)) {
      this.deps.lintAgain(document);
      return;
    }
    const helmTemplate = this.deps.helmTemplate?.(document);
    const helmValues = helmTemplate ? undefined : this.deps.helmValues?.(document);
    const result = await runner.run(
      {
        uri,
        text: document.getText(),
        config: entry.config,
        languageId: document.languageId,
        workspace,
        scope: 'workspace',
        ...(helmTemplate ? { helmTemplate } : {}),
        ...(helmValues ? { helmValues } : {}),
      },
      () => documents.get(uri)?.version !== entry.version,
    );
    if (!result || linted.get(uri) !== entry || sameFindings(entry.parts.crossFile, result.findings)) return;
    entry.parts = { local: entry.parts.local, crossFile: result.findings };
    entry.findings = mergeFindings(entry.parts);
    this.deps.publish(document, entry);
  }
}
