import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { imageReferenceProblem, parseImageReference } from '../../../engine/image';
import { containerWith, deployment } from '../example-files';

export default defineKubernetesRule({
  id: 'no-latest-container-image',
  title: {
    en: 'Pin container images to a version or digest',
    ko: '컨테이너 이미지를 버전이나 다이제스트로 고정하기',
  },
  severity: 'warning',
  concept: 'immutable-images',
  topics: ['docker-operations', 'kubernetes-operations'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'A container image without a tag, or with `latest`, can change under the same name. Two replicas of one Deployment may then run different code, and a rollback does not bring the old code back.',
    ko: '태그가 없거나 `latest`인 컨테이너 이미지는 같은 이름 아래에서 바뀔 수 있습니다. 한 디플로이먼트의 두 레플리카가 서로 다른 코드를 실행할 수 있고, 롤백해도 예전 코드가 돌아오지 않습니다.',
  },
  remediation: {
    en: 'Name an exact version (`nginx:1.27.3`), or better a digest (`nginx@sha256:…`).',
    ko: '정확한 버전(`nginx:1.27.3`)을, 더 좋게는 다이제스트(`nginx@sha256:…`)를 적으세요.',
  },
  peers: {
    kubeLinter: ['latest-tag'],
    kubeScore: ['container-image-tag'],
    polaris: ['tagNotSpecified'],
    trivy: ['KSV013'],
    checkov: ['CKV_K8S_14'],
  },
  example: {
    bad: deployment({ container: containerWith({ image: ['image: registry.example.com/shop/web:latest'] }) }),
    good: deployment(),
  },
  messages: {
    latest: {
      en: 'Container "{name}" uses image "{image}" with the moving tag "latest".',
      ko: '컨테이너 "{name}"{이/가} 움직이는 태그 "latest"인 이미지 "{image}"{을/를} 사용합니다.',
    },
    untagged: {
      en: 'Container "{name}" uses image "{image}" without a tag, which means "latest".',
      ko: '컨테이너 "{name}"의 이미지 "{image}"에 태그가 없어 "latest"로 취급됩니다.',
    },
  },
  check(ctx) {
    for (const container of ctx.containers()) {
      const image = container.value.image;
      if (typeof image !== 'string' || image.includes('$')) continue;
      // Not an image at all (IMAGE_TAG): nothing is pulled, latest or not; kubernetes-validation says so.
      if (imageReferenceProblem(image)) continue;
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
