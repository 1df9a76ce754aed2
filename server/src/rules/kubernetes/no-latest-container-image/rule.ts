import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { pathFrom } from '../../../schema/file-key';
import { imageReferenceProblem } from '../../../engine/image';
import { movingImage, movingTag } from '../kustomized-tags';
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
    en: "A container image without a tag, or with `latest`, can change under the same name. Two replicas of one Deployment may then run different code, and a rollback does not bring the old code back. Where kustomizations build the manifest, the image each of them deploys is judged: an `images:` entry with `newTag` or `digest` pins what the manifest leaves at `latest` (an operator's `image: controller:latest` in `config/manager`), and one with `newTag: latest` unpins a version.",
    ko: '태그가 없거나 `latest`인 컨테이너 이미지는 같은 이름 아래에서 바뀔 수 있습니다. 한 디플로이먼트의 두 레플리카가 서로 다른 코드를 실행할 수 있고, 롤백해도 예전 코드가 돌아오지 않습니다. 매니페스트를 kustomization이 빌드하면 각 kustomization이 배포하는 이미지로 판단합니다. `newTag`나 `digest`가 있는 `images:` 항목은 매니페스트가 `latest`로 둔 이미지(`config/manager`에 있는 오퍼레이터의 `image: controller:latest`)를 고정하고, `newTag: latest`인 항목은 버전을 풀어 버립니다.',
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
    kustomized: {
      en: 'Container "{name}" runs image "{image}", with no version pinned, when {kustomization} is built.',
      ko: '{kustomization}{을/를} 빌드하면 컨테이너 "{name}"{이/가} 버전이 고정되지 않은 이미지 "{image}"{을/를} 실행합니다.',
    },
    relatedRename: {
      en: 'the image entry that leaves the tag moving',
      ko: '태그를 움직이는 채로 두는 이미지 항목',
    },
  },
  check(ctx) {
    for (const container of ctx.containers()) {
      const image = container.value.image;
      if (typeof image !== 'string' || image.includes('$')) continue;
      // Not an image at all (IMAGE_TAG): nothing is pulled, latest or not; kubernetes-validation says so.
      if (imageReferenceProblem(image)) continue;
      const moving = movingImage(ctx, image);
      if (!moving) continue;
      const range = ctx.valueRange([...container.path, 'image']);
      const id = movingTag(image);
      if (id || !moving.kustomized) {
        ctx.report({ range, message: ctx.t(id ?? 'latest', { name: container.name, image }) });
        continue;
      }
      // The file pins the image, and a kustomization that builds it unpins it.
      const { kustomized } = moving;
      const rename = kustomized.renames[kustomized.renames.length - 1];
      ctx.report({
        range,
        message: ctx.t('kustomized', {
          name: container.name,
          image: kustomized.reference,
          kustomization: pathFrom(ctx.uri, kustomized.root),
        }),
        ...(rename ? { related: [{ uri: rename.uri, range: rename.range, message: ctx.t('relatedRename') }] } : {}),
      });
    }
  },
});
