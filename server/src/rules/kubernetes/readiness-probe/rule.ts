import { defineKubernetesRule } from '../../../engine/rule';
import { containerRange, SERVING_KINDS, servingContainers } from '../support';

export default defineKubernetesRule({
  id: 'readiness-probe',
  title: 'Tell Kubernetes when a container is ready for traffic',
  severity: 'warning',
  concept: 'self-healing',
  kinds: [...SERVING_KINDS],
  description:
    'Without a readiness probe a container counts as ready the moment its process starts, so Services send it requests while it is still loading, and a rolling update may remove old pods before the new ones can answer. With a probe, Kubernetes routes traffic only to pods that say they can serve, and takes a struggling pod out of rotation without restarting it.',
  remediation:
    'Add a `readinessProbe` that checks what the app needs to serve (an HTTP endpoint such as `/ready`, or a TCP port), with a short `periodSeconds`.',
  peers: {
    kubeLinter: ['no-readiness-probe'],
    kubeScore: ['pod-probes'],
    polaris: ['readinessProbeMissing'],
  },
  example: {
    bad: 'containers:\n  - name: web\n    image: example.com/web:1.4.2',
    good: 'containers:\n  - name: web\n    image: example.com/web:1.4.2\n    readinessProbe:\n      httpGet:\n        path: /ready\n        port: 8080\n      periodSeconds: 5',
  },
  messages: {
    missing: {
      en: 'Container "{name}" has no readinessProbe: it gets traffic as soon as it starts, ready or not.',
      ko: '컨테이너 "{name}"에 readinessProbe가 없습니다. 준비되었든 아니든 시작하자마자 트래픽을 받습니다.',
    },
  },
  fixable: false,
  check(ctx) {
    for (const container of servingContainers(ctx)) {
      if (container.value.readinessProbe) continue;
      ctx.report({ range: containerRange(ctx, container), message: ctx.t('missing', { name: container.name }) });
    }
  },
});
