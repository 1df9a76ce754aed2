import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { ALL_ROLES, flagAt, containersWith } from '../support';

export default defineKubernetesRule({
  id: 'no-privileged-container',
  title: 'Do not run privileged containers',
  severity: 'error',
  concept: 'least-privilege',
  kinds: WORKLOAD_KINDS,
  description:
    "A privileged container gets every Linux capability and the host's devices: a process that escapes it owns the node and every pod on it. Almost no application needs this; the few system agents that do should ask for single capabilities instead.",
  remediation:
    'Remove `privileged: true`, or set it to `false`. If the process needs one kernel feature, add only that capability under `securityContext.capabilities.add`.',
  peers: {
    kubeLinter: ['privileged-container'],
    kubeScore: ['container-security-context-privileged'],
    polaris: ['runAsPrivileged'],
  },
  example: {
    bad: 'securityContext:\n  privileged: true',
    good: 'securityContext:\n  privileged: false\n  capabilities:\n    add: ["NET_BIND_SERVICE"]',
  },
  messages: {
    privileged: {
      en: 'Container "{name}" runs privileged: it has full access to the node.',
      ko: '컨테이너 "{name}"가 특권(privileged) 모드로 실행되어 노드 전체에 접근할 수 있습니다.',
    },
    fix: {
      en: 'Set privileged to false',
      ko: 'privileged를 false로 설정',
    },
  },
  fixable: true,
  fixChangesBehaviour: true,
  check(ctx) {
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const flag = flagAt(ctx, [...container.path, 'securityContext', 'privileged']);
      if (flag?.value !== true) continue;
      const edit = replaceNode(ctx.index, flag.node, 'false');
      ctx.report({
        range: ctx.valueRange([...container.path, 'securityContext', 'privileged']),
        message: ctx.t('privileged', { name: container.name }),
        ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
      });
    }
  },
});
