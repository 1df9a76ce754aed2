import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { containersWith, flagAt } from '../support';

/**
 * A mount whose changes propagate back to the host (`mountPropagation: Bidirectional`, what CSI node
 * plugins use) is allowed only in a privileged container: the API server rejects it elsewhere.
 */
export function checkMountPropagation(ctx: KubernetesContext): void {
  for (const container of containersWith(ctx, ['container', 'initContainer', 'ephemeralContainer'])) {
    const mounts = container.value.volumeMounts;
    if (!Array.isArray(mounts)) continue;
    if (flagAt(ctx, [...container.path, 'securityContext', 'privileged'])?.value === true) continue;
    mounts.forEach((mount: unknown, i) => {
      const { mountPropagation, name } = (mount ?? {}) as { mountPropagation?: unknown; name?: unknown };
      if (mountPropagation !== 'Bidirectional') return;
      ctx.report({
        range: ctx.valueRange([...container.path, 'volumeMounts', i, 'mountPropagation']),
        message: ctx.t('bidirectionalMount', { container: container.name, mount: String(name ?? i) }),
      });
    });
  }
}
