import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { conceptIds, getConcept, renderConcept } from '../concepts';
import { conceptFileUri } from '../concepts/links';
import { CONFIG_FILE_NAMES, findConfigFile, loadConfigFile, parseConfigText, type LoadedConfig } from '../config/file';
import { lint } from '../engine';
import { candidateKind } from '../engine/detect';
import type { Config } from '../engine/config';
import { rangeContains } from '../engine/text';
import type { Finding, Locale } from '../engine/types';
import { VERSION } from '../version';
import { WorkspaceTrust, workspaceRoots } from './trust';
import { codeActions, FIX_ALL_KIND } from './code-actions';
import { LintRunner } from './lint-runner';
import { SchemaSupport } from './schema-features';
import { toDiagnostic } from './diagnostics';
import { hoverMarkdown } from './hover';
import { DEFAULT_SETTINGS, editorLocale, effectiveConfig, normaliseSettings, type ServerSettings } from './settings';

/** Options a client may pass at initialisation; every one has a default that suits any editor. */
interface InitOptions {
  /** Prefix for concept links in diagnostics (e.g. the extension's own URI handler); default: the shipped note file. */
  conceptLinkBase?: string;
  /** When true, hover links run the client's `cntutor.openConcept` command instead. */
  commandLinks?: boolean;
  /** False when the editor shows diagnostics in its own hover, so ours need not repeat the message. */
  hoverRepeatsMessage?: boolean;
  /** False when the editor has not trusted the workspace; files outside it are then never read. */
  trusted?: boolean;
}

interface LintedDocument {
  version: number;
  findings: Finding[];
  config: Config;
}

/**
 * How long to wait after a keystroke before linting. Zero still merges a burst: edits that arrived
 * together are all applied before the timer fires, and linting a typical file takes a few ms.
 */
const LINT_DELAY_MS = 0;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, LintedDocument>();
  /** Lint runs scheduled but not started, by document: each entry cancels its run. */
  const scheduled = new Map<string, () => void>();
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const projectConfigCache = new Map<string, LoadedConfig | undefined>();
  const reportedRuleErrors = new Set<string>();
  const runner = new LintRunner();
  const running = new Set<string>();
  const rerun = new Set<string>();
  let supportsConfiguration = false;
  let clientLocale: string | undefined;
  let initOptions: InitOptions = {};
  const trust = new WorkspaceTrust(
    (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message }),
  );
  const schema = new SchemaSupport((file) => trust.mayRead(file, 'custom resource definition'));
  const reportedWorkspaceProblems = new Set<string>();

  const conceptHref = (concept: string): string =>
    initOptions.conceptLinkBase
      ? `${initOptions.conceptLinkBase}${encodeURIComponent(concept)}`
      : conceptFileUri(concept);
  const hoverLink = (concept: string): string =>
    initOptions.commandLinks
      ? `command:cntutor.openConcept?${encodeURIComponent(JSON.stringify([concept]))}`
      : conceptHref(concept);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    supportsConfiguration = !!params.capabilities.workspace?.configuration;
    clientLocale = params.locale;
    initOptions = (params.initializationOptions ?? {}) as InitOptions;
    trust.configure(initOptions.trusted !== false, workspaceRoots(params));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'cntutor-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    schema.initialise(trust.roots);
    if (supportsConfiguration) {
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'cntutor' })
        .catch(() => undefined);
    }
  });

  async function settingsFor(uri: string): Promise<ServerSettings> {
    if (!supportsConfiguration) return DEFAULT_SETTINGS;
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'cntutor' })
        .then(normaliseSettings, () => DEFAULT_SETTINGS);
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  function projectConfig(uri: string): LoadedConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const dir = path.dirname(fileURLToPath(uri));
    if (projectConfigCache.has(dir)) return projectConfigCache.get(dir);
    let loaded: LoadedConfig | undefined;
    const found = findConfigFile(dir);
    const file = found && trust.mayRead(found, 'project configuration') ? found : undefined;
    if (file) {
      try {
        loaded = loadConfigFile(file);
      } catch (error) {
        connection.console.warn(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    projectConfigCache.set(dir, loaded);
    return loaded;
  }

  /** Where relative CRD paths start: the project file's folder, else the workspace folder. */
  function projectBaseDir(uri: string): string {
    const file = projectConfig(uri)?.path;
    return file ? path.dirname(file) : (trust.roots[0] ?? process.cwd());
  }

  /** CRD files that could not be read, told once each. */
  function reportWorkspaceProblems(): void {
    for (const problem of schema.workspace.problems()) {
      const text = `${problem.uri}: ${problem.message}`;
      if (reportedWorkspaceProblems.has(text)) continue;
      reportedWorkspaceProblems.add(text);
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Cloud Native Tutor: ${text}`,
      });
    }
  }

  function isConfigFile(uri: string): boolean {
    return CONFIG_FILE_NAMES.some((name) => uri.endsWith(`/${name}`));
  }

  async function validate(document: TextDocument): Promise<void> {
    const settings = await settingsFor(document.uri);
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return;
    if (isConfigFile(document.uri)) {
      const problems = parseConfigText(document.getText(), document.uri).problems;
      void connection.sendDiagnostics({
        uri: document.uri,
        version: document.version,
        diagnostics: problems.map((p) => ({ range: p.range, message: p.message, severity: 1, source: 'cntutor' })),
      });
      return;
    }
    if (!settings.enable) {
      linted.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
      return;
    }
    const config = effectiveConfig(settings, projectConfig(document.uri)?.config, clientLocale);
    // One run per document at a time; edits that arrive meanwhile are linted once it ends.
    if (running.has(document.uri)) {
      rerun.add(document.uri);
      return;
    }
    running.add(document.uri);
    schema.useConfiguredDefinitions(config, projectBaseDir(document.uri));
    reportWorkspaceProblems();
    let result;
    try {
      result = await runner.run(
        {
          uri: document.uri,
          text: document.getText(),
          config,
          languageId: document.languageId,
          workspace: schema.workspace,
        },
        () => documents.get(document.uri)?.version !== document.version,
      );
    } finally {
      running.delete(document.uri);
      const latest = documents.get(document.uri);
      if (rerun.delete(document.uri) && latest && latest.version !== document.version) schedule(latest, 0);
    }
    if (!result || documents.get(document.uri)?.version !== document.version) return;
    for (const problem of result.internalErrors) {
      if (reportedRuleErrors.has(problem)) continue;
      reportedRuleErrors.add(problem);
      connection.console.error(problem);
    }
    linted.set(document.uri, { version: document.version, findings: result.findings, config });
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: result.findings.map((f) => toDiagnostic(f, conceptHref, document.uri)),
    });
  }

  function schedule(document: TextDocument, delay: number): void {
    cancelScheduled(document.uri);
    const run = (): void => {
      scheduled.delete(document.uri);
      validate(document).catch((error: unknown) => connection.console.error(`lint failed: ${String(error)}`));
    };
    // No delay means "after the messages already received": an immediate, not a timer's millisecond.
    if (delay === 0) {
      const handle = setImmediate(run);
      scheduled.set(document.uri, () => clearImmediate(handle));
    } else {
      const handle = setTimeout(run, delay);
      scheduled.set(document.uri, () => clearTimeout(handle));
    }
  }

  function cancelScheduled(uri: string): void {
    scheduled.get(uri)?.();
    scheduled.delete(uri);
  }

  /**
   * The findings for the document's current text, linting now if the last run is stale. While a
   * large document is being linted, hovers may use the previous run rather than wait for it.
   */
  async function currentFindings(document: TextDocument, allowStale = false): Promise<LintedDocument | undefined> {
    const cached = linted.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    if (allowStale && runner.isLarge(document.getText())) {
      if (!running.has(document.uri) && !scheduled.has(document.uri)) schedule(document, 0);
      return cached;
    }
    cancelScheduled(document.uri);
    await validate(document);
    return linted.get(document.uri);
  }

  /** A changed CRD changes how every open manifest validates. */
  function trackSchemaSources(document: TextDocument): void {
    if (candidateKind(document.uri, document.languageId) !== 'yaml') return;
    const definedBefore = schema.workspace.customResourceDefinitions().length;
    schema.documentChanged(document);
    if (
      /^kind:\s*CustomResourceDefinition\b/m.test(document.getText()) ||
      schema.workspace.customResourceDefinitions().length !== definedBefore
    ) {
      documents.all().forEach((other) => other.uri !== document.uri && schedule(other, LINT_DELAY_MS));
    }
  }

  documents.onDidOpen(({ document }) => {
    trackSchemaSources(document);
    schedule(document, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    trackSchemaSources(document);
    schedule(document, LINT_DELAY_MS);
  });
  documents.onDidClose(({ document }) => {
    cancelScheduled(document.uri);
    linted.delete(document.uri);
    settingsCache.delete(document.uri);
    runner.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    documents.all().forEach((d) => schedule(d, 0));
  });

  connection.onNotification('cntutor/trust', (params: { trusted: boolean }) => {
    trust.configure(params.trusted, trust.roots);
    projectConfigCache.clear();
    documents.all().forEach((d) => schedule(d, 0));
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    schema.filesChanged(changes.filter((change) => !documents.get(change.uri)));
    projectConfigCache.clear();
    documents.all().forEach((d) => schedule(d, 0));
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const state = await currentFindings(document, true);
    const here = state?.findings.filter((f) => rangeContains(f.range, position)) ?? [];
    if (!state || here.length === 0) return schema.hover(document, position);
    return {
      contents: hoverMarkdown(here, state.config.locale, hoverLink, initOptions.hoverRepeatsMessage !== false),
      range: here[0]?.range,
    };
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const state = await currentFindings(document);
    if (!state) return [];
    return codeActions({
      params,
      document,
      findings: state.findings,
      relint: (text) => lint(text, document.uri, state.config, { languageId: document.languageId }).findings,
      locale: state.config.locale,
    });
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    return document ? schema.completion(document, position) : [];
  });

  /** Concept notes for clients that render them (the VS Code extension's "open concept" command). */
  connection.onRequest('cntutor/concept', (params: { id: string; locale?: Locale }) => {
    const locale: Locale = params.locale ?? editorLocale(clientLocale);
    const note = getConcept(params.id, locale);
    return note ? { id: note.id, title: note.title, markdown: renderConcept(note) } : null;
  });
  connection.onRequest('cntutor/concepts', (params: { locale?: Locale } | undefined) =>
    conceptIds().map((id) => {
      const note = getConcept(id, params?.locale ?? 'en');
      return { id, title: note?.title ?? id, summary: note?.summary ?? '' };
    }),
  );

  documents.listen(connection);
  connection.listen();
}
