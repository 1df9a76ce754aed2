import { isMap } from 'yaml';
import { get } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { addBlock } from '../block-edit';
import { cronJob } from '../example-files';
import { isPartialObject } from '../partial';
import { isCustomNamesake } from '../builtin';

/** The CronJob controller looks for due runs about every 10 seconds; a shorter deadline may skip every run. */
const CONTROLLER_PERIOD_SECONDS = 10;

export default defineKubernetesRule({
  id: 'cronjob-starting-deadline',
  title: {
    en: 'Say how late a CronJob run may still start',
    ko: '크론잡 실행이 얼마나 늦게까지 시작해도 되는지 정하기',
  },
  severity: 'info',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations'],
  kinds: ['CronJob'],
  description: {
    en: 'When the CronJob controller misses a scheduled time (the control plane was down, the CronJob was suspended), it starts the run late — without `startingDeadlineSeconds`, however late that is, so a nightly job may run at noon. And if it finds more than 100 missed times, it stops scheduling the CronJob altogether until someone intervenes. A deadline says when a late run is no longer worth starting and bounds how far back the controller looks.',
    ko: '크론잡 컨트롤러가 예정된 시각을 놓치면(컨트롤 플레인이 멈췄거나 크론잡이 일시 중지되었을 때) 늦게라도 실행을 시작합니다. `startingDeadlineSeconds`가 없으면 얼마나 늦든 시작하므로 야간 작업이 한낮에 돌 수 있습니다. 게다가 놓친 시각이 100개를 넘으면 누군가 손댈 때까지 크론잡의 스케줄링을 아예 멈춥니다. 마감 시간은 늦은 실행을 언제부터 시작할 가치가 없는지 정하고, 컨트롤러가 얼마나 거슬러 볼지 제한합니다.',
  },
  remediation: {
    en: 'Set `startingDeadlineSeconds` to how late a run is still useful, shorter than the interval between runs and at least 10 seconds (the controller checks about every 10 seconds).',
    ko: '`startingDeadlineSeconds`를 실행이 아직 쓸모 있는 늦음의 한계로 정하세요. 실행 간격보다 짧고 10초 이상이어야 합니다(컨트롤러는 약 10초마다 확인합니다).',
  },
  peers: { kubeScore: ['cronjob-has-deadline'] },
  example: {
    bad: cronJob(),
    good: cronJob({ spec: ['startingDeadlineSeconds: 600'] }),
  },
  messages: {
    missing: {
      en: 'No startingDeadlineSeconds: a missed run starts however late it is, and after 100 missed runs the CronJob stops being scheduled.',
      ko: 'startingDeadlineSeconds가 없습니다. 놓친 실행은 얼마나 늦든 시작되고, 100번을 놓치면 크론잡 스케줄링이 멈춥니다.',
    },
    tooShort: {
      en: "startingDeadlineSeconds {seconds} is shorter than the controller's 10-second check: runs may be skipped every time.",
      ko: 'startingDeadlineSeconds {seconds}{은/는} 컨트롤러의 10초 확인 주기보다 짧습니다. 실행이 매번 건너뛰어질 수 있습니다.',
    },
    fix: {
      en: 'Skip runs that would start more than 10 minutes late (startingDeadlineSeconds: 600)',
      ko: '10분 넘게 늦는 실행은 건너뛰기(startingDeadlineSeconds: 600)',
    },
  },
  // Late runs are then skipped: a person decides how late is too late.
  fix: 'unsafe',
  check(ctx) {
    if (isCustomNamesake(ctx.object)) return;
    const deadline = get(ctx.object.value, 'spec', 'startingDeadlineSeconds');
    if (typeof deadline === 'number') {
      if (deadline < CONTROLLER_PERIOD_SECONDS)
        ctx.report({
          range: ctx.valueRange(['spec', 'startingDeadlineSeconds']),
          message: ctx.t('tooShort', { seconds: deadline }),
        });
      return;
    }
    const spec = ctx.node(['spec']);
    if (deadline !== undefined || !isMap(spec) || isPartialObject(ctx)) return;
    const edits = addBlock(ctx.index, spec, { startingDeadlineSeconds: '600' });
    const anchor = ctx.node(['spec', 'schedule']) ? ['spec', 'schedule'] : ['spec'];
    ctx.report({
      range: ctx.keyRange(anchor),
      message: ctx.t('missing'),
      ...(edits ? { fix: { title: ctx.t('fix'), edits } } : {}),
    });
  },
});
