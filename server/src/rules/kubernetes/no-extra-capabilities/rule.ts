import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { ALL_ROLES, containersWith, isWindowsPod } from '../support';
import {
  BASELINE_CAPABILITIES,
  capabilityEntries,
  capitalsFix,
  inOtherLetters,
  NODE_CAPABILITIES,
} from '../security-context';
import { ownValue } from '../../../engine/own-keys';

export default defineKubernetesRule({
  id: 'no-extra-capabilities',
  title: {
    en: 'Add no capability beyond the runtime’s default set',
    ko: '런타임 기본 묶음 밖의 케이퍼빌리티 추가하지 않기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'Each capability added to a container is a piece of root’s power: `NET_ADMIN` rewrites the pod’s interfaces, routes and firewall rules, `NET_RAW` crafts packets that pretend to come from elsewhere, `SYS_TIME` sets the clock of the whole node. Namespaces that enforce the baseline Pod Security Standard refuse any capability outside the runtime’s default set, so the pod will not even be created there; they compare the names as written, so a default capability in other letters (`chown`) is refused too.',
    ko: '컨테이너에 추가한 케이퍼빌리티 하나하나가 root 권한의 한 조각입니다. `NET_ADMIN`은 파드의 인터페이스, 라우팅, 방화벽 규칙을 바꾸고, `NET_RAW`는 다른 곳에서 온 것처럼 꾸민 패킷을 만들며, `SYS_TIME`은 노드 전체의 시계를 바꿉니다. 파드 시큐리티 스탠다드의 기본(baseline) 프로필을 강제하는 네임스페이스는 런타임 기본 묶음 밖의 케이퍼빌리티를 거부하므로, 그곳에서는 파드가 만들어지지도 않습니다. 이름은 적힌 그대로 비교하므로, 다른 글자로 적은 기본 케이퍼빌리티(`chown`)도 거부됩니다.',
  },
  remediation: {
    en: 'Remove the capability from `securityContext.capabilities.add` and change what needed it: listen on a port above 1024, let a Service or an init step do the network setup, use the kernel facilities pods may use without it.',
    ko: '`securityContext.capabilities.add`에서 그 케이퍼빌리티를 지우고, 그것이 필요했던 부분을 바꾸세요. 1024보다 높은 포트에서 수신하고, 네트워크 설정은 서비스나 초기화 단계에 맡기고, 그 권한 없이 파드가 쓸 수 있는 커널 기능을 쓰세요.',
  },
  exceptions: {
    en: 'Service-mesh init containers (such as istio-init) add `NET_ADMIN` and `NET_RAW` to write the pod’s own firewall rules, CNI plugins and VPN sidecars need `NET_ADMIN`, and databases and search engines that lock their memory in RAM add `IPC_LOCK`. Where that is the point of the container, suppress the finding with a reason: `cntutor.dev/ignore: no-extra-capabilities`, or `checkov.io/skip1: CKV_K8S_25=<reason>`.',
    ko: '서비스 메시의 초기화 컨테이너(istio-init 등)는 파드 자신의 방화벽 규칙을 쓰기 위해 `NET_ADMIN`과 `NET_RAW`를 추가하고, CNI 플러그인과 VPN 사이드카에는 `NET_ADMIN`이 필요하며, 메모리를 RAM에 고정하는 데이터베이스와 검색 엔진은 `IPC_LOCK`을 추가합니다. 그것이 컨테이너의 목적이라면 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-extra-capabilities`나 `checkov.io/skip1: CKV_K8S_25=<이유>`를 씁니다.',
  },
  peers: {
    pss: ['capabilities-baseline'],
    trivy: ['KSV022', 'KSV119'],
    checkov: ['CKV_K8S_25'],
  },
  example: {
    bad: deployment({
      container: containerWith({
        securityContext: securityContextWith({ capabilities: '{ drop: [ALL], add: [NET_ADMIN] }' }),
      }),
    }),
    good: deployment(),
  },
  messages: {
    added: {
      en: 'Container "{name}" adds {capability}, which the runtime does not grant by default: baseline namespaces refuse it.',
      ko: '컨테이너 "{name}"{이/가} 런타임이 기본으로 주지 않는 {capability|을/를} 추가합니다. 기본(baseline) 프로필을 강제하는 네임스페이스는 이를 거부합니다.',
    },
    otherLetters: {
      en: 'Container "{name}" adds "{written}": the runtime reads it as {capability}, one of its default set, but Pod Security admission compares the name as written, so baseline namespaces refuse the pod. Write {capability}.',
      ko: '컨테이너 "{name}"{이/가} "{written}"{을/를} 추가합니다. 런타임은 이를 기본 묶음의 {capability|으로/로} 읽지만 파드 시큐리티 어드미션은 이름을 적힌 그대로 비교하므로, 기본(baseline) 프로필을 강제하는 네임스페이스는 파드를 거부합니다. {capability|으로/로} 적으세요.',
    },
    capitals: { en: 'Write {capability} in capitals', ko: '{capability|을/를} 대문자로 쓰기' },
  },
  fix: 'safe',
  check(ctx) {
    if (isWindowsPod(ctx)) return;
    for (const container of containersWith(ctx, ALL_ROLES)) {
      for (const entry of capabilityEntries(ctx, container, 'add')) {
        if (BASELINE_CAPABILITIES.has(entry.name) && inOtherLetters(entry)) {
          const fix = capitalsFix(ctx, entry, ctx.t('capitals', { capability: entry.name }));
          ctx.report({
            range: ctx.valueRange(entry.path),
            message: ctx.t('otherLetters', { name: container.name, written: entry.written, capability: entry.name }),
            ...(fix ? { fix } : {}),
          });
          continue;
        }
        // The ones that reach the node are no-dangerous-capabilities' errors.
        if (BASELINE_CAPABILITIES.has(entry.name) || ownValue(NODE_CAPABILITIES, entry.name)) continue;
        ctx.report({
          range: ctx.valueRange(entry.path),
          message: ctx.t('added', { name: container.name, capability: entry.name }),
        });
      }
    }
  },
});
