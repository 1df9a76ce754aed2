import { defineKubernetesRule } from '../../../engine/rule';
import { get } from '../../../engine/kubernetes/workloads';
import { BINDING_KINDS, boundRole, grantsEverything, subjectsOf } from '../rbac';
import { binding } from '../rbac-examples';

export default defineKubernetesRule({
  id: 'no-default-service-account-binding',
  title: {
    en: 'Grant roles to a dedicated service account, not to default',
    ko: '롤은 default가 아니라 전용 서비스 어카운트에 부여하기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: BINDING_KINDS,
  description: {
    en: 'Every pod that names no service account runs as its namespace’s `default` one. A role bound to `default` is therefore granted to all of them at once, including pods added later by people who never saw this binding, and the grant cannot be withdrawn from one pod without the others.',
    ko: '서비스 어카운트를 지정하지 않은 모든 파드는 네임스페이스의 `default` 서비스 어카운트로 실행됩니다. 그래서 `default`에 바인딩한 롤은 그런 파드 모두에게, 이 바인딩을 본 적 없는 사람이 나중에 추가한 파드에게까지 한꺼번에 부여되며, 한 파드에서만 거둬들일 수도 없습니다.',
  },
  remediation: {
    en: 'Create a ServiceAccount for the workload that needs the role, bind the role to it, and set `serviceAccountName` in that workload’s pod spec.',
    ko: '롤이 필요한 워크로드를 위한 서비스 어카운트를 만들어 롤을 거기에 바인딩하고, 그 워크로드의 파드 스펙에 `serviceAccountName`을 설정하세요.',
  },
  peers: {
    checkov: ['CKV_K8S_42'],
  },
  example: {
    bad: binding(
      '{ apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer }',
      '{ kind: ServiceAccount, name: default, namespace: shop }',
    ),
    good: binding('{ apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer }'),
  },
  messages: {
    bound: {
      en: 'This binding grants {role} to the default service account of namespace {namespace}, so to every pod there that names no service account.',
      ko: '이 바인딩은 {role|을/를} 네임스페이스 {namespace}의 기본 서비스 어카운트에, 곧 그곳에서 서비스 어카운트를 지정하지 않은 모든 파드에 부여합니다.',
    },
  },
  check(ctx) {
    const role = get(ctx.object.value, 'roleRef', 'name');
    if (typeof role !== 'string') return;
    // Making default an administrator is no-cluster-admin-binding's error.
    const bound = boundRole(ctx);
    if (
      (get(ctx.object.value, 'roleRef', 'kind') === 'ClusterRole' && role === 'cluster-admin') ||
      (bound && grantsEverything(bound))
    )
      return;
    for (const subject of subjectsOf(ctx.object)) {
      if (subject.kind !== 'ServiceAccount' || subject.name !== 'default') continue;
      ctx.report({
        range: ctx.valueRange([...subject.path, 'name']),
        message: ctx.t('bound', { role, namespace: subject.namespace ?? ctx.object.namespace ?? 'default' }),
      });
    }
  },
});
