import type { Rule } from '../engine/rule';
import type { FileKind } from '../engine/types';
import { DOCKERFILE_RULES } from './dockerfile';
import type * as YamlRuleSets from './yaml-rule-sets';

let yamlSets: typeof YamlRuleSets | undefined;

/** Where the rules of YAML files come from (a side bundle in the Node bundles: see yaml-rule-sets.ts). */
function yamlRuleSets(): typeof YamlRuleSets {
  // A require, not an import, so that the bundle loads the rules only when called.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  yamlSets ??= require('./yaml-rule-sets') as typeof YamlRuleSets;
  return yamlSets;
}

let kubernetes: readonly Rule[] | undefined;

/**
 * The Kubernetes rules, loaded when first asked for. A run over Dockerfiles never sets them up:
 * building their definitions (messages, examples, peers) and the code cache that holds their
 * compiled set-up made `cntutor lint` of one Dockerfile take 244 ms instead of 205 (medians of 16
 * alternating runs), its code cache 1.76 MB instead of 1.36.
 */
export function kubernetesRules(): readonly Rule[] {
  kubernetes ??= yamlRuleSets().kubernetesRuleSet();
  return kubernetes;
}

let compose: readonly Rule[] | undefined;

/** The Compose rules, loaded when first asked for, as the Kubernetes rules are. */
export function composeRules(): readonly Rule[] {
  compose ??= yamlRuleSets().composeRuleSet();
  return compose;
}

let chart: readonly Rule[] | undefined;

/** The rules of a Helm chart's Chart.yaml, loaded when first asked for. */
export function chartRules(): readonly Rule[] {
  chart ??= yamlRuleSets().chartRuleSet();
  return chart;
}

let kustomization: readonly Rule[] | undefined;

/** The rules of a kustomization file, loaded when first asked for. */
export function kustomizationRules(): readonly Rule[] {
  kustomization ??= yamlRuleSets().kustomizationRuleSet();
  return kustomization;
}

let all: readonly Rule[] | undefined;

/** Every rule, in the order their findings are documented. */
export function allRules(): readonly Rule[] {
  all ??= [...DOCKERFILE_RULES, ...kubernetesRules(), ...composeRules(), ...chartRules(), ...kustomizationRules()];
  return all;
}

/** The rules that lint a kind of file: what the engine runs by default. */
export function rulesOfKind(kind: FileKind): readonly Rule[] {
  if (kind === 'dockerfile') return DOCKERFILE_RULES;
  if (kind === 'chart') return chartRules();
  if (kind === 'kustomization') return kustomizationRules();
  return kind === 'compose' ? composeRules() : kubernetesRules();
}

let dockerfileById: Map<string, Rule> | undefined;
let kubernetesById: Map<string, Rule> | undefined;
let composeById: Map<string, Rule> | undefined;
let chartById: Map<string, Rule> | undefined;
let kustomizationById: Map<string, Rule> | undefined;

/** Every Compose rule's id starts so, and no other rule's: a lookup loads only the rules it names. */
export const COMPOSE_RULE_PREFIX = 'compose-';
/** Every Chart.yaml rule's id starts so, and no other rule's. */
export const CHART_RULE_PREFIX = 'chart-';
/** Every kustomization rule's id starts so, and no other rule's. */
export const KUSTOMIZATION_RULE_PREFIX = 'kustomization-';

/**
 * The rule with this id; asked once per finding when a file's findings are published. Each kind's
 * rules are loaded only when an id may be theirs, so the findings of a manifest never load the
 * Compose rules, nor a Compose file's the Kubernetes rules.
 */
export function findRule(id: string): Rule | undefined {
  dockerfileById ??= new Map(DOCKERFILE_RULES.map((rule) => [rule.id, rule]));
  const dockerfile = dockerfileById.get(id);
  if (dockerfile) return dockerfile;
  if (id.startsWith(COMPOSE_RULE_PREFIX)) {
    composeById ??= new Map(composeRules().map((rule) => [rule.id, rule]));
    return composeById.get(id);
  }
  if (id.startsWith(CHART_RULE_PREFIX)) {
    chartById ??= new Map(chartRules().map((rule) => [rule.id, rule]));
    return chartById.get(id);
  }
  if (id.startsWith(KUSTOMIZATION_RULE_PREFIX)) {
    kustomizationById ??= new Map(kustomizationRules().map((rule) => [rule.id, rule]));
    return kustomizationById.get(id);
  }
  kubernetesById ??= new Map(kubernetesRules().map((rule) => [rule.id, rule]));
  return kubernetesById.get(id);
}
