import { isMap } from 'yaml';
import { get } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { addBlock } from '../block-edit';
import { cronJob } from '../example-files';
import { isPartialObject } from '../partial';
import { isCustomNamesake } from '../builtin';

export default defineKubernetesRule({
  id: 'cronjob-concurrency-policy',
  title: {
    en: 'Decide whether CronJob runs may overlap',
    ko: '크론잡 실행이 겹쳐도 되는지 정하기',
  },
  severity: 'info',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations'],
  kinds: ['CronJob'],
  description: {
    en: 'By default (`Allow`) a CronJob starts the next run on schedule even when the previous one is still going. A job that sometimes runs longer than its interval (a backup on a slow night, a report over a large month) then runs twice at once: two backups write to the same place, two imports insert the same rows, and each slows the other so they pile up. `Forbid` skips a run while the last one is still going; `Replace` stops the old run for the new one.',
    ko: '기본값(`Allow`)에서는 크론잡이 이전 실행이 아직 진행 중이어도 일정대로 다음 실행을 시작합니다. 가끔 간격보다 오래 걸리는 작업(느린 밤의 백업, 큰 달의 보고서)은 그러면 동시에 두 번 돌게 됩니다. 두 백업이 같은 곳에 쓰고, 두 가져오기가 같은 행을 넣고, 서로를 느리게 해 계속 쌓입니다. `Forbid`는 이전 실행이 진행 중이면 이번 실행을 건너뛰고, `Replace`는 이전 실행을 멈추고 새 실행으로 바꿉니다.',
  },
  remediation: {
    en: 'Set `concurrencyPolicy: Forbid` for jobs that must not run twice at once, `Replace` when only the newest run matters, or `Allow` explicitly when runs are independent.',
    ko: '동시에 두 번 돌면 안 되는 작업에는 `concurrencyPolicy: Forbid`를, 가장 최근 실행만 중요하면 `Replace`를, 실행이 서로 독립적이면 명시적으로 `Allow`를 설정하세요.',
  },
  peers: {},
  noPeer:
    'kube-linter, kube-score and Polaris do not look at concurrencyPolicy; overlapping runs are a failure the Kubernetes CronJob documentation warns about.',
  example: {
    bad: cronJob({ spec: ['startingDeadlineSeconds: 600'] }),
    good: cronJob({ spec: ['startingDeadlineSeconds: 600', 'concurrencyPolicy: Forbid'] }),
  },
  messages: {
    unset: {
      en: 'concurrencyPolicy is not set, so a run that outlasts the interval overlaps the next one; choose Forbid, Replace or Allow.',
      ko: 'concurrencyPolicy가 없어 간격보다 오래 걸린 실행이 다음 실행과 겹칩니다. Forbid, Replace, Allow 중에서 고르세요.',
    },
    fix: {
      en: 'Skip a run while the previous one is still going (concurrencyPolicy: Forbid)',
      ko: '이전 실행이 진행 중이면 이번 실행 건너뛰기(concurrencyPolicy: Forbid)',
    },
  },
  // Skipping runs changes what gets done: a person picks the policy.
  fix: 'unsafe',
  check(ctx) {
    if (isCustomNamesake(ctx.object)) return;
    const spec = ctx.node(['spec']);
    if (!isMap(spec) || get(ctx.object.value, 'spec', 'concurrencyPolicy') !== undefined) return;
    if (isPartialObject(ctx)) return;
    const edits = addBlock(ctx.index, spec, { concurrencyPolicy: 'Forbid' });
    const anchor = ctx.node(['spec', 'schedule']) ? ['spec', 'schedule'] : ['spec'];
    ctx.report({
      range: ctx.keyRange(anchor),
      message: ctx.t('unset'),
      ...(edits ? { fix: { title: ctx.t('fix'), edits } } : {}),
    });
  },
});
