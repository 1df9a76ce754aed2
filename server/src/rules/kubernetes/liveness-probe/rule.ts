import { defineKubernetesRule } from '../../../engine/rule';
import { containerRange, sameValue, SERVING_KINDS, servingContainers } from '../support';

export default defineKubernetesRule({
  id: 'liveness-probe',
  title: 'Let Kubernetes restart a container that hangs',
  severity: 'info',
  concept: 'self-healing',
  kinds: [...SERVING_KINDS],
  description:
    'Kubernetes restarts a container whose process exits, but a process that deadlocks or stops answering keeps running forever. A liveness probe lets the kubelet notice and restart it. The probe must test the process itself, not its dependencies: a liveness probe equal to the readiness probe restarts every replica when a shared database is slow, turning a slowdown into an outage.',
  remediation:
    'Add a `livenessProbe` on a cheap endpoint that only proves the process responds (for example `/healthz`), with a generous `failureThreshold`; keep dependency checks in the readiness probe.',
  peers: {
    kubeLinter: ['no-liveness-probe'],
    kubeScore: ['pod-probes', 'pod-probes-identical'],
    polaris: ['livenessProbeMissing'],
  },
  example: {
    bad: 'containers:\n  - name: web\n    image: example.com/web:1.4.2',
    good: 'containers:\n  - name: web\n    image: example.com/web:1.4.2\n    livenessProbe:\n      httpGet:\n        path: /healthz\n        port: 8080\n      failureThreshold: 6',
  },
  messages: {
    missing: {
      en: 'Container "{name}" has no livenessProbe: if it hangs without exiting, nothing restarts it.',
      ko: '컨테이너 "{name}"에 livenessProbe가 없습니다. 종료되지 않고 멈추면 아무것도 재시작하지 않습니다.',
    },
    identical: {
      en: 'Container "{name}" uses the same check for liveness and readiness: a slow dependency would restart every replica instead of only taking it out of rotation.',
      ko: '컨테이너 "{name}"가 liveness와 readiness에 같은 검사를 씁니다. 의존 서비스가 느려지면 트래픽에서 빼는 대신 모든 레플리카를 재시작하게 됩니다.',
    },
  },
  fixable: false,
  check(ctx) {
    for (const container of servingContainers(ctx)) {
      const { livenessProbe, readinessProbe } = container.value;
      if (!livenessProbe) {
        ctx.report({ range: containerRange(ctx, container), message: ctx.t('missing', { name: container.name }) });
      } else if (readinessProbe && sameValue(livenessProbe, readinessProbe)) {
        ctx.report({
          range: ctx.keyRange([...container.path, 'livenessProbe']),
          message: ctx.t('identical', { name: container.name }),
        });
      }
    }
  },
});
