/** Complete RBAC manifests for rule examples: a Role, and a RoleBinding giving it to a ServiceAccount. */

export function role(rules: readonly string[], kind: 'Role' | 'ClusterRole' = 'Role'): string {
  return [
    'apiVersion: rbac.authorization.k8s.io/v1',
    `kind: ${kind}`,
    'metadata:',
    '  name: deployer',
    ...(kind === 'Role' ? ['  namespace: shop'] : []),
    'rules:',
    ...rules.map((line) => `  ${line}`),
    '',
  ].join('\n');
}

export function binding(
  roleRef: string,
  subject = '{ kind: ServiceAccount, name: deployer, namespace: shop }',
): string {
  return [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: RoleBinding',
    'metadata:',
    '  name: deployer',
    '  namespace: shop',
    `roleRef: ${roleRef}`,
    'subjects:',
    `  - ${subject}`,
    '',
  ].join('\n');
}
