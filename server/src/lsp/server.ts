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
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { conceptFileUri } from '../concepts/links';
import { parseAnyConfigText } from '../config/file';
import { lint } from '../engine';
import { preloadValidatorsWhenIdle } from '../schema/compile';
import { candidateKind } from '../engine/detect';
import type { Locale } from '../engine/types';
import { VERSION } from '../version';
import { WorkspaceTrust, workspaceRoots } from './trust';
import { BuildContexts } from './build-context';
import { lintContextOf, type LintContext } from './lint-context';
import { OpenNamedPaths } from './named-paths';
import { askClientToWatchFiles } from './file-watchers';
import { FIX_ALL_KIND } from './code-actions';
import { registerEditorFeatures } from './editor-features';
import { CrossFileFindings, splitFindings, type LintedDocument } from './cross-file';
import { LintRunner } from './lint-runner';
import { OpenHelmTemplates } from './helm-templates';
import { ImageLinkActions } from './image-link-action';
import type { InitOptions } from './init-options';
import { isConfigFile, ProjectConfigs } from './project-config';
import { OpenSchemaSources } from './schema-sources';
import { DOCKERFILE_TRIGGERS, SchemaSupport } from './schema-features';
import { toDiagnostic } from './diagnostics';
import { DEFAULT_SETTINGS, editorLocale, effectiveConfig, normaliseSettings, type ServerSettings } from './settings';
import { registerTutorRequests } from './tutor-requests';

/**
 * How long to wait after a keystroke before linting. Zero still merges a burst: edits that arrived
 * together are all applied before the timer fires, and linting a typical file takes a few ms.
 */
const LINT_DELAY_MS = 0;

/** What a platform adds to the server: the browser's worker takes the files the client sends. */
export interface ServerHooks {
  /** Called with the client's parameters before the server reads any of them. */
  initialize?(params: InitializeParams): void;
}

export function startServer(connection: Connection, hooks: ServerHooks = {}): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, LintedDocument>();
  /** Lint runs scheduled but not started, by document: each entry cancels its run. */
  const scheduled = new Map<string, () => void>();
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const reportedRuleErrors = new Set<string>();
  const runner = new LintRunner();
  const crossFile = new CrossFileFindings({
    documents,
    linted,
    runner,
    isRunning: (uri) => running.has(uri),
    workspace: () => schema.workspace,
    helmTemplate: (document) => helmTemplates.templateOf(document),
    helmValues: (document) => helmTemplates.valuesOf(document),
    publish: (document, entry) => publish(document, entry),
    dockerfileContextChanged: (document) =>
      buildContexts.contextsChanged(document.uri, schema.workspace.buildContextsOf(document.uri)),
    // A file a list or an include now names (or no longer names) is another kind of file: the index
    // reads its text again as that kind (a Compose file's services), and its lint runs whole; so
    // does a Dockerfile another build context now applies to.
    lintAgain: (document) => {
      schemaSources.changed(document);
      schedule(document, 0);
    },
    logError: (message) => connection.console.error(message),
  });
  const running = new Set<string>();
  const rerun = new Set<string>();
  let supportsConfiguration = false;
  let supportsWatcherRegistration = false;
  let clientLocale: string | undefined;
  let initOptions: InitOptions = {};
  const trust = new WorkspaceTrust(
    (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message }),
  );
  const schema = new SchemaSupport((file, what = 'custom resource definition') => trust.mayRead(file, what));
  const schemaSources = new OpenSchemaSources({
    runner,
    schema,
    documents,
    relint: (d) => schedule(d, LINT_DELAY_MS),
    linksChanged: (d) => crossFile.refresh(d.uri),
  });
  const buildContexts = new BuildContexts(trust);
  const lintContext = (document: TextDocument): LintContext =>
    lintContextOf(document, { buildContexts, workspace: schema.workspace, helmTemplates, namedPaths });
  const namedPaths = new OpenNamedPaths(documents, trust);
  const helmTemplates = new OpenHelmTemplates(documents, trust, {
    index: { workspace: () => schema.workspace, objectsChanged: () => crossFile.refresh() },
    valuesFilesOf: (root) => projectConfigs.helmValuesFiles(root),
  });
  const projectConfigs = new ProjectConfigs(trust, (message) => connection.console.warn(message));
  const imageLinks = new ImageLinkActions({
    roots: () => trust.roots,
    workspace: () => schema.workspace,
    openDocument: (uri) => documents.get(uri),
    canCreateFiles: () => !!clientCapabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
  });
  let clientCapabilities: InitializeParams['capabilities'] = {};
  const reportedWorkspaceProblems = new Set<string>();

  // Links name the language of the text they sit in when it is not English, so a Korean finding
  // opens the Korean note whatever the editor's own language.
  const conceptHref = (concept: string, locale: Locale): string =>
    initOptions.conceptLinkBase
      ? `${initOptions.conceptLinkBase}${encodeURIComponent(concept)}${locale === 'en' ? '' : `?locale=${locale}`}`
      : conceptFileUri(concept, locale);
  const hoverLink = (concept: string, locale: Locale): string =>
    initOptions.commandLinks
      ? `command:cntutor.openConcept?${encodeURIComponent(JSON.stringify(locale === 'en' ? [concept] : [concept, locale]))}`
      : conceptHref(concept, locale);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    hooks.initialize?.(params);
    supportsConfiguration = !!params.capabilities.workspace?.configuration;
    supportsWatcherRegistration = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    clientCapabilities = params.capabilities;
    clientLocale = params.locale;
    initOptions = (params.initializationOptions ?? {}) as InitOptions;
    trust.configure(initOptions.trusted !== false, workspaceRoots(params));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ...DOCKERFILE_TRIGGERS] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'cntutor-language-server', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // Once the whole workspace is indexed, open manifests see every CRD and every object.
    schema
      .initialise(trust.roots)
      .then(() => documents.all().forEach((d) => schedule(d, 0)))
      .catch((error: unknown) => connection.console.error(`indexing the workspace failed: ${String(error)}`));
    buildContexts.watch(connection, clientCapabilities);
    helmTemplates.watch(connection, clientCapabilities);
    if (supportsConfiguration) {
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'cntutor' })
        .catch(() => undefined);
    }
    if (supportsWatcherRegistration && initOptions.watchesFiles !== true) askClientToWatchFiles(connection);
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

  async function validate(document: TextDocument): Promise<void> {
    const settings = await settingsFor(document.uri);
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return;
    if (isConfigFile(document.uri)) {
      schemaSources.flush(document);
      const problems = parseAnyConfigText(document.getText(), document.uri).problems;
      void connection.sendDiagnostics({
        uri: document.uri,
        version: document.version,
        diagnostics: problems.map((p) => ({ range: p.range, message: p.message, severity: 1, source: 'cntutor' })),
      });
      return;
    }
    if (!settings.enable) {
      schemaSources.flush(document);
      linted.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
      return;
    }
    const config = effectiveConfig(settings, projectConfigs.of(document.uri)?.config, clientLocale);
    // One run per document at a time; edits that arrive meanwhile are linted once it ends.
    if (running.has(document.uri)) {
      rerun.add(document.uri);
      return;
    }
    running.add(document.uri);
    schema.useConfiguredDefinitions(config, projectConfigs.baseDir(document.uri));
    reportWorkspaceProblems();
    const generation = schema.workspace.generation;
    const afterParse = schemaSources.afterParse(document, document.version);
    let result;
    try {
      result = await runner.run(
        {
          uri: document.uri,
          text: document.getText(),
          config,
          languageId: document.languageId,
          workspace: schema.workspace,
          indexObjects: true,
          ...lintContext(document),
          ...(afterParse ? { afterParse } : {}),
        },
        () => documents.get(document.uri)?.version !== document.version,
      );
    } finally {
      running.delete(document.uri);
      const latest = documents.get(document.uri);
      // Also at the same version: what asked for the rerun may be a file the run reads (a chart's
      // template, for an open values.yaml) that changed after the run had read it.
      if (rerun.delete(document.uri) && latest) schedule(latest, 0);
    }
    if (!result || documents.get(document.uri)?.version !== document.version) return;
    for (const problem of result.internalErrors) {
      if (reportedRuleErrors.has(problem)) continue;
      reportedRuleErrors.add(problem);
      connection.console.error(problem);
    }
    const entry: LintedDocument = {
      version: document.version,
      findings: result.findings,
      parts: splitFindings(result.findings),
      config,
      ...(result.kind === 'compose' ? { compose: true } : {}),
    };
    linted.set(document.uri, entry);
    publish(document, entry);
    if (result.kind === 'kubernetes') preloadValidatorsWhenIdle();
    // The index moved on while a long run was under way: its cross-file findings may be stale.
    if (schema.workspace.generation !== generation) crossFile.schedule(document);
    // Other open manifests may select, name or scale what this one declares, or run the image a Dockerfile builds.
    if (result.objects && schema.documentObjects(document.uri, result.objects)) crossFile.refresh(document.uri);
    if (result.kind === 'dockerfile' && schema.documentImage(document.uri, result.image))
      crossFile.refresh(document.uri);
  }

  function publish(document: TextDocument, entry: LintedDocument): void {
    void connection.sendDiagnostics({
      uri: document.uri,
      version: entry.version,
      diagnostics: entry.findings.map((f) => toDiagnostic(f, (c) => conceptHref(c, entry.config.locale), document.uri)),
    });
  }

  /** Templates of the chart a changed file belongs to render differently now. */
  function relintChartTemplates(uri: string, editedText?: string): void {
    for (const template of helmTemplates.changed(uri, editedText)) schedule(template, LINT_DELAY_MS);
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

  documents.onDidOpen(({ document }) => {
    schemaSources.changed(document);
    schedule(document, 0);
    relintChartTemplates(document.uri, document.getText());
  });
  documents.onDidChangeContent(({ document }) => {
    schemaSources.changed(document);
    schedule(document, LINT_DELAY_MS);
    relintChartTemplates(document.uri, document.getText());
  });
  documents.onDidClose(({ document }) => {
    schemaSources.closed(document.uri);
    cancelScheduled(document.uri);
    linted.delete(document.uri);
    settingsCache.delete(document.uri);
    runner.forget(document.uri);
    buildContexts.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    relintChartTemplates(document.uri);
    // Unsaved edits die with the editor: the file on disk is what the workspace holds again.
    if (schema.documentClosed(document.uri)) crossFile.refresh(document.uri);
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    documents.all().forEach((d) => schedule(d, 0));
  });

  connection.onNotification('cntutor/trust', (params: { trusted: boolean }) => {
    trust.configure(params.trusted, trust.roots);
    projectConfigs.clear();
    buildContexts.forget();
    helmTemplates.clear();
    documents.all().forEach((d) => schedule(d, 0));
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const changed = schema.filesChanged(changes.filter((change) => !documents.get(change.uri)));
    const dockerignores = buildContexts.filesChanged(changes);
    for (const change of changes) if (!documents.get(change.uri)) relintChartTemplates(change.uri);
    for (const document of namedPaths.changed(changes)) schedule(document, 0);
    imageLinks.filesChanged(changes.map((change) => change.uri));
    projectConfigs.clear();
    // New CRDs or kustomizations, or a project file, change every lint; new objects only the cross-file findings.
    if (changed.schema || changes.some((change) => isConfigFile(change.uri))) {
      helmTemplates.clear();
      documents.all().forEach((d) => schedule(d, 0));
    } else {
      if (changed.objects) crossFile.refresh();
      // An ignore file changes what the open Dockerfiles' build contexts send.
      if (dockerignores)
        for (const document of documents.all())
          if (candidateKind(document.uri, document.languageId) === 'dockerfile') schedule(document, 0);
    }
  });

  registerEditorFeatures(connection, {
    documents,
    currentFindings,
    lintedLocale: (uri) => linted.get(uri)?.config.locale,
    defaultLocale: () => editorLocale(clientLocale),
    hoverLink,
    hoverRepeatsMessage: () => initOptions.hoverRepeatsMessage !== false,
    lintContext,
    schema,
    helmTemplates,
    imageLinks,
    namedPaths,
  });

  registerTutorRequests(connection, {
    defaultLocale: () => editorLocale(clientLocale),
    roots: () => trust.roots,
    openFindings: async (uri) => {
      const document = documents.get(uri);
      return document ? (await currentFindings(document))?.findings : undefined;
    },
    lintFile: async (uri, text) => {
      const settings = await settingsFor(uri);
      if (!settings.enable) return [];
      const config = effectiveConfig(settings, projectConfigs.of(uri)?.config, clientLocale);
      return lint(text, uri, config, { workspace: schema.workspace }).findings;
    },
  });

  documents.listen(connection);
  connection.listen();
}
