/**
 * What a document's lint needs besides its text, from around it: a Dockerfile's build context (for
 * the rules about its `.dockerignore`), a Helm template's chart (to render it with the chart's
 * values), a Chart.yaml's folder or a values.yaml's templates, the paths a kustomization or a
 * Compose file names.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { candidateKind } from '../engine/detect';
import type { LintOptions } from '../engine/lint';
import type { ManifestWorkspace } from '../schema/workspace-index';
import type { BuildContexts } from './build-context';
import type { OpenHelmTemplates } from './helm-templates';
import type { OpenNamedPaths } from './named-paths';

export type LintContext = Pick<
  LintOptions,
  'buildContext' | 'helmTemplate' | 'helmChart' | 'helmValues' | 'kustomizationSurroundings' | 'composeSurroundings'
>;

export function lintContextOf(
  document: TextDocument,
  around: {
    buildContexts: BuildContexts;
    workspace: ManifestWorkspace;
    helmTemplates: OpenHelmTemplates;
    namedPaths: OpenNamedPaths;
  },
): LintContext {
  if (candidateKind(document.uri, document.languageId) === 'dockerfile') {
    // The contexts the workspace's build files (Compose, skaffold, workflows) send it in, else the convention.
    const contexts = around.workspace.buildContextsOf(document.uri);
    const buildContext = around.buildContexts.of(document.uri, contexts);
    return buildContext ? { buildContext } : {};
  }
  const kustomizationSurroundings = around.namedPaths.surroundingsOf(document);
  if (kustomizationSurroundings) return { kustomizationSurroundings };
  const { helmTemplates } = around;
  const helmTemplate = helmTemplates.templateOf(document);
  if (helmTemplate) return { helmTemplate };
  const helmChart = helmTemplates.chartOf(document);
  if (helmChart) return { helmChart };
  const helmValues = helmTemplates.valuesOf(document);
  if (helmValues) return { helmValues };
  // A YAML file may be a Compose file by its name or because another includes it: either way its paths are looked up.
  const composeSurroundings = around.namedPaths.composeSurroundingsOf(document);
  return composeSurroundings ? { composeSurroundings } : {};
}
