import { isSeq } from 'yaml';
import type { KubernetesContext } from '../../engine/kubernetes/context';
import type { K8sObject, ParsedYaml, Path } from '../../engine/kubernetes/parse';
import { get } from '../../engine/kubernetes/workloads';

/** Reading RBAC roles and bindings: what a rule grants, and whom a binding grants it to. */

export const ROLE_KINDS = ['Role', 'ClusterRole'];
export const BINDING_KINDS = ['RoleBinding', 'ClusterRoleBinding'];

export interface PolicyRule {
  /** Path of the rule from the object's root. */
  path: Path;
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  resourceNames: string[];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The rules a Role or ClusterRole writes; an aggregated ClusterRole's rules are filled in by the controller. */
export function policyRules(object: K8sObject): PolicyRule[] {
  if (!object.value || get(object.value, 'aggregationRule') !== undefined) return [];
  const rules = get(object.value, 'rules');
  if (!Array.isArray(rules)) return [];
  return rules.map((rule: unknown, i) => ({
    path: ['rules', i],
    apiGroups: strings(get(rule, 'apiGroups')),
    resources: strings(get(rule, 'resources')),
    verbs: strings(get(rule, 'verbs')),
    resourceNames: strings(get(rule, 'resourceNames')),
  }));
}

/** Where in a rule's list an entry is written, for ranges. */
export function entryPath(ctx: KubernetesContext, rule: PolicyRule, field: string, entry: string): Path {
  const list = ctx.node([...rule.path, field]);
  if (isSeq(list)) {
    const index = list.items.findIndex((item) => (item as { value?: unknown }).value === entry);
    if (index >= 0) return [...rule.path, field, index];
  }
  return [...rule.path, field];
}

/** True when the rule applies to the core API group (where pods and secrets live). */
export function coversCoreGroup(rule: PolicyRule): boolean {
  return rule.apiGroups.includes('') || rule.apiGroups.includes('*');
}

/** True when a rule grants one of `verbs` (a `*` verb grants all). */
export function grantsVerb(rule: PolicyRule, verbs: readonly string[]): boolean {
  return rule.verbs.includes('*') || rule.verbs.some((verb) => verbs.includes(verb));
}

/** True when a Role or ClusterRole grants every verb on every resource: the same as cluster-admin. */
export function grantsEverything(object: K8sObject): boolean {
  return policyRules(object).some(
    (rule) => rule.apiGroups.includes('*') && rule.resources.includes('*') && rule.verbs.includes('*'),
  );
}

export interface Subject {
  kind: string;
  name: string;
  namespace: string | undefined;
  path: Path;
}

export function subjectsOf(object: K8sObject): Subject[] {
  const subjects = object.value ? get(object.value, 'subjects') : undefined;
  if (!Array.isArray(subjects)) return [];
  return subjects.flatMap((subject: unknown, i) => {
    const kind = get(subject, 'kind');
    const name = get(subject, 'name');
    const namespace = get(subject, 'namespace');
    if (typeof kind !== 'string' || typeof name !== 'string') return [];
    return [{ kind, name, namespace: typeof namespace === 'string' ? namespace : undefined, path: ['subjects', i] }];
  });
}

/** Roles and ClusterRoles per parsed file, found once rather than once per binding. */
const rolesByFile = new WeakMap<ParsedYaml, K8sObject[]>();

/** The role a binding refers to, when the same file defines it. */
export function boundRole(ctx: KubernetesContext): K8sObject | undefined {
  const kind = get(ctx.object.value, 'roleRef', 'kind');
  const name = get(ctx.object.value, 'roleRef', 'name');
  if (typeof kind !== 'string' || typeof name !== 'string') return undefined;
  let roles = rolesByFile.get(ctx.file);
  if (!roles) {
    roles = ctx.objects.filter((object) => ROLE_KINDS.includes(object.kind));
    rolesByFile.set(ctx.file, roles);
  }
  const namespace = ctx.object.namespace;
  return roles.find(
    (object) =>
      object.kind === kind &&
      object.name === name &&
      (kind === 'ClusterRole' || (object.namespace ?? namespace) === namespace),
  );
}
