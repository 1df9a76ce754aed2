import { isMap } from 'yaml';
import { get } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { addBlock } from '../block-edit';
import { taskContainer } from '../example-files';
import { isPartialObject } from '../partial';
import { isCustomNamesake } from '../builtin';

/** A standalone Job running the examples' clean task container. */
const job = (ttl: boolean): string =>
  [
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    '  name: migrate',
    'spec:',
    ...(ttl ? ['  ttlSecondsAfterFinished: 86400'] : []),
    '  backoffLimit: 2',
    '  template:',
    '    spec:',
    '      restartPolicy: OnFailure',
    '      containers:',
    '        - name: migrate',
    ...taskContainer().map((line) => ' '.repeat(10) + line),
  ].join('\n') + '\n';

/** A day: long enough to read the logs of a failed run the next morning. */
const TTL_SECONDS = '86400';

export default defineKubernetesRule({
  id: 'job-ttl-after-finished',
  title: {
    en: 'Let finished Jobs clean themselves up',
    ko: '끝난 잡이 스스로 정리되게 하기',
  },
  severity: 'info',
  concept: 'resource-management',
  topics: ['kubernetes-operations'],
  kinds: ['Job', 'CronJob'],
  description: {
    en: "A finished Job and its pods stay in the cluster until someone deletes them: they keep their logs, but they also pile up in the API server and `kubectl get pods` with every run. `ttlSecondsAfterFinished` has the TTL controller delete them a while after they finish. Jobs a CronJob creates are different: the CronJob's history limits already keep the last few, and a TTL on its job template deletes them sooner, taking the record of failed runs with it.",
    ko: '끝난 잡과 그 파드는 누군가 지울 때까지 클러스터에 남습니다. 로그는 남지만, 실행할 때마다 API 서버와 `kubectl get pods`에 쌓입니다. `ttlSecondsAfterFinished`를 쓰면 TTL 컨트롤러가 끝나고 얼마 뒤에 지웁니다. 크론잡이 만드는 잡은 다릅니다. 크론잡의 기록 한도가 이미 최근 몇 개를 남기므로, 잡 템플릿의 TTL은 그것을 더 일찍 지워 실패한 실행의 기록까지 없앱니다.',
  },
  remediation: {
    en: 'Set `ttlSecondsAfterFinished` on a standalone Job (a day leaves time to read the logs); on a CronJob, remove it from the job template and use `successfulJobsHistoryLimit` and `failedJobsHistoryLimit`.',
    ko: '단독 잡에는 `ttlSecondsAfterFinished`를 설정하세요(하루면 로그를 읽을 시간이 됩니다). 크론잡에서는 잡 템플릿에서 빼고 `successfulJobsHistoryLimit`와 `failedJobsHistoryLimit`를 쓰세요.',
  },
  exceptions: {
    en: 'Argo CD and Flux re-create a Job that disappears and so run it again: there, let the tool delete the Job (a hook deletion policy, which this rule recognises) instead of a TTL.',
    ko: 'Argo CD와 Flux는 사라진 잡을 다시 만들어 또 실행합니다. 그런 곳에서는 TTL 대신 도구가 잡을 지우게(훅 삭제 정책, 이 규칙도 알아봅니다) 하세요.',
  },
  peers: { kubeLinter: ['job-ttl-seconds-after-finished'] },
  example: {
    bad: job(false),
    good: job(true),
  },
  messages: {
    standalone: {
      en: 'This Job and its pods stay after it finishes until someone deletes them; set ttlSecondsAfterFinished.',
      ko: '이 잡과 그 파드는 끝난 뒤에도 누군가 지울 때까지 남습니다. ttlSecondsAfterFinished를 설정하세요.',
    },
    cronJob: {
      en: "A TTL on the CronJob's job template deletes its Jobs before the history limits would, losing the record of failed runs.",
      ko: '크론잡 잡 템플릿의 TTL은 기록 한도보다 먼저 잡을 지워 실패한 실행의 기록을 잃게 합니다.',
    },
    fix: {
      en: 'Delete the Job a day after it finishes (ttlSecondsAfterFinished: 86400)',
      ko: '끝나고 하루 뒤에 잡 삭제(ttlSecondsAfterFinished: 86400)',
    },
  },
  // Deleting finished Jobs removes their logs: a person picks how long to keep them.
  fix: 'unsafe',
  check(ctx) {
    if (isCustomNamesake(ctx.object)) return;
    if (ctx.object.kind === 'CronJob') {
      const path = ['spec', 'jobTemplate', 'spec', 'ttlSecondsAfterFinished'];
      if (get(ctx.object.value, ...path) !== undefined)
        ctx.report({ range: ctx.keyRange(path), message: ctx.t('cronJob') });
      return;
    }
    const spec = ctx.node(['spec']);
    if (!isMap(spec) || get(ctx.object.value, 'spec', 'ttlSecondsAfterFinished') !== undefined) return;
    if (isPartialObject(ctx) || deletedByItsTool(ctx.object.value)) return;
    const edits = addBlock(ctx.index, spec, { ttlSecondsAfterFinished: TTL_SECONDS });
    ctx.report({
      range: ctx.keyRange(['spec']),
      message: ctx.t('standalone'),
      ...(edits ? { fix: { title: ctx.t('fix'), edits } } : {}),
    });
  },
});

/** Helm and Argo CD hooks are deleted by the tool that runs them, as their delete policy says. */
function deletedByItsTool(object: unknown): boolean {
  const annotations = get(object, 'metadata', 'annotations');
  return ['helm.sh/hook-delete-policy', 'argocd.argoproj.io/hook-delete-policy'].some(
    (key) => get(annotations, key) !== undefined,
  );
}
