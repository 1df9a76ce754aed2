import { podIdentity } from '../../../engine/kubernetes/inventory';
import type { IndexedObject } from '../../../engine/kubernetes/facts';
import { selectsPods, type PodIdentity } from '../../../engine/kubernetes/selectors';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { closestObject, nameOf, ownObjects, renameTarget, replaceScalar, valueOrKeyRange } from '../workspace-support';

const PATH = ['spec', 'serviceName'];

const statefulSet = (serviceName: string): string =>
  deployment({ spec: [`serviceName: ${serviceName}`] }).replace('kind: Deployment', 'kind: StatefulSet');
const service = (clusterIP: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: ${clusterIP}\n  selector:\n    app: web\n  ports:\n    - port: 8080`;

export default defineKubernetesRule({
  id: 'statefulset-service-name',
  title: {
    en: "A StatefulSet's serviceName should name a headless Service that selects its pods",
    ko: '스테이트풀셋의 serviceName은 파드를 선택하는 헤드리스 서비스여야 함',
  },
  severity: 'warning',
  concept: 'loose-coupling',
  topics: ['kubernetes-architecture', 'kubernetes-msa'],
  kinds: ['StatefulSet'],
  description: {
    en: 'A StatefulSet gives each pod a stable DNS name (`web-0.web.shop.svc`) through its governing Service, named in `serviceName`. That Service must exist in the same namespace, be headless (`clusterIP: None`) and select the pods; otherwise the per-pod names never resolve, and members of a database or a consensus cluster cannot find each other. This rule looks for the Service anywhere in the workspace, and stays quiet when the namespace holds no Service at all.',
    ko: '스테이트풀셋은 `serviceName`에 적은 거버닝 서비스로 각 파드에 안정된 DNS 이름(`web-0.web.shop.svc`)을 줍니다. 그 서비스는 같은 네임스페이스에 있고, 헤드리스(`clusterIP: None`)이며, 파드를 선택해야 합니다. 아니면 파드별 이름이 풀리지 않아 데이터베이스나 합의 클러스터의 멤버가 서로를 찾지 못합니다. 이 규칙은 워크스페이스 어디서든 서비스를 찾고, 네임스페이스에 서비스가 하나도 없으면 조용히 있습니다.',
  },
  remediation: {
    en: "Add (or name) a Service with `clusterIP: None` whose selector matches the StatefulSet's pod labels, in the same namespace, and put its name in `spec.serviceName`. `clusterIP` cannot be changed on an existing Service: delete and recreate it.",
    ko: '같은 네임스페이스에 셀렉터가 스테이트풀셋의 파드 레이블과 맞는 `clusterIP: None` 서비스를 두고(또는 그 이름을 적고) `spec.serviceName`에 그 이름을 적으세요. 이미 있는 서비스의 `clusterIP`는 바꿀 수 없으니 지웠다가 다시 만드세요.',
  },
  peers: { kubeScore: ['statefulset-has-servicename'] },
  example: {
    bad: `${statefulSet('web')}---\n${service('10.96.0.20')}\n`,
    good: `${statefulSet('web')}---\n${service('None')}\n`,
  },
  messages: {
    missing: {
      en: 'StatefulSet "{name}" names Service "{service}" as its governing Service, but the workspace has no such Service in its namespace: its pods get no stable DNS names.',
      ko: '스테이트풀셋 "{name}"{은/는} 서비스 "{service}"{을/를} 거버닝 서비스로 적었지만 워크스페이스의 그 네임스페이스에 그런 서비스가 없어 파드가 안정된 DNS 이름을 얻지 못합니다.',
    },
    near: {
      en: 'StatefulSet "{name}" names Service "{service}", which is not in the workspace; headless Service "{near}" selects its pods. A typo?',
      ko: '스테이트풀셋 "{name}"{은/는} 서비스 "{service}"{을/를} 적었지만 그런 서비스는 없고 파드를 선택하는 헤드리스 서비스 "{near}"{이/가} 있습니다. 오타인가요?',
    },
    notHeadless: {
      en: 'Service "{service}" governs StatefulSet "{name}" but is not headless (clusterIP: None): its pods get no per-pod DNS names.',
      ko: '서비스 "{service}"{은/는} 스테이트풀셋 "{name}"의 거버닝 서비스인데 헤드리스(clusterIP: None)가 아니어서 파드별 DNS 이름이 생기지 않습니다.',
    },
    notSelecting: {
      en: 'Service "{service}" governs StatefulSet "{name}" but its selector does not match the StatefulSet\'s pods.',
      ko: '서비스 "{service}"{은/는} 스테이트풀셋 "{name}"의 거버닝 서비스인데 셀렉터가 스테이트풀셋의 파드와 맞지 않습니다.',
    },
    relatedService: { en: 'the governing Service', ko: '거버닝 서비스' },
    fix: { en: 'Use Service "{service}"', ko: '서비스 "{service}" 사용' },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownObjects(ctx, ['StatefulSet'])) {
      const serviceName = (object.value?.spec as { serviceName?: unknown } | undefined)?.serviceName;
      if (typeof serviceName !== 'string' || serviceName === '') continue;
      const services = ctx.inventory.near('Service', facts.namespace);
      if (services.length === 0) continue;
      const range = valueOrKeyRange(ctx, object, PATH);
      const data = { name: nameOf(facts), service: serviceName };
      const named = ctx.inventory.named('Service', serviceName, facts.namespace);
      const pods = podIdentity(facts);
      if (named.length === 0) {
        // Only a Service this rule would accept can be the one meant: a ClusterIP Service, or a
        // headless one for other pods, would just trade this finding for another.
        const governors = services.filter((service) => service.service?.headless && selectsOwnPods(service, pods));
        const closest = closestObject(serviceName, governors);
        const guess = closest?.name;
        const meant = closest?.object;
        const rename = renameTarget(serviceName, guess);
        const edit = rename === undefined ? undefined : replaceScalar(ctx, object, PATH, rename);
        ctx.report({
          range,
          message: guess ? ctx.t('near', { ...data, near: guess }) : ctx.t('missing', data),
          ...(meant ? { related: [ctx.inventory.related(meant, ctx.t('relatedService'))] } : {}),
          ...(edit && rename ? { fix: { title: ctx.t('fix', { service: rename }), edits: [edit] } } : {}),
        });
        continue;
      }
      const governing = named.find((s) => s.service?.headless) ?? named[0];
      if (!governing) continue;
      const related = [ctx.inventory.related(governing, ctx.t('relatedService'))];
      if (!governing.service?.headless) {
        ctx.report({ range, message: ctx.t('notHeadless', data), related });
        continue;
      }
      if (!selectsOwnPods(governing, pods)) ctx.report({ range, message: ctx.t('notSelecting', data), related });
    }
  },
});

/** Whether a Service selects the pods, as far as is known (a Service without a selector may). */
function selectsOwnPods(service: IndexedObject, pods: PodIdentity | undefined): boolean {
  const selector = service.service?.selector;
  return !pods || !selector || selectsPods(selector, pods);
}
