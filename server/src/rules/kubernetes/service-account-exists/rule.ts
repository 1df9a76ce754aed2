import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { closestName, nameOf, ownWorkloads, renameTarget, replaceScalar, valueOrKeyRange } from '../workspace-support';

const ACCOUNT = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\nautomountServiceAccountToken: false';

export default defineKubernetesRule({
  id: 'service-account-exists',
  title: {
    en: 'Define the ServiceAccount a pod runs as',
    ko: '파드가 쓰는 서비스 어카운트를 정의함',
  },
  severity: 'info',
  concept: 'least-privilege',
  topics: ['kubernetes-operations', 'kubernetes-architecture'],
  description: {
    en: 'A pod that names a service account that does not exist is rejected by the API server, so its Deployment or Job creates no pod at all and only its events say why. Defining the ServiceAccount beside the workload keeps the identity (and the Roles bound to it) in the same reviewed place as the code that uses it. This is information: the account may be created another way (by a Helm chart, an operator, or by hand), which this rule cannot see.',
    ko: '없는 서비스 어카운트를 적은 파드는 API 서버가 거부하므로, 그 디플로이먼트나 잡은 파드를 하나도 만들지 못하고 이벤트에만 이유가 남습니다. 서비스 어카운트를 워크로드 옆에 정의하면 아이덴티티(와 거기 바인딩된 롤)가 그것을 쓰는 코드와 같은 곳에서 검토됩니다. 정보로 알립니다. 어카운트를 다른 방법(Helm 차트, 오퍼레이터, 수동)으로 만들 수도 있는데 이 규칙은 그것을 볼 수 없습니다.',
  },
  remediation: {
    en: "Add a ServiceAccount with that name to the workspace, in the workload's namespace (with `automountServiceAccountToken: false` unless the pod calls the API), or correct the name in `serviceAccountName`.",
    ko: '워크로드의 네임스페이스에 그 이름의 서비스 어카운트를 워크스페이스에 추가하거나(파드가 API를 부르지 않으면 `automountServiceAccountToken: false`와 함께), `serviceAccountName`의 이름을 바로잡으세요.',
  },
  exceptions: {
    en: 'Accounts created outside the workspace (by a chart, an operator or a platform team) are fine; suppress with `cntutor.dev/ignore: service-account-exists` on the workload and say where the account comes from.',
    ko: '워크스페이스 밖(차트, 오퍼레이터, 플랫폼 팀)에서 만드는 어카운트라면 괜찮습니다. 워크로드에 `cntutor.dev/ignore: service-account-exists`를 달고 어카운트가 어디서 오는지 적어 두세요.',
  },
  peers: { kubeLinter: ['non-existent-service-account'] },
  example: {
    bad: deployment({ pod: ['serviceAccountName: web'] }),
    good: deployment({ pod: ['serviceAccountName: web'], more: [ACCOUNT] }),
  },
  messages: {
    missing: {
      en: '{kind} "{name}" runs as ServiceAccount "{account}", which is not defined in the workspace; unless it is created another way, its pods are rejected.',
      ko: '{kind} "{name}"{은/는} 서비스 어카운트 "{account}"{으로/로} 실행되지만 워크스페이스에 정의되어 있지 않습니다. 다른 방법으로 만들지 않는다면 파드가 거부됩니다.',
    },
    near: {
      en: '{kind} "{name}" runs as ServiceAccount "{account}", which is not defined in the workspace; "{near}" is. A typo?',
      ko: '{kind} "{name}"{은/는} 서비스 어카운트 "{account}"{으로/로} 실행되지만 워크스페이스에 없고 "{near}"{이/가} 있습니다. 오타인가요?',
    },
    relatedAccount: { en: 'a ServiceAccount with a similar name', ko: '비슷한 이름의 서비스 어카운트' },
    fix: { en: 'Run as ServiceAccount "{account}"', ko: '서비스 어카운트 "{account}"{으로/로} 실행' },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownWorkloads(ctx)) {
      for (const reference of facts.references) {
        if (reference.kind !== 'ServiceAccount') continue;
        if (ctx.inventory.definitions('ServiceAccount', reference.name, facts.namespace).length > 0) continue;
        const accounts = ctx.inventory.near('ServiceAccount', facts.namespace);
        const guess = closestName(
          reference.name,
          accounts.flatMap((a) => (a.name ? [a.name] : [])),
        );
        const meant = accounts.find((a) => a.name === guess);
        // Another account has other permissions: the fix renames only what reads as a misspelling.
        const rename = renameTarget(reference.name, guess);
        const edit = rename === undefined ? undefined : replaceScalar(ctx, object, reference.path, rename);
        const data = { kind: facts.kind, name: nameOf(facts), account: reference.name };
        ctx.report({
          range: valueOrKeyRange(ctx, object, reference.path),
          message: guess ? ctx.t('near', { ...data, near: guess }) : ctx.t('missing', data),
          ...(meant ? { related: [ctx.inventory.related(meant, ctx.t('relatedAccount'))] } : {}),
          ...(edit && rename ? { fix: { title: ctx.t('fix', { account: rename }), edits: [edit] } } : {}),
        });
      }
    }
  },
});
