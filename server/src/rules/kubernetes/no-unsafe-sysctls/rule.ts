import { isSeq } from 'yaml';
import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { deployment } from '../example-files';
import { stringAt } from '../security-context';
import { ownValue } from '../../../engine/own-keys';

/**
 * The sysctls the kubelet allows every pod to set, with the Kubernetes minor release that made each
 * safe: namespaced, so they change only the pod's own view of the kernel.
 */
const SAFE_SYSCTLS: Readonly<Record<string, number>> = {
  'kernel.shm_rmid_forced': 0,
  'net.ipv4.ip_local_port_range': 0,
  'net.ipv4.tcp_syncookies': 0,
  'net.ipv4.ping_group_range': 18,
  'net.ipv4.ip_unprivileged_port_start': 22,
  'net.ipv4.ip_local_reserved_ports': 27,
  'net.ipv4.tcp_keepalive_time': 29,
  'net.ipv4.tcp_fin_timeout': 29,
  'net.ipv4.tcp_keepalive_intvl': 29,
  'net.ipv4.tcp_keepalive_probes': 29,
};

/** `net/ipv4/tcp_syncookies` and `net.ipv4.tcp_syncookies` name the same sysctl. */
function canonical(name: string): string {
  return name.replace(/\//g, '.');
}

export default defineKubernetesRule({
  id: 'no-unsafe-sysctls',
  title: {
    en: 'Set only the safe sysctls in pods',
    ko: '파드에는 안전한 sysctl만 설정하기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'kubernetes-architecture'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'A handful of kernel settings (sysctls) are isolated per pod and safe to set: the local port range, TCP keepalive and a few more. Every other one either changes the kernel for every pod on the node, or is isolated so weakly that one pod can starve the others. The kubelet refuses to start a pod that sets one unless the node’s administrator allowed it (`--allowed-unsafe-sysctls`), and the baseline Pod Security Standard forbids them.',
    ko: '커널 설정(sysctl) 가운데 몇 가지만 파드별로 격리되어 설정해도 안전합니다. 로컬 포트 범위, TCP keepalive 등입니다. 나머지는 노드의 모든 파드에 대해 커널을 바꾸거나, 격리가 약해서 한 파드가 다른 파드의 자원을 고갈시킬 수 있습니다. 노드 관리자가 허용하지 않았다면(`--allowed-unsafe-sysctls`) kubelet은 이런 sysctl을 설정한 파드의 시작을 거부하며, 파드 시큐리티 스탠다드의 기본(baseline) 프로필은 이를 금지합니다.',
  },
  remediation: {
    en: 'Remove the sysctl from `securityContext.sysctls`. If the workload truly needs it (a database’s `net.core.somaxconn`), ask the cluster’s administrators to allow it on a dedicated node pool, and schedule the pod there.',
    ko: '`securityContext.sysctls`에서 그 sysctl을 지우세요. 워크로드에 정말 필요하다면(데이터베이스의 `net.core.somaxconn` 등) 클러스터 관리자에게 전용 노드 풀에서 허용해 달라고 요청하고, 파드를 그곳에 스케줄하세요.',
  },
  exceptions: {
    en: 'On a node pool whose kubelet allows the sysctl, for the workloads placed there, suppress the finding with a reason: `cntutor.dev/ignore: no-unsafe-sysctls`.',
    ko: 'kubelet이 그 sysctl을 허용하는 노드 풀에 배치한 워크로드라면, 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-unsafe-sysctls`를 씁니다.',
  },
  peers: {
    kubeLinter: ['unsafe-sysctls'],
    pss: ['sysctls'],
    trivy: ['KSV026'],
  },
  example: {
    bad: deployment({ pod: ['securityContext:', '  sysctls:', '    - { name: net.core.somaxconn, value: "1024" }'] }),
    good: deployment({
      pod: ['securityContext:', '  sysctls:', '    - { name: net.ipv4.ip_local_port_range, value: "1024 65000" }'],
    }),
  },
  messages: {
    unsafe: {
      en: 'The pod sets the sysctl {sysctl}, which is not on the safe list: the kubelet refuses the pod unless its node allows it.',
      ko: '파드가 안전 목록에 없는 sysctl {sysctl|을/를} 설정합니다. 노드가 허용하지 않으면 kubelet이 파드를 거부합니다.',
    },
    tooNew: {
      en: 'The pod sets the sysctl {sysctl}, which is safe only from Kubernetes 1.{since}; this project targets {version}.',
      ko: '파드가 쿠버네티스 1.{since}부터 안전한 sysctl {sysctl|을/를} 설정하지만, 이 프로젝트의 대상은 {version}입니다.',
    },
  },
  check(ctx) {
    const spec = ctx.podSpecPath();
    if (!spec) return;
    const list = ctx.node([...spec, 'securityContext', 'sysctls']);
    if (!isSeq(list)) return;
    const minor = Number(/^\d+\.(\d+)/.exec(ctx.config.kubernetesVersion)?.[1] ?? Infinity);
    list.items.forEach((_, i) => {
      const path = [...spec, 'securityContext', 'sysctls', i, 'name'];
      const name = stringAt(ctx, path);
      if (!name) return;
      const since = ownValue(SAFE_SYSCTLS, canonical(name));
      if (since !== undefined && since <= minor) return;
      ctx.report({
        range: ctx.valueRange(path),
        message:
          since === undefined
            ? ctx.t('unsafe', { sysctl: name })
            : ctx.t('tooNew', { sysctl: name, since, version: ctx.config.kubernetesVersion }),
      });
    });
  },
});
