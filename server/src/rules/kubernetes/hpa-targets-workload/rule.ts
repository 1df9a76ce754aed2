import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { closestObject, nameOf, ownObjects, renameTarget, replaceScalar, valueOrKeyRange } from '../workspace-support';

const hpa = (target: string): string =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: ${target}\n  minReplicas: 2\n  maxReplicas: 6\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target: { type: Utilization, averageUtilization: 70 }`;

const NAME_PATH = ['spec', 'scaleTargetRef', 'name'];

export default defineKubernetesRule({
  id: 'hpa-targets-workload',
  title: {
    en: 'A HorizontalPodAutoscaler should scale a workload that exists',
    ko: 'HorizontalPodAutoscaler는 있는 워크로드를 스케일해야 함',
  },
  severity: 'warning',
  concept: 'resource-management',
  topics: ['kubernetes-operations', 'cloud-native'],
  kinds: ['HorizontalPodAutoscaler'],
  description: {
    en: 'An autoscaler finds what it scales by `scaleTargetRef` (kind and name) in its own namespace. A name that matches nothing is accepted by the API and then silently does nothing: the workload you meant keeps a fixed replica count however busy it gets. This rule looks for the target anywhere in the workspace, and stays quiet when the workspace holds no object of the target kind in that namespace (the workload is then deployed from elsewhere).',
    ko: '오토스케일러는 `scaleTargetRef`(kind와 이름)로 자기 네임스페이스에서 스케일할 대상을 찾습니다. 아무것도 가리키지 않는 이름도 API는 받아들이고, 그 뒤에는 조용히 아무 일도 하지 않습니다. 의도한 워크로드는 아무리 바빠도 레플리카 수가 그대로입니다. 이 규칙은 워크스페이스 어디서든 대상을 찾고, 그 네임스페이스에 대상 kind의 오브젝트가 하나도 없으면(워크로드를 다른 곳에서 배포하는 경우) 조용히 있습니다.',
  },
  remediation: {
    en: '`scaleTargetRef` must give the `apiVersion`, `kind` and `name` of a Deployment, StatefulSet (or another scalable object) in the same namespace as the autoscaler.',
    ko: '`scaleTargetRef`에는 오토스케일러와 같은 네임스페이스에 있는 디플로이먼트, 스테이트풀셋(또는 스케일할 수 있는 다른 오브젝트)의 `apiVersion`, `kind`, `name`을 적어야 합니다.',
  },
  peers: { kubeLinter: ['dangling-horizontalpodautoscaler'], kubeScore: ['horizontalpodautoscaler-has-target'] },
  example: {
    bad: deployment({ more: [hpa('web-app')] }),
    good: deployment({ more: [hpa('web')] }),
  },
  messages: {
    missing: {
      en: 'HorizontalPodAutoscaler "{name}" scales {kind} "{target}", which is not in the workspace: it has nothing to scale.',
      ko: 'HorizontalPodAutoscaler "{name}"{은/는} {kind} "{target}"{을/를} 스케일하지만 워크스페이스에 그런 오브젝트가 없어 스케일할 대상이 없습니다.',
    },
    near: {
      en: 'HorizontalPodAutoscaler "{name}" scales {kind} "{target}", which is not in the workspace; {kind} "{near}" is. A typo?',
      ko: 'HorizontalPodAutoscaler "{name}"{은/는} {kind} "{target}"{을/를} 스케일하지만 그런 오브젝트는 없고 {kind} "{near}"{이/가} 있습니다. 오타인가요?',
    },
    relatedTarget: { en: 'the {kind} it may mean', ko: '의도했을 수 있는 {kind}' },
    fix: { en: 'Scale {kind} "{target}"', ko: '{kind} "{target}" 스케일하기' },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownObjects(ctx, ['HorizontalPodAutoscaler'])) {
      const target = facts.scaleTarget;
      if (!target) continue;
      const candidates = ctx.inventory.near(target.kind, facts.namespace);
      if (candidates.length === 0 || candidates.some((c) => c.name === target.name)) continue;
      const closest = closestObject(target.name, candidates);
      const guess = closest?.name;
      const meant = closest?.object;
      const data = { name: nameOf(facts), kind: target.kind, target: target.name };
      const rename = renameTarget(target.name, guess);
      const edit = rename === undefined ? undefined : replaceScalar(ctx, object, NAME_PATH, rename);
      ctx.report({
        range: valueOrKeyRange(ctx, object, NAME_PATH),
        message: guess ? ctx.t('near', { ...data, near: guess }) : ctx.t('missing', data),
        ...(meant ? { related: [ctx.inventory.related(meant, ctx.t('relatedTarget', { kind: target.kind }))] } : {}),
        ...(edit && rename
          ? { fix: { title: ctx.t('fix', { kind: target.kind, target: rename }), edits: [edit] } }
          : {}),
      });
    }
  },
});
