import type { Rule } from '../engine/rule';
import { DOCKERFILE_RULES } from './dockerfile';
import { KUBERNETES_RULES } from './kubernetes';

/** Every rule, in the order their findings are documented. */
export const ALL_RULES: readonly Rule[] = [...DOCKERFILE_RULES, ...KUBERNETES_RULES];

export function findRule(id: string): Rule | undefined {
  return ALL_RULES.find((rule) => rule.id === id);
}
