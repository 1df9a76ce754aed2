import { isMap } from 'yaml';
import { get, labelsOf, WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { addBlock, yamlString } from '../block-edit';
import { deployment } from '../example-files';
import { isLabelValue } from '../names';
import { isPartialObject } from '../partial';

const NAME = 'app.kubernetes.io/name';

export default defineKubernetesRule({
  id: 'recommended-labels',
  title: {
    en: 'Label the objects of an app with app.kubernetes.io/name',
    ko: '앱의 오브젝트에 app.kubernetes.io/name 레이블 달기',
  },
  severity: 'info',
  concept: 'loose-coupling',
  topics: ['kubernetes-msa', 'kubernetes-operations'],
  kinds: [...WORKLOAD_KINDS, 'Service', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'],
  enabled: false,
  description: {
    en: "Off by default: labels are a team's convention. Kubernetes recommends a shared set, `app.kubernetes.io/name` (what the app is) first, then `instance`, `version`, `component`, `part-of` and `managed-by`. When every object of an app carries them, `kubectl get all -l app.kubernetes.io/name=shop`, dashboards, cost reports and policies find the whole app without knowing each object's name. Turn it on when a team adopts the convention.",
    ko: '레이블은 팀의 관례이므로 기본적으로 꺼져 있습니다. 쿠버네티스는 공통 레이블 묶음을 권장합니다. 먼저 `app.kubernetes.io/name`(앱이 무엇인지), 그리고 `instance`, `version`, `component`, `part-of`, `managed-by`입니다. 앱의 모든 오브젝트가 이를 달고 있으면 `kubectl get all -l app.kubernetes.io/name=shop`, 대시보드, 비용 보고서, 정책이 각 오브젝트의 이름을 몰라도 앱 전체를 찾습니다. 팀이 이 관례를 받아들이면 켜세요.',
  },
  remediation: {
    en: 'Add `app.kubernetes.io/name` to `metadata.labels` (and `app.kubernetes.io/instance`, `version`, `part-of` as they apply).',
    ko: '`metadata.labels`에 `app.kubernetes.io/name`을(상황에 맞게 `app.kubernetes.io/instance`, `version`, `part-of`도) 추가하세요.',
  },
  peers: {},
  noPeer:
    "No peer checks the Kubernetes recommended labels by default; kube-linter's required-label template can be configured to ask for one.",
  example: {
    bad: deployment(),
    good: deployment().replace('  name: web\n', '  name: web\n  labels:\n    app.kubernetes.io/name: web\n'),
  },
  messages: {
    missing: {
      en: 'This {kind} has no app.kubernetes.io/name label, so tools cannot tell which app it belongs to.',
      ko: '이 {kind}에는 app.kubernetes.io/name 레이블이 없어 도구가 어느 앱의 것인지 알 수 없습니다.',
    },
    fix: {
      en: 'Add the label app.kubernetes.io/name: {value}',
      ko: '레이블 app.kubernetes.io/name: {value} 추가',
    },
  },
  // A new label can bring the object into a selector that did not match it before.
  fix: 'unsafe',
  check(ctx) {
    if (isPartialObject(ctx)) return;
    const labels = labelsOf(get(ctx.object.value, 'metadata', 'labels'));
    if (NAME in labels) return;
    // The conventional `app` label, when there is one, already says the app's name.
    const value = labels.app ?? ctx.object.name;
    const metadata = ctx.node(['metadata']);
    const edits =
      value && isLabelValue(value) && isMap(metadata)
        ? addBlock(ctx.index, metadata, { labels: { [NAME]: yamlString(value) } })
        : undefined;
    const range = ctx.node(['metadata', 'labels']) ? ctx.keyRange(['metadata', 'labels']) : ctx.keyRange(['metadata']);
    ctx.report({
      range,
      message: ctx.t('missing', { kind: ctx.object.kind }),
      ...(edits && value ? { fix: { title: ctx.t('fix', { value }), edits } } : {}),
    });
  },
});
