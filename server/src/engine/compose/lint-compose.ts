import type { Config } from '../config';
import { Collector, withoutFixes, type LintOptions } from '../lint';
import type { ComposeRule, Rule } from '../rule';
import type { LintResult } from '../types';
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

export function lintCompose(
  rules: readonly Rule[],
  text: string,
  uri: string,
  config: Config,
  options: LintOptions,
): LintResult {
  if (options.scope === 'workspace') return { kind: 'compose', findings: [], internalErrors: [] };
  const file = parseCompose(text);
  const suppressions = composeSuppressions(file.index);
  const collector = new Collector(config);
  for (const rule of rules) {
    if (rule.target !== 'compose') continue;
    collector.run(
      rule,
      (sink) =>
        (rule as ComposeRule).check(new ComposeContext(file, uri, rule as ComposeRule, config.locale, sink, config)),
      (report) => !isComposeSuppressed(rule, report.range.start.line, suppressions),
    );
  }
  const result = collector.result('compose');
  // Node ranges in a file YAML cannot read may stop short of broken tokens: an edit computed from
  // them could cut the file wrongly. The findings stay; their fixes wait until the file parses.
  return file.problems.length === 0 ? result : { ...result, findings: result.findings.map(withoutFixes) };
}
