import { get, WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { containerWith, deployment } from '../example-files';
import { isPortName } from '../names';
import { declaredPorts, PROBES, probePortPath } from '../probes';
import { containersWith } from '../support';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'probe-port',
  title: {
    en: 'Probe a named port the container declares',
    ko: '컨테이너가 선언한 이름의 포트를 프로브하기',
  },
  severity: 'warning',
  concept: 'self-healing',
  topics: ['kubernetes-operations', 'containers'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: "A probe may name its port (`port: http`) instead of giving a number; the kubelet then looks the name up in the container's `ports`. When no port has that name — a typo, or a port renamed in one place only — the lookup fails and so does the probe, every time: a liveness probe restarts the container forever, and a readiness probe keeps the pod out of every Service.",
    ko: '프로브는 숫자 대신 이름으로 포트를 가리킬 수 있습니다(`port: http`). 그러면 kubelet이 컨테이너의 `ports`에서 그 이름을 찾습니다. 그런 이름의 포트가 없으면(오타나 한 곳에서만 바꾼 이름) 찾기가 실패하고 프로브도 매번 실패합니다. 활성 프로브는 컨테이너를 끝없이 재시작하고, 준비성 프로브는 파드를 모든 서비스에서 뺍니다.',
  },
  remediation: {
    en: "Use the name of a port listed in the container's `ports`, or add a port with that name.",
    ko: '컨테이너의 `ports`에 있는 포트 이름을 쓰거나, 그 이름의 포트를 추가하세요.',
  },
  peers: { kubeLinter: ['liveness-port', 'readiness-port', 'startup-port'] },
  example: {
    bad: deployment({
      container: containerWith({ readinessProbe: ['readinessProbe:', '  httpGet: { path: /ready, port: web }'] }),
    }),
    good: deployment({
      container: containerWith({
        ports: ['ports:', '  - name: web', '    containerPort: 8080'],
        readinessProbe: ['readinessProbe:', '  httpGet: { path: /ready, port: web }'],
      }),
    }),
  },
  messages: {
    unknownName: {
      en: 'The {probe} of container "{name}" checks port "{port}", which the container does not declare: the name cannot be resolved, so the probe always fails.',
      ko: '컨테이너 "{name}"의 {probe}{이/가} 선언되지 않은 포트 "{port}"{을/를} 검사합니다. 이름을 해석할 수 없어 프로브가 항상 실패합니다.',
    },
  },
  check(ctx) {
    if (isPartialObject(ctx)) return;
    for (const container of containersWith(ctx, ['container', 'initContainer'])) {
      const names = declaredPorts(container).map((port) => port.name);
      for (const probe of PROBES) {
        const portPath = probePortPath(container.value[probe]);
        const port = portPath && get(container.value[probe], ...portPath);
        // An invalid name is kubernetes-validation's to report.
        if (typeof port !== 'string' || !isPortName(port) || names.includes(port)) continue;
        ctx.report({
          range: ctx.valueRange([...container.path, probe, ...(portPath ?? [])]),
          message: ctx.t('unknownName', { probe, name: container.name, port }),
        });
      }
    }
  },
});
