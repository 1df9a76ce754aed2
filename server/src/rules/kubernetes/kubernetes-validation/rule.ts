import { defineKubernetesRule } from '../../../engine/rule';
import { containerWith, deployment } from '../example-files';
import {
  checkAutoscaler,
  checkContainerPorts,
  checkDisruptionBudget,
  checkLabels,
  checkRequestsWithinLimits,
  checkRestartPolicy,
  checkRollout,
  checkServicePorts,
  checkTopologySpread,
} from './checks';
import { isCustomNamesake } from '../builtin';
import { checkSchedule } from './cron';
import { checkImageReferences } from './images';
import { checkMountPropagation } from './mounts';
import { VALIDATION_MESSAGES } from './messages';

export default defineKubernetesRule({
  id: 'kubernetes-validation',
  title: {
    en: 'Write values the API server accepts, beyond what the schema says',
    ko: '스키마가 말하지 않는 것까지 API 서버가 받아들이는 값 쓰기',
  },
  severity: 'error',
  concept: 'syntax-and-structure',
  topics: ['kubernetes-architecture'],
  description: {
    en: 'The API server checks more than the published schema can express: the syntax of labels and port names, fields that depend on each other (a request above its limit, minAvailable beside maxUnavailable, a rollout allowed to neither add nor remove a pod), the restart policy a controller needs, the cron schedule of a CronJob. A manifest that breaks one of these passes schema validation and is still rejected by `kubectl apply`, so the desired state it declares never reaches the cluster. An image reference the kubelet cannot parse (`IMAGE_TAG`: repository names are lower case) is accepted, but its container never starts.',
    ko: 'API 서버는 공개된 스키마가 표현할 수 있는 것보다 더 많이 검사합니다. 레이블과 포트 이름의 문법, 서로 얽힌 필드(제한보다 큰 요청량, maxUnavailable과 함께 쓴 minAvailable, 파드를 더하지도 빼지도 못하는 롤아웃), 컨트롤러에 필요한 재시작 정책, 크론잡의 크론 스케줄 등입니다. 이를 어긴 매니페스트는 스키마 검사는 통과해도 `kubectl apply`에서 거부되므로, 선언한 원하는 상태가 클러스터에 닿지 못합니다. kubelet이 읽지 못하는 이미지 참조(`IMAGE_TAG`: 저장소 이름은 소문자)는 받아들여지지만 그 컨테이너는 결코 시작되지 않습니다.',
  },
  remediation: {
    en: 'Change the value the finding points at as its message says. Where one right value is clear (a Job without a restartPolicy), the quick fix writes it.',
    ko: '결과가 가리키는 값을 메시지대로 고치세요. 올바른 값이 분명한 경우(restartPolicy가 없는 잡)에는 빠른 수정이 써 줍니다.',
  },
  peers: {
    kubeLinter: ['invalid-target-ports'],
    kubeScore: ['label-values', 'container-ports-check', 'cronjob-restartpolicy', 'pod-topology-spread-constraints'],
  },
  example: {
    bad: deployment({
      container: containerWith({
        ports: ['ports:', '  - name: http_public', '    containerPort: 8080'],
      }),
    }),
    good: deployment({
      container: containerWith({ ports: ['ports:', '  - name: http', '    containerPort: 8080'] }),
    }),
  },
  messages: VALIDATION_MESSAGES,
  // Writing a restart policy changes how failed containers are retried: a person picks it, never on save.
  fix: 'unsafe',
  check(ctx) {
    if (!ctx.object.value) return;
    checkLabels(ctx);
    checkContainerPorts(ctx);
    checkTopologySpread(ctx);
    checkRequestsWithinLimits(ctx);
    checkMountPropagation(ctx);
    checkImageReferences(ctx);
    if (isCustomNamesake(ctx.object)) return;
    checkRestartPolicy(ctx);
    switch (ctx.object.kind) {
      case 'Service':
        checkServicePorts(ctx);
        break;
      case 'PodDisruptionBudget':
        checkDisruptionBudget(ctx);
        break;
      case 'HorizontalPodAutoscaler':
        checkAutoscaler(ctx);
        break;
      case 'Deployment':
      case 'DaemonSet':
        checkRollout(ctx);
        break;
      case 'CronJob':
        checkSchedule(ctx);
        break;
    }
  },
});
