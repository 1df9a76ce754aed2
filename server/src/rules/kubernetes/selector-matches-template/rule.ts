import { isMap, isScalar } from 'yaml';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import type { Path } from '../../../engine/kubernetes/parse';
import { get, labelsOf } from '../../../engine/kubernetes/workloads';
import { insertIntoMap } from '../../../engine/kubernetes/yaml-edit';
import { defineKubernetesRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { deployment } from '../example-files';
import { sourceOf } from '../support';
import { expressionHolds } from '../../../engine/kubernetes/selectors';
import { ownValue } from '../../../engine/own-keys';

/** Kinds whose selector is a LabelSelector; a ReplicationController's is a plain map of labels. */
const LABEL_SELECTOR_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'];
const TEMPLATE_LABELS: Path = ['spec', 'template', 'metadata', 'labels'];

export default defineKubernetesRule({
  id: 'selector-matches-template',
  title: {
    en: "A controller's selector must match its pod template",
    ko: '컨트롤러의 셀렉터는 파드 템플릿과 맞아야 함',
  },
  severity: 'error',
  concept: 'declarative-specs',
  topics: ['kubernetes-architecture'],
  kinds: [...LABEL_SELECTOR_KINDS, 'ReplicationController'],
  description: {
    en: 'A controller finds the pods it owns by label: `spec.selector` must match the labels of `spec.template`. If it does not, the API server rejects the object, or (with older APIs) the controller keeps creating pods it never counts as its own. The selector is the link between the declared state and the running pods.',
    ko: '컨트롤러는 자기가 가진 파드를 레이블로 찾습니다. `spec.selector`는 `spec.template`의 레이블과 맞아야 합니다. 맞지 않으면 API 서버가 오브젝트를 거부하거나, (예전 API에서는) 컨트롤러가 자기 것으로 세지 않는 파드를 계속 만듭니다. 셀렉터는 선언한 상태와 실행 중인 파드를 잇는 고리입니다.',
  },
  remediation: {
    en: 'Give `spec.template.metadata.labels` every label that `spec.selector.matchLabels` names, with the same value. Change the selector itself only with care: it cannot be changed on an existing Deployment, StatefulSet or DaemonSet.',
    ko: '`spec.selector.matchLabels`가 말하는 모든 레이블을 같은 값으로 `spec.template.metadata.labels`에 넣으세요. 셀렉터 자체는 조심해서 바꾸세요. 이미 있는 디플로이먼트, 스테이트풀셋, 데몬셋의 셀렉터는 바꿀 수 없습니다.',
  },
  peers: {
    kubeLinter: ['mismatching-selector'],
    kubeScore: [
      'deployment-pod-selector-labels-match-template-metadata-labels',
      'statefulset-pod-selector-labels-match-template-metadata-labels',
    ],
  },
  example: {
    bad: deployment().replace('labels: { app: web }', 'labels: { app: frontend }'),
    good: deployment(),
  },
  messages: {
    emptySelector: {
      en: 'The selector of {kind} "{name}" is empty; it must name at least one label of the pod template.',
      ko: '{kind} "{name}"의 셀렉터가 비어 있습니다. 파드 템플릿의 레이블을 하나 이상 지정해야 합니다.',
    },
    missingLabel: {
      en: 'The selector needs label "{key}: {value}", but the pod template does not have it.',
      ko: '셀렉터는 레이블 "{key}: {value}"{을/를} 요구하지만 파드 템플릿에 그 레이블이 없습니다.',
    },
    wrongValue: {
      en: 'The selector needs "{key}: {value}", but the pod template has "{key}: {actual}".',
      ko: '셀렉터는 "{key}: {value}"{을/를} 요구하지만 파드 템플릿에는 "{key}: {actual}"{이/가} 있습니다.',
    },
    expression: {
      en: 'The pod template labels do not satisfy this selector expression ({key} {operator}).',
      ko: '파드 템플릿 레이블이 이 셀렉터 식({key} {operator}){을/를} 만족하지 않습니다.',
    },
    fix: {
      en: 'Add label "{key}" to the pod template',
      ko: '파드 템플릿에 레이블 "{key}" 추가',
    },
  },
  fix: 'safe',
  check(ctx) {
    const value = ctx.object.value;
    if (!value) return;
    const labels = labelsOf(get(value, ...TEMPLATE_LABELS));
    const selector = get(value, 'spec', 'selector');
    const data = { kind: ctx.object.kind, name: ctx.object.name ?? 'unnamed', apiVersion: ctx.object.apiVersion };
    if (ctx.object.kind === 'ReplicationController') {
      // Without a selector a ReplicationController uses its template labels, which always match.
      if (selector && typeof selector === 'object') checkLabels(ctx, ['spec', 'selector'], selector, labels);
      return;
    }
    // A missing selector is a missing required field, which kubernetes-schema reports at the same place.
    if (selector === undefined || selector === null) return;
    const matchLabels = get(selector, 'matchLabels');
    const expressions = get(selector, 'matchExpressions');
    const hasLabels = matchLabels && typeof matchLabels === 'object' && Object.keys(matchLabels).length > 0;
    const hasExpressions = Array.isArray(expressions) && expressions.length > 0;
    if (!hasLabels && !hasExpressions) {
      ctx.report({ range: ctx.keyRange(['spec', 'selector']), message: ctx.t('emptySelector', data) });
      return;
    }
    if (hasLabels) checkLabels(ctx, ['spec', 'selector', 'matchLabels'], matchLabels, labels);
    if (!hasExpressions) return;
    expressions.forEach((expression: unknown, i) => {
      if (expressionHolds(expression, labels)) return;
      ctx.report({
        range: ctx.firstKeyRange(['spec', 'selector', 'matchExpressions', i]),
        message: ctx.t('expression', {
          key: String(get(expression, 'key')),
          operator: String(get(expression, 'operator')),
        }),
      });
    });
  },
});

function checkLabels(ctx: KubernetesContext, path: Path, selector: object, labels: Record<string, string>): void {
  // A list, or a map or list as a label's value, is a type error kubernetes-schema reports.
  if (Array.isArray(selector)) return;
  for (const [key, raw] of Object.entries(selector)) {
    if (raw !== null && typeof raw === 'object') continue;
    const value = String(raw);
    const actual = ownValue(labels, key);
    if (actual === value) continue;
    if (actual === undefined) {
      const fix = addLabelFix(ctx, [...path, key]);
      ctx.report({
        range: ctx.keyRange([...path, key]),
        message: ctx.t('missingLabel', { key, value }),
        ...(fix ? { fix } : {}),
      });
    } else {
      ctx.report({ range: ctx.valueRange([...path, key]), message: ctx.t('wrongValue', { key, value, actual }) });
    }
  }
}

/** Copies the selector's `key: value` text, exactly as written, into the template's labels. */
function addLabelFix(ctx: KubernetesContext, selectorPath: Path): Fix | undefined {
  const parent = ctx.node(selectorPath.slice(0, -1));
  const last = selectorPath[selectorPath.length - 1];
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
  const key = pair && sourceOf(ctx, pair.key);
  const value = pair && sourceOf(ctx, pair.value);
  const template = ctx.node(['spec', 'template']);
  if (!key || !value || !isMap(template)) return undefined;
  // A label written with no value (`app:`) is still a key: adding it again would duplicate it.
  const labels = ctx.node(['spec', 'template', 'metadata', 'labels']);
  if (isMap(labels) && labels.items.some((item) => isScalar(item.key) && item.key.value === last)) return undefined;
  const edit = insertIntoMap(ctx.index, template, ['metadata', 'labels'], [`${key}: ${value}`]);
  return edit ? { title: ctx.t('fix', { key: String(last) }), edits: [edit] } : undefined;
}
