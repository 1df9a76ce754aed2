import { defineKubernetesRule } from '../../../engine/rule';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { flagAt } from '../support';

const SCC = (privileged: boolean): string =>
  [
    'apiVersion: security.openshift.io/v1',
    'kind: SecurityContextConstraints',
    'metadata:',
    '  name: shop-apps',
    `allowPrivilegedContainer: ${String(privileged)}`,
    'allowPrivilegeEscalation: false',
    'requiredDropCapabilities: [ALL]',
    'runAsUser: { type: MustRunAsRange }',
    'seLinuxContext: { type: MustRunAs }',
    'fsGroup: { type: MustRunAs }',
    'supplementalGroups: { type: RunAsAny }',
    'volumes: [configMap, downwardAPI, emptyDir, persistentVolumeClaim, projected, secret]',
    'users: []',
    'groups: []',
    '',
  ].join('\n');

export default defineKubernetesRule({
  id: 'no-privileged-scc',
  title: {
    en: 'Do not let a SecurityContextConstraints admit privileged containers',
    ko: 'SecurityContextConstraints가 특권 컨테이너를 허용하지 않게 하기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['kubernetes-architecture', 'containers'],
  kinds: ['SecurityContextConstraints'],
  description: {
    en: 'On OpenShift, a SecurityContextConstraints decides which pods its users and service accounts may run. `allowPrivilegedContainer: true` lets every one of them start privileged containers, with full access to the node: the policy then protects nothing, whatever its other fields say. OpenShift already ships a `privileged` SCC for the few system components that need it.',
    ko: 'OpenShift에서 SecurityContextConstraints는 그 사용자와 서비스 어카운트가 어떤 파드를 실행할 수 있는지 정합니다. `allowPrivilegedContainer: true`는 그 모두가 노드 전체에 접근하는 특권 컨테이너를 시작하게 하므로, 다른 필드가 무엇을 말하든 정책이 아무것도 지키지 못합니다. OpenShift는 이것이 필요한 몇몇 시스템 구성 요소를 위해 이미 `privileged` SCC를 제공합니다.',
  },
  remediation: {
    en: 'Set `allowPrivilegedContainer: false`; grant the built-in `privileged` SCC only to the service account of the one component that truly needs it.',
    ko: '`allowPrivilegedContainer: false`로 설정하세요. 기본 제공 `privileged` SCC는 정말 필요한 구성 요소 하나의 서비스 어카운트에만 부여하세요.',
  },
  peers: {
    kubeLinter: ['scc-deny-privileged-container'],
  },
  example: {
    bad: SCC(true),
    good: SCC(false),
  },
  messages: {
    privileged: {
      en: 'This SecurityContextConstraints admits privileged containers for everyone it applies to.',
      ko: '이 SecurityContextConstraints는 적용되는 모두에게 특권 컨테이너를 허용합니다.',
    },
    fix: {
      en: 'Set allowPrivilegedContainer to false',
      ko: 'allowPrivilegedContainer를 false로 설정',
    },
  },
  fix: 'unsafe',
  check(ctx) {
    const flag = flagAt(ctx, ['allowPrivilegedContainer']);
    if (flag?.value !== true) return;
    const edit = replaceNode(ctx.index, flag.node, 'false');
    ctx.report({
      range: ctx.valueRange(['allowPrivilegedContainer']),
      message: ctx.t('privileged'),
      ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
    });
  },
});
