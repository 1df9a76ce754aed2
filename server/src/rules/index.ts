import type { Rule } from '../engine/rule';
import { DOCKERFILE_RULES } from './dockerfile';
import { KUBERNETES_RULES } from './kubernetes';

/** Every rule, in the order their findings are documented. */
export const ALL_RULES: readonly Rule[] = [...DOCKERFILE_RULES, ...KUBERNETES_RULES];

let byId: Map<string, Rule> | undefined;

/** The rule with this id; asked once per finding when a file's findings are published. */
export function findRule(id: string): Rule | undefined {
  byId ??= new Map(ALL_RULES.map((rule) => [rule.id, rule]));
  return byId.get(id);
}
