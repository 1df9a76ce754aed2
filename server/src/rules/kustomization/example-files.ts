/**
 * Complete kustomizations for rule examples, with the files they name. Each rule's ✅ example must
 * pass every rule, so the examples start from one well-kept overlay and change only what the rule
 * is about.
 */

/** The lines of a clean kustomization: a namespace, two resources and a pinned image. */
export const CLEAN_KUSTOMIZATION: readonly string[] = [
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'namespace: shop',
  'resources:',
  '  - deployment.yaml',
  '  - service.yaml',
  'images:',
  '  - name: shop',
  '    newName: registry.example.com/shop',
  '    newTag: "1.4.2"',
];

/** A kustomization: the clean lines with some replaced (by the line as written) and lines added at the end. */
export function kustomizationFile(
  options: { replace?: Readonly<Record<string, string>>; add?: readonly string[] } = {},
): string {
  const lines = CLEAN_KUSTOMIZATION.map((line) => options.replace?.[line] ?? line).filter((line) => line !== '');
  return [...lines, ...(options.add ?? [])].join('\n') + '\n';
}

/** The files the clean kustomization names, beside it. */
export const KUSTOMIZATION_FILES: Readonly<Record<string, string>> = {
  'deployment.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: shop\nspec:\n  template:\n    spec:\n      containers:\n        - name: shop\n          image: shop\n',
  'service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: shop\n',
};
