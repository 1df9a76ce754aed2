import type { Config } from '../config';
import { lintGoYamlFile } from '../go-yaml-file';
import type { LintOptions } from '../lint';
import type { ChartRule, Rule } from '../rule';
import type { LintResult } from '../types';
import { ChartContext } from './context';
import { isChartRequirements, parseChart } from './parse';

/**
 * Lints a Helm chart's Chart.yaml, or its requirements.yaml: what Helm checks when it loads a
 * chart, and what `helm lint` adds.
 */
export function lintChart(
  rules: readonly Rule[],
  text: string,
  uri: string,
  config: Config,
  options: LintOptions,
): LintResult {
  // The rules that read the chart's folder get it with every lint (the server lints an open Chart.yaml
  // again when a file of its chart changes): the editor's rerun of cross-file rules has nothing to do here.
  if (options.scope === 'workspace') return { kind: 'chart', findings: [], internalErrors: [] };
  const requirements = isChartRequirements(uri);
  const chosen = rules.filter(
    (rule): rule is ChartRule => rule.target === 'chart' && (!requirements || rule.requirementsFile === true),
  );
  if (chosen.length === 0) return { kind: 'chart', findings: [], internalErrors: [] };
  const file = parseChart(text);
  return lintGoYamlFile('chart', chosen, file, config, (rule, sink) =>
    rule.check(new ChartContext(file, uri, rule, config.locale, sink, config, options.helmChart)),
  );
}
