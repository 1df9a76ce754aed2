import { imageReferenceProblem } from '../../../engine/image';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineKubernetesRule } from '../../../engine/rule';
import { containerWith, deployment } from '../example-files';
import { ALL_ROLES, containersWith } from '../support';
import { movingImage, movingTag } from '../kustomized-tags';

export default defineKubernetesRule({
  id: 'image-pull-policy',
  title: {
    en: 'Pull images in a way every node agrees on',
    ko: '모든 노드가 같은 이미지를 받도록 풀 정책 정하기',
  },
  severity: 'info',
  concept: 'immutable-images',
  topics: ['kubernetes-operations', 'docker-operations'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'imagePullPolicy decides when a node fetches the image. `Never` starts the pod only on nodes where someone loaded the image by hand, so it fails wherever the scheduler puts it next. `IfNotPresent` with a tag that moves (`latest`, or no tag) keeps whatever each node pulled first, so replicas on different nodes run different code. Other tools ask for `Always` everywhere; this rule does not: with an exact version or a digest, `IfNotPresent` (the default for such images) is right, and `Always` only makes every restart depend on the registry being reachable. Where kustomizations build the manifest, the tag each of them gives the image (`images:` … `newTag`) is the one judged.',
    ko: 'imagePullPolicy는 노드가 이미지를 언제 받아 올지 정합니다. `Never`는 누군가 손으로 이미지를 넣어 둔 노드에서만 파드를 시작하므로, 스케줄러가 다른 곳에 두면 실패합니다. 움직이는 태그(`latest`나 태그 없음)에 `IfNotPresent`를 쓰면 노드마다 처음 받은 이미지를 계속 쓰므로, 노드가 다른 레플리카끼리 서로 다른 코드를 실행합니다. 다른 도구는 어디서나 `Always`를 요구하지만 이 규칙은 그러지 않습니다. 정확한 버전이나 다이제스트라면 `IfNotPresent`(그런 이미지의 기본값)가 맞고, `Always`는 재시작할 때마다 레지스트리에 닿을 수 있어야 하게 만들 뿐입니다. 매니페스트를 kustomization이 빌드하면 각 kustomization이 이미지에 붙이는 태그(`images:`의 `newTag`)로 판단합니다.',
  },
  remediation: {
    en: 'Pin the image to a version or digest and leave imagePullPolicy out (the default is then IfNotPresent). While a moving tag remains, use `Always`. Keep `Never` for local clusters where images are loaded with `kind load` or `minikube image load`.',
    ko: '이미지를 버전이나 다이제스트로 고정하고 imagePullPolicy는 빼세요(그러면 기본값이 IfNotPresent입니다). 움직이는 태그를 쓰는 동안에는 `Always`를 쓰세요. `Never`는 `kind load`나 `minikube image load`로 이미지를 넣는 로컬 클러스터에서만 쓰세요.',
  },
  exceptions: {
    en: 'On a local cluster fed with `kind load docker-image`, `Never` is the point: suppress the finding in those manifests.',
    ko: '`kind load docker-image`로 이미지를 넣는 로컬 클러스터에서는 `Never`가 바로 의도입니다. 그런 매니페스트에서는 이 결과를 숨기세요.',
  },
  peers: {
    kubeScore: ['container-image-pull-policy'],
    polaris: ['pullPolicyNotAlways'],
    checkov: ['CKV_K8S_15'],
  },
  example: {
    bad: deployment({ container: containerWith({ imagePullPolicy: ['imagePullPolicy: Never'] }) }),
    good: deployment(),
  },
  messages: {
    never: {
      en: 'Container "{name}" never pulls its image: the pod starts only on nodes where the image was loaded by hand.',
      ko: '컨테이너 "{name}"{은/는} 이미지를 결코 받아 오지 않습니다. 이미지를 손으로 넣어 둔 노드에서만 파드가 시작됩니다.',
    },
    movingTag: {
      en: 'Container "{name}" pulls "{image}" only if absent, but that tag moves: each node keeps the version it pulled first.',
      ko: '컨테이너 "{name}"{은/는} "{image}"{이/가} 없을 때만 받아 오는데, 그 태그는 움직입니다. 노드마다 처음 받은 버전을 계속 씁니다.',
    },
    fix: {
      en: 'Set imagePullPolicy to Always',
      ko: 'imagePullPolicy를 Always로 설정',
    },
  },
  // Always makes every start depend on the registry: a person chooses it over pinning the tag.
  fix: 'unsafe',
  check(ctx) {
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const policy = container.value.imagePullPolicy;
      const path = [...container.path, 'imagePullPolicy'];
      if (policy === 'Never') {
        ctx.report({ range: ctx.valueRange(path), message: ctx.t('never', { name: container.name }) });
        continue;
      }
      const image = container.value.image;
      if (policy !== 'IfNotPresent' || typeof image !== 'string' || image.includes('$')) continue;
      if (imageReferenceProblem(image)) continue;
      // As the kustomizations that build the file leave the image, when they do.
      const moving = movingImage(ctx, image);
      if (!moving) continue;
      const node = ctx.node(path);
      const edit = node && replaceNode(ctx.index, node, 'Always');
      ctx.report({
        range: ctx.valueRange(path),
        // The image as written, unless only a kustomization's tag makes it move.
        message: ctx.t('movingTag', { name: container.name, image: movingTag(image) ? image : moving.reference }),
        ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
      });
    }
  },
});
