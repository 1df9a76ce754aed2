import type { Config } from '../config';
import { lintGoYamlFile, parseGoYamlFile } from '../go-yaml-file';
import type { LintOptions } from '../lint';
import type { KustomizationRule, Rule } from '../rule';
import type { LintResult } from '../types';
import { KustomizationContext } from './context';

/**
 * Lints a kustomization file (kustomization.yaml, kustomization.yml or Kustomization): what
 * `kustomize build` refuses before it reads a single resource, the paths it cannot load, and the
 * fields it warns about.
 */
export function lintKustomization(
  rules: readonly Rule[],
  text: string,
  uri: string,
  config: Config,
  options: LintOptions,
): LintResult {
  // The rules that read the folder get it with every lint (the editor lints an open kustomization
  // again when a file it names appears or goes): a rerun for a change of the index runs only the
  // rules that read what the kustomization builds.
  const workspaceOnly = options.scope === 'workspace';
  const chosen = rules.filter(
    (rule): rule is KustomizationRule =>
      rule.target === 'kustomization' && (!workspaceOnly || rule.readsWorkspace === true),
  );
  if (chosen.length === 0) return { kind: 'kustomization', findings: [], internalErrors: [] };
  const file = parseGoYamlFile(text);
  return lintGoYamlFile('kustomization', chosen, file, config, (rule, sink) =>
    rule.check(
      new KustomizationContext(
        file,
        uri,
        rule,
        config.locale,
        sink,
        config,
        options.kustomizationSurroundings,
        options.workspace,
      ),
    ),
  );
}
