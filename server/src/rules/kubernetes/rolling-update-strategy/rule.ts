import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { sameNamespace } from '../../../engine/kubernetes/inventory-lookups';
import { get } from '../../../engine/kubernetes/workloads';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { isCustomNamesake } from '../builtin';
import { ownValue } from '../../../engine/own-keys';

/** Where each kind names its update strategy, and the value that replaces pods all at once or never. */
const STRATEGIES: Record<string, { field: string; stopping: string }> = {
  Deployment: { field: 'strategy', stopping: 'Recreate' },
  StatefulSet: { field: 'updateStrategy', stopping: 'OnDelete' },
  DaemonSet: { field: 'updateStrategy', stopping: 'OnDelete' },
};

/** Access modes that let one node attach the volume: a pod on another node waits for it forever. */
const ONE_NODE_MODES = new Set(['ReadWriteOnce', 'ReadWriteOncePod']);

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * True when the pods mount a claim the workspace defines (in this file or another) that only one
 * node can attach. A rolling update starts the new pod while the old one still holds the volume,
 * and a new pod on another node cannot attach it, so the rollout stalls: Recreate is what works.
 */
function mountsOneNodeClaim(ctx: KubernetesContext): boolean {
  const specPath = ctx.podSpecPath();
  if (!specPath || !ctx.object.value) return false;
  const volumes = get(ctx.object.value, ...specPath, 'volumes');
  const names = new Set(
    (Array.isArray(volumes) ? volumes : []).flatMap((volume) =>
      strings([get(volume, 'persistentVolumeClaim', 'claimName')]),
    ),
  );
  if (names.size === 0) return false;
  const namespace = ctx.object.namespace;
  const modes: Map<string, string[][]> = new Map();
  const add = (name: string | undefined, kind: string, objectNamespace: string | undefined, written: string[]) => {
    if (kind !== 'PersistentVolumeClaim' || !name || !names.has(name) || !sameNamespace(objectNamespace, namespace))
      return;
    modes.set(name, [...(modes.get(name) ?? []), written]);
  };
  for (const o of ctx.objects) add(o.name, o.kind, o.namespace, strings(get(o.value, 'spec', 'accessModes')));
  for (const o of ctx.workspace?.objectsOutside?.(ctx.uri) ?? []) add(o.name, o.kind, o.namespace, o.accessModes ?? []);
  // Every claim of that name the pods could get must be one-node only; one that is not stays judged.
  return [...modes.values()].some((found) =>
    found.every((written) => written.length > 0 && written.every((mode) => ONE_NODE_MODES.has(mode))),
  );
}

export default defineKubernetesRule({
  id: 'rolling-update-strategy',
  title: {
    en: 'Roll out new versions a few pods at a time',
    ko: '새 버전은 파드 몇 개씩 차례로 내보내기',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['kubernetes-operations', 'cloud-native'],
  kinds: Object.keys(STRATEGIES),
  description: {
    en: 'With `RollingUpdate`, Kubernetes replaces pods a few at a time and waits for each new one to be ready, so the service keeps answering during a release and a bad version stops the rollout before it takes everything down. `Recreate` stops every old pod before starting any new one: each release is an outage. `OnDelete` (StatefulSet, DaemonSet) changes nothing until someone deletes pods by hand, so the declared version and the running one drift apart.',
    ko: '`RollingUpdate`를 쓰면 쿠버네티스는 파드를 몇 개씩 바꾸면서 새 파드가 준비되기를 기다리므로, 릴리스 중에도 서비스가 응답하고 잘못된 버전은 전부를 무너뜨리기 전에 롤아웃을 멈춥니다. `Recreate`는 새 파드를 띄우기 전에 예전 파드를 모두 멈추므로 릴리스마다 장애가 납니다. `OnDelete`(스테이트풀셋, 데몬셋)는 누군가 파드를 손으로 지울 때까지 아무것도 바꾸지 않아, 선언한 버전과 실행 중인 버전이 어긋납니다.',
  },
  remediation: {
    en: 'Use the `RollingUpdate` strategy (the default: leaving `type` out is enough) and tune `maxSurge` / `maxUnavailable` if needed.',
    ko: '`RollingUpdate` 전략을 쓰세요(기본값이므로 `type`을 빼도 됩니다). 필요하면 `maxSurge`와 `maxUnavailable`을 조정하세요.',
  },
  exceptions: {
    en: 'Recreate is right when two versions must never run side by side (an incompatible schema migration, a single-writer app); say so in a suppression. A Deployment whose pods mount a PersistentVolumeClaim the workspace defines as ReadWriteOnce or ReadWriteOncePod is left alone: a rolling update starts the new pod while the old one still holds the volume, and on another node the new pod cannot attach it, so the rollout stalls; there Recreate is the strategy that works.',
    ko: '두 버전이 동시에 돌면 안 될 때(호환되지 않는 스키마 마이그레이션, 쓰기 주체가 하나뿐인 앱)는 Recreate가 맞습니다. 그 이유를 적어 이 결과를 숨기세요. 워크스페이스가 ReadWriteOnce나 ReadWriteOncePod로 정의한 PersistentVolumeClaim을 파드가 마운트하는 디플로이먼트는 문제 삼지 않습니다: 롤링 업데이트는 예전 파드가 아직 볼륨을 붙들고 있을 때 새 파드를 띄우는데, 다른 노드의 새 파드는 그 볼륨을 붙일 수 없어 롤아웃이 멈춥니다. 그럴 때는 Recreate가 통하는 전략입니다.',
  },
  peers: { kubeLinter: ['no-rolling-update-strategy'], kubeScore: ['deployment-strategy'] },
  example: {
    bad: deployment({ spec: ['strategy:', '  type: Recreate'] }),
    good: deployment({ spec: ['strategy:', '  type: RollingUpdate'] }),
  },
  messages: {
    recreate: {
      en: 'Recreate stops every pod of "{name}" before starting the new version: each rollout is an outage.',
      ko: 'Recreate는 새 버전을 시작하기 전에 "{name}"의 파드를 모두 멈춥니다. 롤아웃할 때마다 장애가 납니다.',
    },
    onDelete: {
      en: 'OnDelete leaves the pods of "{name}" on the old version until someone deletes them by hand.',
      ko: 'OnDelete는 누군가 손으로 지울 때까지 "{name}"의 파드를 예전 버전으로 둡니다.',
    },
    fix: {
      en: 'Use the RollingUpdate strategy',
      ko: 'RollingUpdate 전략 사용',
    },
  },
  // Old and new versions then run side by side for a while: a person checks the app allows it.
  fix: 'unsafe',
  // Cross-file: a claim in another file decides it, so an editor reruns it when that file changes.
  checkWorkspace(ctx) {
    for (const object of ctx.objects)
      if (object.value && ownValue(STRATEGIES, object.kind)) check(ctx.objectContext(object));
  },
});

function check(ctx: KubernetesContext): void {
  if (isCustomNamesake(ctx.object)) return;
  const strategy = ownValue(STRATEGIES, ctx.object.kind);
  if (!strategy) return;
  const path = ['spec', strategy.field, 'type'];
  if (get(ctx.object.value, ...path) !== strategy.stopping) return;
  if (strategy.stopping === 'Recreate' && mountsOneNodeClaim(ctx)) return;
  const node = ctx.node(path);
  const edit = node && replaceNode(ctx.index, node, 'RollingUpdate');
  ctx.report({
    range: ctx.valueRange(path),
    message: ctx.t(strategy.stopping === 'Recreate' ? 'recreate' : 'onDelete', { name: ctx.object.name ?? '' }),
    ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
  });
}
