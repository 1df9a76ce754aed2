/**
 * The rules of YAML files, one set per kind of file, each set up when first asked for. The Node
 * bundles carry this module and what only it reaches as a side bundle of their own
 * (scripts/side-bundles.mjs), so a run over Dockerfiles never reads them; rules/index.ts is the
 * only module that asks for it.
 */
import type { Rule } from '../engine/rule';
import type * as ComposeRuleModules from './compose';
import type * as KubernetesRuleModules from './kubernetes';
import type * as ChartRuleModules from './chart';
import type * as KustomizationRuleModules from './kustomization';

/* eslint-disable @typescript-eslint/no-require-imports -- a require, not an import, so that each set is set up only when called */
export function kubernetesRuleSet(): readonly Rule[] {
  return (require('./kubernetes') as typeof KubernetesRuleModules).KUBERNETES_RULES;
}

export function composeRuleSet(): readonly Rule[] {
  return (require('./compose') as typeof ComposeRuleModules).COMPOSE_RULES;
}

export function chartRuleSet(): readonly Rule[] {
  return (require('./chart') as typeof ChartRuleModules).CHART_RULES;
}

export function kustomizationRuleSet(): readonly Rule[] {
  return (require('./kustomization') as typeof KustomizationRuleModules).KUSTOMIZATION_RULES;
}
/* eslint-enable @typescript-eslint/no-require-imports */
