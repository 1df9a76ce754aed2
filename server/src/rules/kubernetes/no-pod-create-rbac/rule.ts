import { defineKubernetesRule } from '../../../engine/rule';
import { entryPath, grantsVerb, policyRules, ROLE_KINDS } from '../rbac';
import { role } from '../rbac-examples';
import { ownValue } from '../../../engine/own-keys';

/** Resources whose creation runs a pod, with the API group each lives in. */
const POD_CREATORS: Readonly<Record<string, readonly string[]>> = {
  pods: [''],
  replicationcontrollers: [''],
  deployments: ['apps'],
  replicasets: ['apps'],
  statefulsets: ['apps'],
  daemonsets: ['apps'],
  jobs: ['batch'],
  cronjobs: ['batch'],
};

export default defineKubernetesRule({
  id: 'no-pod-create-rbac',
  title: {
    en: 'Know that creating pods grants what any pod may hold',
    ko: '파드를 만들 수 있으면 어떤 파드가 가질 수 있는 것도 가진다는 점 알기',
  },
  severity: 'info',
  concept: 'least-privilege',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: ROLE_KINDS,
  description: {
    en: 'Whoever may create pods, or anything that makes pods (Deployments, Jobs, DaemonSets…), can write a pod that mounts any Secret of the namespace, runs as any of its service accounts, and (unless admission stops it) runs privileged on the node. The grant is therefore worth every Secret and every service account in its reach, whatever else the role leaves out.',
    ko: '파드나 파드를 만드는 것(디플로이먼트, 잡, 데몬셋…)을 만들 수 있는 주체는 네임스페이스의 어떤 시크릿이든 마운트하고, 어떤 서비스 어카운트로든 실행하며, (어드미션이 막지 않으면) 노드에서 특권으로 실행되는 파드를 쓸 수 있습니다. 그래서 이 권한은 롤이 다른 무엇을 빼든, 닿는 범위의 모든 시크릿과 서비스 어카운트만큼의 가치를 가집니다.',
  },
  remediation: {
    en: 'Give this grant only to deployment tools and people who ship workloads, in the namespaces they ship to, and enforce a Pod Security Standard there (`pod-security.kubernetes.io/enforce` on the namespace) so the pods they create stay unprivileged.',
    ko: '이 권한은 워크로드를 배포하는 도구와 사람에게만, 그들이 배포하는 네임스페이스에서만 주고, 그 네임스페이스에 파드 시큐리티 스탠다드를 강제해(네임스페이스의 `pod-security.kubernetes.io/enforce`) 그들이 만드는 파드가 특권을 갖지 않게 하세요.',
  },
  peers: {
    kubeLinter: ['access-to-create-pods'],
    trivy: ['KSV048'],
  },
  example: {
    bad: role(['- apiGroups: [""]', '  resources: [pods]', '  verbs: [get, list, create, delete]']),
    good: role(['- apiGroups: [""]', '  resources: [pods]', '  verbs: [get, list, delete]']),
  },
  messages: {
    create: {
      en: 'This rule may create {resource}: its holder can run pods with any Secret and service account of the namespace.',
      ko: '이 규칙은 {resource|을/를} 만들 수 있습니다. 권한을 가진 주체가 네임스페이스의 어떤 시크릿과 서비스 어카운트로든 파드를 실행할 수 있습니다.',
    },
  },
  check(ctx) {
    for (const rule of policyRules(ctx.object)) {
      if (!grantsVerb(rule, ['create'])) continue;
      for (const resource of rule.resources) {
        const groups = ownValue(POD_CREATORS, resource);
        if (!groups || !rule.apiGroups.some((group) => group === '*' || groups.includes(group))) continue;
        ctx.report({
          range: ctx.valueRange(entryPath(ctx, rule, 'resources', resource)),
          message: ctx.t('create', { resource }),
        });
      }
    }
  },
});
