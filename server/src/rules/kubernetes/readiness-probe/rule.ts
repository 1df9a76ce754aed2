import { defineKubernetesRule } from '../../../engine/rule';
import { containerWith, deployment } from '../example-files';
import { probeFix } from '../probes';
import { containerRange, SERVING_KINDS, servingContainers } from '../support';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'readiness-probe',
  title: {
    en: 'Tell Kubernetes when a container is ready for traffic',
    ko: '컨테이너가 트래픽을 받을 준비가 됐는지 알려 주기',
  },
  severity: 'warning',
  concept: 'self-healing',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: [...SERVING_KINDS],
  description: {
    en: 'Without a readiness probe a container counts as ready the moment its process starts, so Services send it requests while it is still loading, and a rolling update may remove old pods before the new ones can answer. With a probe, Kubernetes routes traffic only to pods that say they can serve, and takes a struggling pod out of rotation without restarting it. A container that declares no port may receive no traffic at all (a worker, a load generator): there the finding is advice (info).',
    ko: '준비성 프로브가 없으면 컨테이너는 프로세스가 시작되는 순간 준비된 것으로 여겨져, 아직 로딩 중인데도 서비스가 요청을 보내고, 롤링 업데이트가 새 파드가 응답하기도 전에 예전 파드를 없앨 수 있습니다. 프로브가 있으면 쿠버네티스는 처리할 수 있다고 답한 파드에만 트래픽을 보내고, 힘겨워하는 파드는 재시작 없이 순환에서 뺍니다. 포트를 선언하지 않은 컨테이너(워커, 부하 생성기)는 트래픽을 전혀 받지 않을 수 있으므로 조언(정보)으로 알립니다.',
  },
  remediation: {
    en: 'Add a `readinessProbe` that checks what the app needs to serve (an HTTP endpoint such as `/ready`, or a TCP port), with a short `periodSeconds`.',
    ko: '앱이 요청을 처리하는 데 필요한 것을 확인하는 `readinessProbe`(`/ready` 같은 HTTP 엔드포인트나 TCP 포트)를 짧은 `periodSeconds`로 추가하세요.',
  },
  peers: {
    kubeLinter: ['no-readiness-probe'],
    kubeScore: ['pod-probes'],
    polaris: ['readinessProbeMissing'],
    checkov: ['CKV_K8S_9'],
  },
  example: {
    bad: deployment({ container: containerWith({ readinessProbe: undefined }) }),
    good: deployment(),
  },
  messages: {
    missing: {
      en: 'Container "{name}" has no readinessProbe: any traffic reaches it as soon as it starts, ready or not.',
      ko: '컨테이너 "{name}"에 readinessProbe가 없습니다. 준비되었든 아니든 시작하자마자 모든 트래픽을 받습니다.',
    },
    fix: {
      en: 'Add a TCP readiness probe on port {port} (an HTTP check of a ready endpoint is better when the app has one)',
      ko: '포트 {port}에 TCP 준비성 프로브 추가(앱에 준비 상태 엔드포인트가 있으면 HTTP 검사가 더 좋습니다)',
    },
  },
  // A probe takes pods out of rotation and holds rollouts back: a behaviour a person should review.
  fix: 'unsafe',
  check(ctx) {
    if (isPartialObject(ctx)) return;
    for (const container of servingContainers(ctx)) {
      if (container.value.readinessProbe) continue;
      const fix = probeFix(ctx, container, 'readinessProbe', (port) => ctx.t('fix', { port }));
      // A container that declares no port may serve nothing (a load generator, a worker): advice only.
      const ports = container.value.ports;
      const serves = Array.isArray(ports) && ports.length > 0;
      ctx.report({
        range: containerRange(ctx, container),
        message: ctx.t('missing', { name: container.name }),
        ...(serves ? {} : { severity: 'info' as const }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});
