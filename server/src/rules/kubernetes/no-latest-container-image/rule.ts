import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { parseImageReference } from '../../../engine/image';

export default defineKubernetesRule({
  id: 'no-latest-container-image',
  title: 'Pin container images to a version or digest',
  severity: 'warning',
  concept: 'immutable-images',
  kinds: WORKLOAD_KINDS,
  description:
    'A container image without a tag, or with `latest`, can change under the same name. Two replicas of one Deployment may then run different code, and a rollback does not bring the old code back.',
  remediation: 'Name an exact version (`nginx:1.27.3`), or better a digest (`nginx@sha256:…`).',
  peers: { kubeLinter: ['latest-tag'], kubeScore: ['container-image-tag'], polaris: ['tagNotSpecified'] },
  example: {
    bad: 'containers:\n  - name: web\n    image: nginx:latest',
    good: 'containers:\n  - name: web\n    image: nginx:1.27.3',
  },
  messages: {
    latest: {
      en: 'Container "{name}" uses image "{image}" with the moving tag "latest".',
      ko: '컨테이너 "{name}"가 움직이는 태그 "latest"인 이미지 "{image}"를 사용합니다.',
    },
    untagged: {
      en: 'Container "{name}" uses image "{image}" without a tag, which means "latest".',
      ko: '컨테이너 "{name}"의 이미지 "{image}"에 태그가 없어 "latest"로 취급됩니다.',
    },
  },
  fixable: false,
  check(ctx) {
    for (const container of ctx.containers()) {
      const image = container.value.image;
      if (typeof image !== 'string' || image.includes('$')) continue;
      const ref = parseImageReference(image);
      if (ref.digest) continue;
      const id = ref.tag === undefined ? 'untagged' : ref.tag === 'latest' ? 'latest' : undefined;
      if (!id) continue;
      ctx.report({
        range: ctx.valueRange([...container.path, 'image']),
        message: ctx.t(id, { name: container.name, image }),
      });
    }
  },
});
