import { defineKubernetesRule, localize } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { ALL_ROLES, containersWith, isWindowsPod } from '../support';
import { capabilityEntries, NODE_CAPABILITIES } from '../security-context';
import { ownValue } from '../../../engine/own-keys';

export default defineKubernetesRule({
  id: 'no-dangerous-capabilities',
  title: {
    en: 'Do not add capabilities that reach the node’s kernel',
    ko: '노드의 커널에 닿는 케이퍼빌리티 추가하지 않기',
  },
  severity: 'error',
  concept: 'least-privilege',
  topics: ['containers', 'virtualization'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'Linux splits root’s power into capabilities, and a container gets only a small set by default. A few capabilities reach past the container into the kernel every pod on the node shares: `SYS_ADMIN` (mounts and namespaces), `SYS_MODULE` and `BPF` (code in the kernel), `SYS_PTRACE`, `SYS_RAWIO`, `DAC_READ_SEARCH`, or simply `ALL`. Each is a known way out of the container; with one of them, a compromised app can take over the node.',
    ko: '리눅스는 root의 힘을 케이퍼빌리티로 나누고, 컨테이너는 기본으로 작은 묶음만 받습니다. 몇몇 케이퍼빌리티는 컨테이너를 넘어 노드의 모든 파드가 함께 쓰는 커널에 닿습니다. `SYS_ADMIN`(마운트와 네임스페이스), `SYS_MODULE`과 `BPF`(커널 안의 코드), `SYS_PTRACE`, `SYS_RAWIO`, `DAC_READ_SEARCH`, 또는 그냥 `ALL`입니다. 각각이 컨테이너를 벗어나는 알려진 길이므로, 이 중 하나만 있어도 침해된 앱이 노드를 빼앗을 수 있습니다.',
  },
  remediation: {
    en: 'Remove the capability from `securityContext.capabilities.add`. If the program needs one narrow power (binding a low port, changing file owners), add only that capability; if it needs to mount or load kernel code, it belongs to the node’s own software, not to an application pod.',
    ko: '`securityContext.capabilities.add`에서 그 케이퍼빌리티를 지우세요. 프로그램에 좁은 권한 하나(낮은 포트 열기, 파일 소유자 바꾸기)가 필요하면 그것만 추가하세요. 마운트하거나 커널 코드를 적재해야 한다면, 그것은 애플리케이션 파드가 아니라 노드 자체의 소프트웨어가 할 일입니다.',
  },
  exceptions: {
    en: 'Storage (CSI) node plugins mount volumes with `SYS_ADMIN`, and eBPF-based network and observability agents need `BPF` or `SYS_ADMIN`; they run as DaemonSets from their vendor’s manifests. Suppress the finding there with a reason: `cntutor.dev/ignore: no-dangerous-capabilities`, or the peer annotations (`polaris.fairwinds.com/dangerousCapabilities-exempt: "true"`, `checkov.io/skip1: CKV_K8S_39=<reason>`).',
    ko: '스토리지(CSI) 노드 플러그인은 `SYS_ADMIN`으로 볼륨을 마운트하고, eBPF 기반 네트워크·관측 에이전트는 `BPF`나 `SYS_ADMIN`이 필요합니다. 이들은 공급자의 매니페스트로 데몬셋으로 실행되므로, 그곳에서 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-dangerous-capabilities`나 다른 도구의 어노테이션(`polaris.fairwinds.com/dangerousCapabilities-exempt: "true"`, `checkov.io/skip1: CKV_K8S_39=<이유>`)을 씁니다.',
  },
  peers: {
    polaris: ['dangerousCapabilities'],
    pss: ['capabilities-baseline'],
    trivy: ['KSV005', 'KSV120'],
    checkov: ['CKV_K8S_39'],
  },
  example: {
    bad: deployment({
      container: containerWith({
        securityContext: securityContextWith({ capabilities: '{ drop: [ALL], add: [SYS_ADMIN] }' }),
      }),
    }),
    good: deployment(),
  },
  messages: {
    added: {
      en: 'Container "{name}" adds {capability}: {reason}.',
      ko: '컨테이너 "{name}"{이/가} {capability|을/를} 추가합니다. {reason}.',
    },
  },
  check(ctx) {
    if (isWindowsPod(ctx)) return;
    for (const container of containersWith(ctx, ALL_ROLES)) {
      for (const entry of capabilityEntries(ctx, container, 'add')) {
        const reason = ownValue(NODE_CAPABILITIES, entry.name);
        if (!reason) continue;
        ctx.report({
          range: ctx.valueRange(entry.path),
          message: ctx.t('added', {
            name: container.name,
            capability: entry.name,
            reason: localize(reason, ctx.locale),
          }),
        });
      }
    }
  },
});
