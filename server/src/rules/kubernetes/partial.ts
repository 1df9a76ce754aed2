import type { KubernetesContext } from '../../engine/kubernetes/context';

/**
 * A kustomize patch holds only the fields it changes, and the rest comes from its base: a rule
 * that reports what is missing would report the base's fields as absent, so such rules skip it.
 */
export function isPartialObject(ctx: KubernetesContext): boolean {
  return ctx.workspace?.isKustomizePatch?.(ctx.uri) ?? false;
}
