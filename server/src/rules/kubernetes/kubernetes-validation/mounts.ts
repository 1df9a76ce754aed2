import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { bidirectionalMounts } from '../pod-volumes';
import { containersWith, flagAt } from '../support';

/** A Bidirectional mount in a container that is not privileged: the API server rejects it. */
export function checkMountPropagation(ctx: KubernetesContext): void {
  for (const container of containersWith(ctx, ['container', 'initContainer', 'ephemeralContainer'])) {
    if (flagAt(ctx, [...container.path, 'securityContext', 'privileged'])?.value === true) continue;
    for (const { index, mount } of bidirectionalMounts(container)) {
      const { name, mountPath } = mount;
      // A name of the wrong type is the schema's to report; the message names the mount as it can.
      const label = typeof name === 'string' ? name : typeof mountPath === 'string' ? mountPath : `#${index + 1}`;
      ctx.report({
        range: ctx.valueRange([...container.path, 'volumeMounts', index, 'mountPropagation']),
        message: ctx.t('bidirectionalMount', { container: container.name, mount: label }),
      });
    }
  }
}
