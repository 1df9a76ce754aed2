/**
 * What the editor asks of an open document besides its diagnostics: the hover (the findings under
 * the cursor, explained, over what the schema or a Helm directive says), the quick fixes and
 * image-link actions, and completion.
 */
import type { LintContext } from './lint-context';
import type { OpenNamedPaths } from './named-paths';
import { CodeActionKind, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../engine';
import { DEFAULT_CONFIG } from '../engine/config';
import { isOverSizeLimit } from '../engine/lint';
import { rangeContains } from '../engine/text';
import type { Locale } from '../engine/types';
import { codeActions } from './code-actions';
import type { LintedDocument } from './cross-file';
import type { OpenHelmTemplates } from './helm-templates';
import { findingsHover } from './hover';
import type { ImageLinkActions } from './image-link-action';
import type { SchemaSupport } from './schema-features';

export interface EditorFeaturesHost {
  documents: TextDocuments<TextDocument>;
  /** The document's findings for its current text (`allowStale`: a large file's last ones while it is linted). */
  currentFindings(document: TextDocument, allowStale?: boolean): Promise<LintedDocument | undefined>;
  /** The locale of the document's last lint, when it has been linted. */
  lintedLocale(uri: string): Locale | undefined;
  defaultLocale(): Locale;
  hoverLink(concept: string, locale: Locale): string;
  hoverRepeatsMessage(): boolean;
  /** What a lint of the document needs besides its text: a Dockerfile's build context, a template's chart. */
  lintContext(document: TextDocument): LintContext;
  schema: SchemaSupport;
  helmTemplates: OpenHelmTemplates;
  imageLinks: ImageLinkActions;
  namedPaths: OpenNamedPaths;
}

export function registerEditorFeatures(connection: Connection, host: EditorFeaturesHost): void {
  const { documents, schema, helmTemplates, imageLinks } = host;

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    const state = await host.currentFindings(document, true);
    const here = state?.findings.filter((f) => rangeContains(f.range, position)) ?? [];
    const locale = state?.config.locale ?? host.defaultLocale();
    const link = (concept: string): string => host.hoverLink(concept, locale);
    // A file too large to lint is too large to parse for a hover too.
    // In a Helm template, what a directive renders to says more than the schema of the text around it.
    const field = isOverSizeLimit(document.getText())
      ? null
      : (helmTemplates.hover(document, position, { ...(state?.config ?? DEFAULT_CONFIG), locale }, link) ??
        helmTemplates.valuesHover(document, position, { ...(state?.config ?? DEFAULT_CONFIG), locale }) ??
        schema.hover(document, position, {
          locale,
          conceptLink: link,
          chart: (requirements) => helmTemplates.chartOf(requirements),
        }));
    if (!state || here.length === 0) return field;
    return findingsHover(here, field, locale, link, host.hoverRepeatsMessage());
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const state = await host.currentFindings(document);
    if (!state) return [];
    const only = params.context.only;
    const linking = !only || only.includes(CodeActionKind.QuickFix);
    const links = linking ? imageLinks.actions(document, params.range, state.config.locale) : [];
    return [
      ...codeActions({
        params,
        document,
        findings: state.findings,
        relint: (text) =>
          lint(text, document.uri, state.config, {
            languageId: document.languageId,
            workspace: schema.workspace,
            ...host.lintContext(document),
          }).findings,
        locale: state.config.locale,
      }),
      ...links,
    ];
  });

  connection.onCompletion(({ textDocument, position, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const locale = host.lintedLocale(document.uri) ?? host.defaultLocale();
    return schema.completion(document, position, {
      locale,
      triggerCharacter: context?.triggerCharacter,
      chart: (chartYaml) => helmTemplates.chartOf(chartYaml),
      kustomizationFolders: (kustomization) => host.namedPaths.foldersOf(kustomization),
    });
  });
}
