import type { ReferencedKind } from '../../../engine/kubernetes/facts';
import { defineKubernetesRule } from '../../../engine/rule';
import { containerWith, deployment } from '../example-files';
import { nameOf, ownWorkloads, renameTarget, replaceScalar, valueOrKeyRange } from '../workspace-support';

const CONFIG = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  LOG_LEVEL: info';
const withConfig = (name: string): string =>
  deployment({
    container: containerWith({ envFrom: ['envFrom:', `  - configMapRef: { name: ${name} }`] }),
    more: [CONFIG],
  });

const CHECKED: readonly ReferencedKind[] = ['ConfigMap', 'Secret', 'PersistentVolumeClaim'];

export default defineKubernetesRule({
  id: 'config-reference-exists',
  title: {
    en: 'Define the ConfigMaps, Secrets and claims a pod uses',
    ko: '파드가 쓰는 컨피그맵, 시크릿, 클레임을 정의함',
  },
  severity: 'info',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations', 'cloud-native'],
  description: {
    en: 'A pod that reads a ConfigMap or a Secret (through `env`, `envFrom` or a volume), or mounts a PersistentVolumeClaim, that does not exist never starts: it waits in `CreateContainerConfigError` or `ContainerCreating`, and only its events say why. Keeping the objects a workload needs in the same workspace makes the whole application one declarative unit that can be applied, reviewed and recreated together. This is information: Secrets in particular are often created another way (a secret manager, sealed secrets, by hand), which this rule cannot always see; kustomize generators, cert-manager Certificates, SealedSecrets and ExternalSecrets in the workspace count as definitions, and references marked `optional: true` are left alone.',
    ko: '없는 컨피그맵이나 시크릿을 (`env`, `envFrom`, 볼륨으로) 읽거나 없는 PersistentVolumeClaim을 마운트하는 파드는 시작하지 못합니다. `CreateContainerConfigError`나 `ContainerCreating`에서 기다리고 이벤트에만 이유가 남습니다. 워크로드가 필요로 하는 오브젝트를 같은 워크스페이스에 두면 애플리케이션 전체가 함께 적용하고 검토하고 다시 만들 수 있는 하나의 선언적 단위가 됩니다. 정보로 알립니다. 특히 시크릿은 다른 방법(시크릿 관리 도구, sealed secrets, 수동)으로 만드는 일이 많아 이 규칙이 늘 볼 수는 없습니다. 워크스페이스의 kustomize 생성기, cert-manager Certificate, SealedSecret, ExternalSecret은 정의로 치고, `optional: true`인 참조는 건너뜁니다.',
  },
  remediation: {
    en: "Add the ConfigMap, Secret or PersistentVolumeClaim to the workspace in the workload's namespace (a Secret through a sealed or external secret rather than in plain text), correct the name, or mark a reference the pod can do without `optional: true`.",
    ko: '워크로드의 네임스페이스에 컨피그맵, 시크릿, PersistentVolumeClaim을 워크스페이스에 추가하거나(시크릿은 평문이 아니라 sealed secret이나 external secret으로), 이름을 바로잡거나, 없어도 되는 참조에는 `optional: true`를 적으세요.',
  },
  exceptions: {
    en: 'Objects created outside the workspace are fine; suppress with `cntutor.dev/ignore: config-reference-exists` on the workload and say where they come from.',
    ko: '워크스페이스 밖에서 만드는 오브젝트라면 괜찮습니다. 워크로드에 `cntutor.dev/ignore: config-reference-exists`를 달고 어디서 오는지 적어 두세요.',
  },
  peers: { kubeLinter: ['env-value-from'] },
  example: {
    bad: withConfig('web-settings'),
    good: withConfig('web-config'),
  },
  messages: {
    missing: {
      en: '{kind} "{name}" uses {referenced} "{target}", which is not defined in the workspace; unless it is created another way, its pods do not start.',
      ko: '{kind} "{name}"{은/는} {referenced} "{target}"{을/를} 쓰지만 워크스페이스에 정의되어 있지 않습니다. 다른 방법으로 만들지 않는다면 파드가 시작하지 않습니다.',
    },
    near: {
      en: '{kind} "{name}" uses {referenced} "{target}", which is not defined in the workspace; "{near}" is. A typo?',
      ko: '{kind} "{name}"{은/는} {referenced} "{target}"{을/를} 쓰지만 워크스페이스에 없고 "{near}"{이/가} 있습니다. 오타인가요?',
    },
    relatedObject: { en: 'a {referenced} with a similar name', ko: '비슷한 이름의 {referenced}' },
    fix: { en: 'Use {referenced} "{target}"', ko: '{referenced} "{target}" 사용' },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownWorkloads(ctx)) {
      const reported = new Set<string>();
      for (const reference of facts.references) {
        if (!CHECKED.includes(reference.kind) || reference.optional) continue;
        if (ctx.inventory.definitions(reference.kind, reference.name, facts.namespace).length > 0) continue;
        const closest = ctx.inventory.closestNear(reference.kind, facts.namespace, reference.name);
        const guess = closest?.name;
        const meant = closest?.object;
        const rename = renameTarget(reference.name, guess);
        const edit = rename === undefined ? undefined : replaceScalar(ctx, object, reference.path, rename);
        const data = { kind: facts.kind, name: nameOf(facts), referenced: reference.kind, target: reference.name };
        const range = valueOrKeyRange(ctx, object, reference.path);
        const key = `${range.start.line}:${range.start.character}`;
        if (reported.has(key)) continue;
        reported.add(key);
        ctx.report({
          range,
          message: guess ? ctx.t('near', { ...data, near: guess }) : ctx.t('missing', data),
          ...(meant
            ? { related: [ctx.inventory.related(meant, ctx.t('relatedObject', { referenced: reference.kind }))] }
            : {}),
          ...(edit && rename
            ? { fix: { title: ctx.t('fix', { referenced: reference.kind, target: rename }), edits: [edit] } }
            : {}),
        });
      }
    }
  },
});
