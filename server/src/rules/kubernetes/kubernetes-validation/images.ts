import { imageReferenceProblem } from '../../../engine/image';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { ALL_ROLES, containersWith } from '../support';

/**
 * An image the kubelet cannot parse: the API server stores the pod, but its container never starts
 * (InvalidImageName). Such values are mostly placeholders a pipeline was meant to replace
 * (`IMAGE_TAG`, `<your-registry>/app`). A `$` or `{{` marks a template's substitution still to
 * come, left alone as the other image rules leave it.
 */
export function checkImageReferences(ctx: KubernetesContext): void {
  for (const container of containersWith(ctx, ALL_ROLES)) {
    const image = container.value.image;
    if (typeof image !== 'string' || image.trim() !== image || image === '' || /\$|\{\{/.test(image)) continue;
    const problem = imageReferenceProblem(image);
    if (!problem) continue;
    ctx.report({
      range: ctx.valueRange([...container.path, 'image']),
      message: ctx.t(problem === 'uppercase' ? 'imageUppercase' : 'imageFormat', { name: container.name, image }),
    });
  }
}
