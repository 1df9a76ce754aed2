import { defineKubernetesRule } from '../../../engine/rule';
import { containerWith, deployment } from '../example-files';
import { probeFix } from '../probes';
import { containerRange, sameValue, SERVING_KINDS, servingContainers } from '../support';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'liveness-probe',
  title: {
    en: 'Let Kubernetes restart a container that hangs',
    ko: '멈춘 컨테이너를 쿠버네티스가 재시작하게 하기',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: [...SERVING_KINDS],
  description: {
    en: 'Kubernetes restarts a container whose process exits, but a process that deadlocks or stops answering keeps running forever. A liveness probe lets the kubelet notice and restart it. The probe must test the process itself, not its dependencies: a liveness probe equal to the readiness probe restarts every replica when a shared database is slow, turning a slowdown into an outage.',
    ko: '쿠버네티스는 프로세스가 종료된 컨테이너를 재시작하지만, 교착 상태에 빠지거나 응답을 멈춘 프로세스는 영원히 실행됩니다. 활성 프로브가 있으면 kubelet이 이를 알아채고 재시작합니다. 프로브는 의존 대상이 아니라 프로세스 자체를 확인해야 합니다. 준비성 프로브와 같은 활성 프로브는 공유 데이터베이스가 느려질 때 모든 레플리카를 재시작해 느려짐을 장애로 키웁니다.',
  },
  remediation: {
    en: 'Add a `livenessProbe` on a cheap endpoint that only proves the process responds (for example `/healthz`), with a generous `failureThreshold`; keep dependency checks in the readiness probe.',
    ko: '프로세스가 응답한다는 것만 확인하는 가벼운 엔드포인트(예: `/healthz`)에 `livenessProbe`를 넉넉한 `failureThreshold`로 추가하고, 의존 대상 확인은 준비성 프로브에 두세요.',
  },
  peers: {
    kubeLinter: ['no-liveness-probe'],
    kubeScore: ['pod-probes', 'pod-probes-identical'],
    polaris: ['livenessProbeMissing'],
    checkov: ['CKV_K8S_8'],
  },
  example: {
    bad: deployment({ container: containerWith({ livenessProbe: undefined }) }),
    good: deployment(),
  },
  messages: {
    missing: {
      en: 'Container "{name}" has no livenessProbe: if it hangs without exiting, nothing restarts it.',
      ko: '컨테이너 "{name}"에 livenessProbe가 없습니다. 종료되지 않고 멈추면 아무것도 재시작하지 않습니다.',
    },
    identical: {
      en: 'Container "{name}" uses the same check for liveness and readiness: a slow dependency would restart every replica instead of only taking it out of rotation.',
      ko: '컨테이너 "{name}"{이/가} liveness와 readiness에 같은 검사를 씁니다. 의존 서비스가 느려지면 트래픽에서 빼는 대신 모든 레플리카를 재시작하게 됩니다.',
    },
    fix: {
      en: 'Add a TCP liveness probe on port {port}, restarting only after 6 failed checks',
      ko: '포트 {port}에 TCP 활성 프로브 추가(검사가 6번 실패해야 재시작)',
    },
  },
  // A liveness probe restarts containers: a wrong one restarts a healthy app, so a person reviews it.
  fix: 'unsafe',
  check(ctx) {
    if (isPartialObject(ctx)) return;
    for (const container of servingContainers(ctx)) {
      const { livenessProbe, readinessProbe } = container.value;
      if (!livenessProbe) {
        const fix = probeFix(ctx, container, 'livenessProbe', (port) => ctx.t('fix', { port }));
        ctx.report({
          range: containerRange(ctx, container),
          message: ctx.t('missing', { name: container.name }),
          ...(fix ? { fix } : {}),
        });
      } else if (readinessProbe && sameValue(livenessProbe, readinessProbe)) {
        ctx.report({
          range: ctx.keyRange([...container.path, 'livenessProbe']),
          message: ctx.t('identical', { name: container.name }),
        });
      }
    }
  },
});
