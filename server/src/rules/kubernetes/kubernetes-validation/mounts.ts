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
      const { mountPropagation, name, mountPath } = (mount ?? {}) as Record<string, unknown>;
      if (mountPropagation !== 'Bidirectional') return;
      // A name of the wrong type is the schema's to report; the message names the mount as it can.
      const label = typeof name === 'string' ? name : typeof mountPath === 'string' ? mountPath : `#${i + 1}`;
      ctx.report({
        range: ctx.valueRange([...container.path, 'volumeMounts', i, 'mountPropagation']),
        message: ctx.t('bidirectionalMount', { container: container.name, mount: label }),
      });
    });
  }
}
