import { isMap } from 'yaml';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import type { Path } from '../../../engine/kubernetes/parse';
import { get, labelsOf, podMetadataPath, WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { addBlock, SequenceLines, yamlString } from '../block-edit';
import { deployment } from '../example-files';
import { containersWith, podSpecOf } from '../support';
import { labelSelectorSelects } from '../../../engine/kubernetes/selectors';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'spread-replicas',
  title: {
    en: 'Spread the replicas of a workload over nodes',
    ko: '워크로드의 레플리카를 여러 노드에 분산하기',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: "Replicas protect you only if they fail independently. The scheduler's built-in spreading is a soft preference that tolerates a difference of three pods per node, so three replicas may well share one node, and that node's failure or drain takes them all. A `topologySpreadConstraint` (or a pod anti-affinity term) that selects the workload's own pods says how evenly they must be spread. A constraint without a labelSelector counts no pods at all, so it spreads nothing.",
    ko: '레플리카는 서로 독립적으로 실패할 때만 보호가 됩니다. 스케줄러의 기본 분산은 노드당 파드 세 개 차이까지 허용하는 약한 선호일 뿐이라, 레플리카 세 개가 한 노드에 모일 수 있고 그 노드가 고장 나거나 드레인되면 모두 사라집니다. 워크로드 자신의 파드를 선택하는 `topologySpreadConstraint`(또는 파드 안티 어피니티 규칙)는 파드를 얼마나 고르게 퍼뜨려야 하는지 정합니다. labelSelector가 없는 제약은 파드를 하나도 세지 않으므로 아무것도 분산하지 않습니다.',
  },
  remediation: {
    en: 'Add a `topologySpreadConstraint` with `maxSkew: 1` over `kubernetes.io/hostname` (and `topology.kubernetes.io/zone` in a multi-zone cluster) whose `labelSelector` matches the pod labels. `whenUnsatisfiable: ScheduleAnyway` keeps pods schedulable on a small cluster; `DoNotSchedule` makes the spread a hard rule.',
    ko: '`labelSelector`가 파드 레이블과 맞는 `topologySpreadConstraint`를 `kubernetes.io/hostname`(여러 존 클러스터라면 `topology.kubernetes.io/zone`도) 기준 `maxSkew: 1`로 추가하세요. `whenUnsatisfiable: ScheduleAnyway`는 작은 클러스터에서도 파드가 배치되게 하고, `DoNotSchedule`은 분산을 반드시 지킬 규칙으로 만듭니다.',
  },
  exceptions: {
    en: 'A single-node cluster (kind, minikube) cannot spread anything; the finding is information only and can be ignored there.',
    ko: '단일 노드 클러스터(kind, minikube)에서는 분산할 수 없습니다. 이 결과는 정보일 뿐이므로 그곳에서는 무시해도 됩니다.',
  },
  peers: {
    kubeLinter: ['no-anti-affinity'],
    kubeScore: ['deployment-has-host-podantiaffinity', 'statefulset-has-host-podantiaffinity'],
    polaris: ['topologySpreadConstraint'],
  },
  example: {
    bad: deployment({ spec: ['replicas: 3'] }),
    good: deployment({
      spec: ['replicas: 3'],
      pod: [
        'topologySpreadConstraints:',
        '  - maxSkew: 1',
        '    topologyKey: kubernetes.io/hostname',
        '    whenUnsatisfiable: ScheduleAnyway',
        '    labelSelector:',
        '      matchLabels: { app: web }',
      ],
    }),
  },
  messages: {
    missing: {
      en: '{replicas} replicas may all land on one node: no topologySpreadConstraint or pod anti-affinity selects these pods.',
      ko: '레플리카 {replicas}개가 모두 한 노드에 놓일 수 있습니다. 이 파드를 선택하는 topologySpreadConstraint나 파드 안티 어피니티가 없습니다.',
    },
    otherPods: {
      en: '{replicas} replicas may all land on one node: the anti-affinity and spread rules here select other pods, not these ({labels}).',
      ko: '레플리카 {replicas}개가 모두 한 노드에 놓일 수 있습니다. 여기 있는 안티 어피니티와 분산 규칙은 이 파드({labels})가 아닌 다른 파드를 선택합니다.',
    },
    noSelector: {
      en: 'This topologySpreadConstraint has no labelSelector, so it counts no pods and spreads nothing.',
      ko: '이 topologySpreadConstraint에는 labelSelector가 없어 파드를 하나도 세지 않으므로 아무것도 분산하지 않습니다.',
    },
    fix: {
      en: 'Spread the pods over nodes (maxSkew 1 per hostname, ScheduleAnyway)',
      ko: '파드를 노드에 분산(hostname당 maxSkew 1, ScheduleAnyway)',
    },
  },
  // Placement changes where pods run and can leave some pending under DoNotSchedule: never on save.
  fix: 'unsafe',
  check(ctx) {
    if (isPartialObject(ctx)) return;
    const specPath = ctx.podSpecPath();
    const spec = podSpecOf(ctx);
    if (!specPath || !spec) return;
    const labels = labelsOf(get(ctx.object.value, ...(podMetadataPath(ctx.object) ?? []), 'labels'));
    let spread = false;
    const constraints = get(spec, 'topologySpreadConstraints');
    (Array.isArray(constraints) ? constraints : []).forEach((constraint, i) => {
      const selector = get(constraint, 'labelSelector');
      if (selector === undefined || selector === null) {
        const path = [...specPath, 'topologySpreadConstraints', i];
        ctx.report({ range: ctx.firstKeyRange(path), message: ctx.t('noSelector') });
      } else if (labelSelectorSelects(selector, labels)) spread = true;
    });
    const terms = antiAffinityTerms(spec);
    if (spread || terms.some((term) => labelSelectorSelects(get(term, 'labelSelector'), labels))) return;
    if (onePerNode(ctx)) return;
    const replicas = get(ctx.object.value, 'spec', 'replicas');
    if (typeof replicas !== 'number' || replicas < 2) return;
    const fix = spreadFix(ctx, specPath, labels);
    // Rules that exist but select other pods are the subtle case: say so, with the labels to select.
    const aimedElsewhere = terms.length > 0 || (Array.isArray(constraints) && constraints.length > 0);
    const own = Object.entries(labels)
      .map(([key, value]) => `${key}=${value}`)
      .join(', ');
    ctx.report({
      range: ctx.keyRange(['spec', 'replicas']),
      message: aimedElsewhere ? ctx.t('otherPods', { replicas, labels: own }) : ctx.t('missing', { replicas }),
      ...(fix ? { fix } : {}),
    });
  },
});

/** Pods that bind a port on the node (hostPort, or any port with hostNetwork) can never share a node. */
function onePerNode(ctx: KubernetesContext): boolean {
  const hostNetwork = get(podSpecOf(ctx), 'hostNetwork') === true;
  return containersWith(ctx, ['container', 'initContainer']).some((container) => {
    const ports = container.value.ports;
    return (
      Array.isArray(ports) &&
      ports.some(
        (port) => get(port, 'hostPort') !== undefined || (hostNetwork && get(port, 'containerPort') !== undefined),
      )
    );
  });
}

/** The pod anti-affinity terms, required and preferred, that name a topology to keep pods apart in. */
function antiAffinityTerms(spec: Record<string, unknown>): unknown[] {
  const antiAffinity = get(spec, 'affinity', 'podAntiAffinity');
  const required = get(antiAffinity, 'requiredDuringSchedulingIgnoredDuringExecution');
  const preferred = get(antiAffinity, 'preferredDuringSchedulingIgnoredDuringExecution');
  const terms = [
    ...(Array.isArray(required) ? required : []),
    ...(Array.isArray(preferred) ? preferred.map((weighted) => get(weighted, 'podAffinityTerm')) : []),
  ];
  return terms.filter((term) => typeof get(term, 'topologyKey') === 'string');
}

/**
 * A soft constraint on the workload's own selector labels (its template labels when the selector
 * has none): maxSkew 1 per node, ScheduleAnyway so a small cluster still runs every replica.
 */
function spreadFix(ctx: KubernetesContext, specPath: Path, templateLabels: Record<string, string>): Fix | undefined {
  const selector = get(ctx.object.value, 'spec', 'selector');
  const matchLabels = labelsOf(
    get(selector, 'matchLabels') ?? (ctx.object.kind === 'ReplicationController' ? selector : undefined),
  );
  const labels = Object.keys(matchLabels).length > 0 ? matchLabels : templateLabels;
  const entries = Object.entries(labels);
  const map = ctx.node(specPath);
  if (entries.length === 0 || !isMap(map)) return undefined;
  const flow = `{ ${entries.map(([key, value]) => `${yamlString(key)}: ${yamlString(value)}`).join(', ')} }`;
  const edits = addBlock(ctx.index, map, {
    topologySpreadConstraints: new SequenceLines([
      '- maxSkew: 1',
      '  topologyKey: kubernetes.io/hostname',
      '  whenUnsatisfiable: ScheduleAnyway',
      '  labelSelector:',
      `    matchLabels: ${flow}`,
    ]),
  });
  return edits ? { title: ctx.t('fix'), edits } : undefined;
}
