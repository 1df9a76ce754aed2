import type { Config } from '../config';
import { Collector, withoutFixes } from '../collector';
import type { LintOptions } from '../lint';
import { isCrossFileRule, type ComposeRule, type Rule } from '../rule';
import type { Candidate } from '../detect';
import type { LintResult } from '../types';
import type { WorkspaceIndex } from '../workspace';
import { ComposeContext } from './context';
import { parseCompose } from './parse';
import { composeSuppressions, isComposeSuppressed } from './suppress';

const KUBERNETES_KEYS = /^(apiVersion|kind)[ \t]*:/m;
const SERVICES_KEY = /^services[ \t]*:/m;

/**
 * A file named like a Compose file is read as one unless it reads as a Kubernetes manifest
 * (`apiVersion` or `kind` at the top level and no `services`), as a `compose-deployment.yaml`
 * written for kubectl would.
 */
export function readsAsCompose(text: string): boolean {
  return SERVICES_KEY.test(text) || !KUBERNETES_KEYS.test(text);
}

/**
 * The kind of file to lint the file as: a YAML file another Compose file's `include:` or `extends`
 * names is a Compose file, whatever its name (`infra/db.yml`), once the index has read that file.
 */
export function composeByReference(
  candidate: Candidate,
  uri: string,
  workspace: WorkspaceIndex | undefined,
): Candidate {
  return candidate === 'yaml' && workspace?.isNamedComposeFile?.(uri) ? 'compose' : candidate;
}

export function lintCompose(
  rules: readonly Rule[],
  text: string,
  uri: string,
  config: Config,
  options: LintOptions,
): LintResult {
  const scope = options.scope ?? 'all';
  const workspace = options.workspace;
  // Rules that read other files wait for the first scan rather than judge what is not read yet.
  const crossFile = scope !== 'file' && workspace?.isComplete?.() !== false;
  const chosen = rules.filter(
    (rule): rule is ComposeRule =>
      rule.target === 'compose' && (isCrossFileRule(rule) ? crossFile : scope !== 'workspace'),
  );
  if (chosen.length === 0) return { kind: 'compose', findings: [], internalErrors: [] };
  const file = parseCompose(text);
  const suppressions = composeSuppressions(file.index);
  const collector = new Collector(config);
  for (const rule of chosen) {
    collector.run(
      rule,
      (sink) =>
        rule.check(
          new ComposeContext(file, uri, rule, config.locale, sink, config, workspace, options.composeSurroundings),
        ),
      (report) => !isComposeSuppressed(rule, report.range.start.line, suppressions),
    );
  }
  const result = collector.result('compose');
  // Node ranges in a file YAML cannot read may stop short of broken tokens: an edit computed from
  // them could cut the file wrongly. The findings stay; their fixes wait until the file parses.
  return file.problems.length === 0 ? result : { ...result, findings: result.findings.map(withoutFixes) };
}
