import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { get, WORKLOAD_KINDS, type ContainerRef } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { addBlock, SequenceLines } from '../block-edit';
import { containerWith, deployment } from '../example-files';
import { declaredPorts, PROBES, probePortPath } from '../probes';
import { containersWith } from '../support';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'probe-port-declared',
  title: {
    en: 'Declare the port a probe checks',
    ko: '프로브가 검사하는 포트를 선언하기',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['kubernetes-operations', 'containers'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: "A probe on a port number works whether or not the container lists that port, but an undeclared one hides what the probe checks. When the container declares other ports, the probe's number is worth a second look: a leftover or a typo (the app moved from 8000 to 8080) makes the probe fail, or pass, for the wrong reason. Declaring the port, with a name such as `admin` when health is served apart from traffic, documents it for readers, Services and tools.",
    ko: '숫자 포트를 검사하는 프로브는 컨테이너가 그 포트를 적었든 아니든 동작하지만, 선언하지 않으면 프로브가 무엇을 검사하는지 감춰집니다. 컨테이너가 다른 포트를 선언했다면 프로브의 번호를 다시 볼 만합니다. 남은 흔적이나 오타(앱이 8000에서 8080으로 옮겨 감)는 프로브를 엉뚱한 이유로 실패하거나 통과하게 합니다. 포트를 선언하면(상태 검사를 트래픽과 따로 제공한다면 `admin` 같은 이름으로) 읽는 사람, 서비스, 도구에게 알려 줍니다.',
  },
  remediation: {
    en: "List the probed port in the container's `ports` (the quick fix does it when the container lists none), or point the probe at a port that is listed.",
    ko: '프로브하는 포트를 컨테이너의 `ports`에 적거나(컨테이너가 포트를 하나도 적지 않았다면 빠른 수정이 해 줍니다), 적힌 포트를 프로브하게 하세요.',
  },
  exceptions: {
    en: 'Apps that serve health checks on a separate admin port (ingress controllers, many operators) are right to; declaring that port is all the finding asks.',
    ko: '별도의 관리 포트에서 상태 검사를 제공하는 앱(인그레스 컨트롤러, 많은 오퍼레이터)은 그렇게 하는 것이 맞습니다. 이 결과가 바라는 것은 그 포트를 선언하는 것뿐입니다.',
  },
  peers: { kubeLinter: ['liveness-port', 'readiness-port', 'startup-port'] },
  example: {
    bad: deployment({
      container: containerWith({ readinessProbe: ['readinessProbe:', '  httpGet: { path: /ready, port: 8000 }'] }),
    }),
    good: deployment(),
  },
  messages: {
    otherNumber: {
      en: 'The {probe} of container "{name}" checks port {port}, but the container declares {declared}: declare {port} too, or check the probe is on the right port.',
      ko: '컨테이너 "{name}"의 {probe}{이/가} 포트 {port}{을/를} 검사하지만, 컨테이너가 선언한 포트는 {declared}입니다. {port}도 선언하거나 프로브가 올바른 포트를 보는지 확인하세요.',
    },
    undeclared: {
      en: 'The {probe} of container "{name}" checks port {port}, which the container does not declare; list it in ports so readers and tools see it.',
      ko: '컨테이너 "{name}"의 {probe}{이/가} 선언되지 않은 포트 {port}{을/를} 검사합니다. 읽는 사람과 도구가 알 수 있도록 ports에 적으세요.',
    },
    fix: {
      en: 'Declare containerPort {port}',
      ko: 'containerPort {port} 선언',
    },
  },
  // Declaring a container port changes nothing at run time: containerPort is information, not a firewall.
  fix: 'safe',
  check(ctx) {
    if (isPartialObject(ctx)) return;
    for (const container of containersWith(ctx, ['container', 'initContainer'])) {
      const declared = declaredPorts(container);
      for (const probe of PROBES) {
        const portPath = probePortPath(container.value[probe]);
        const port = portPath && get(container.value[probe], ...portPath);
        if (typeof port !== 'number' || declared.some((p) => p.number === port)) continue;
        const range = ctx.valueRange([...container.path, probe, ...(portPath ?? [])]);
        const data = { probe, name: container.name, port };
        if (declared.length > 0) {
          const list = declared.map((p) => String(p.number)).join(', ');
          ctx.report({ range, message: ctx.t('otherNumber', { ...data, declared: list }) });
          continue;
        }
        const fix = declarePortFix(ctx, container, port);
        ctx.report({ range, message: ctx.t('undeclared', data), ...(fix ? { fix } : {}) });
      }
    }
  },
});

/**
 * Declares the probed port in a container that lists none. Ports below 1024 are left to a person:
 * declaring one could bring other findings (SSH, privileged ports) the probe alone did not.
 */
function declarePortFix(ctx: KubernetesContext, container: ContainerRef, port: number): Fix | undefined {
  if (port < 1024 || container.value.ports !== undefined) return undefined;
  const edits = addBlock(ctx.index, container.node, { ports: new SequenceLines([`- containerPort: ${port}`]) });
  return edits ? { title: ctx.t('fix', { port }), edits } : undefined;
}
