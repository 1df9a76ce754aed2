import type { IndexedObject } from '../../../engine/kubernetes/facts';
import { insertIntoMap } from '../../../engine/kubernetes/yaml-edit';
import { nodeAt } from '../../../engine/kubernetes/parse';
import { defineKubernetesRule } from '../../../engine/rule';
import type { Fix, TextEdit } from '../../../engine/types';
import { deployment } from '../example-files';
import {
  closestName,
  nameOf,
  ownObjects,
  renameTarget,
  replaceScalar,
  serviceTarget,
  valueOrKeyRange,
} from '../workspace-support';
import { isMap } from 'yaml';

const service = (targetPort: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: ${targetPort}`;

/** Workloads named in one message, at most. */
const SHOWN = 3;

function declared(workload: IndexedObject, protocol: string): string[] {
  return (workload.pods?.ports ?? [])
    .filter((p) => p.protocol === protocol)
    .map((p) => (p.name ? `${p.number ?? '?'} (${p.name})` : String(p.number ?? '?')));
}

export default defineKubernetesRule({
  id: 'service-target-port',
  title: {
    en: "A Service's targetPort should be a port its pods declare",
    ko: '서비스의 targetPort는 파드가 선언한 포트여야 함',
  },
  severity: 'warning',
  concept: 'loose-coupling',
  topics: ['kubernetes-msa', 'kubernetes-operations'],
  description: {
    en: 'A Service forwards each of its ports to `targetPort` on the pods it selects (to `port` itself when `targetPort` is left out). A named targetPort must be the name of a container port, or the Service gets no endpoint for that port and every connection is refused. A number that none of the selected pods declares usually means the Service and the container disagree about where the app listens (80 against 8080): the Service resolves, and nothing answers. This rule looks at the workloads the Service selects anywhere in the workspace, and stays quiet when they declare no ports at all.',
    ko: '서비스는 자기 포트를 선택한 파드의 `targetPort`로 전달합니다(`targetPort`를 빼면 `port` 그대로). 이름으로 적은 targetPort는 컨테이너 포트의 이름이어야 하며, 아니면 그 포트의 엔드포인트가 생기지 않아 모든 연결이 거부됩니다. 선택한 파드 어디에도 선언되지 않은 번호는 대개 서비스와 컨테이너가 앱이 듣는 포트를 다르게 알고 있다는 뜻입니다(80과 8080). 서비스 이름은 풀리지만 아무도 응답하지 않습니다. 이 규칙은 워크스페이스 어디에 있든 서비스가 선택하는 워크로드를 보고, 그 워크로드가 포트를 하나도 선언하지 않으면 조용히 있습니다.',
  },
  remediation: {
    en: 'Set `targetPort` to the `containerPort` (or its `name`) the app listens on, or declare that port in the container. Naming container ports (`name: http`) and targeting the name lets the number change in one place.',
    ko: '`targetPort`를 앱이 듣는 `containerPort`(또는 그 `name`)로 맞추거나, 컨테이너에 그 포트를 선언하세요. 컨테이너 포트에 이름(`name: http`)을 붙이고 이름으로 가리키면 번호를 한 곳에서만 바꾸면 됩니다.',
  },
  exceptions: {
    en: 'A container may listen on a port it does not declare (declaring is informational for numbers); declare it anyway so people and tools can see it, or suppress the finding on the Service with `cntutor.dev/ignore: service-target-port`.',
    ko: '컨테이너는 선언하지 않은 포트에서도 들을 수 있습니다(번호의 선언은 정보일 뿐입니다). 그래도 사람과 도구가 볼 수 있게 선언하거나, 서비스에 `cntutor.dev/ignore: service-target-port`를 달아 두세요.',
  },
  peers: {},
  noPeer:
    'kube-linter and kube-score check only that a Service selects some pod, not that its targetPort is a port those pods declare.',
  example: {
    bad: deployment({ more: [service('8000')] }),
    good: deployment({ more: [service('8080')] }),
  },
  messages: {
    named: {
      en: 'Service "{name}" sends port {port} to the container port named "{target}", but no container of {workloads} has a port with that name: the Service gets no endpoint for it.',
      ko: '서비스 "{name}"{은/는} 포트 {port}{을/를} "{target}"라는 이름의 컨테이너 포트로 보내지만 {workloads}의 어떤 컨테이너에도 그 이름의 포트가 없습니다. 이 포트에는 엔드포인트가 생기지 않습니다.',
    },
    numbered: {
      en: 'Service "{name}" sends port {port} to {target}, but the pods of {workloads} declare only {declared}: nothing may listen there.',
      ko: '서비스 "{name}"{은/는} 포트 {port}{을/를} {target}번으로 보내지만 {workloads}의 파드에는 {declared}만 선언되어 있습니다. 그 포트에서는 아무도 듣지 않을 수 있습니다.',
    },
    relatedPorts: {
      en: '{kind} "{workload}" declares {ports}',
      ko: '{kind} "{workload}"의 선언된 포트: {ports}',
    },
    fix: {
      en: 'Send it to port {target}',
      ko: '포트 {target}{으로/로} 보내기',
    },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownObjects(ctx, ['Service'])) {
      const service = facts.service;
      if (!service?.selector || service.type === 'ExternalName') continue;
      const workloads = ctx.inventory.workloadsSelectedBy(service.selector, facts.namespace);
      if (workloads.length === 0) continue;
      service.ports.forEach((port, i) => {
        const target = serviceTarget(port);
        if (target === undefined) return;
        const path = ['spec', 'ports', i, port.targetPort !== undefined ? 'targetPort' : 'port'];
        const ports = workloads.flatMap((w) => (w.pods?.ports ?? []).filter((p) => p.protocol === port.protocol));
        const shown = workloads.slice(0, SHOWN);
        const names = shown.map((w) => `${w.kind} "${nameOf(w)}"`).join(', ');
        const related = shown.map((w) =>
          ctx.inventory.related(
            w,
            ctx.t('relatedPorts', {
              kind: w.kind,
              workload: nameOf(w),
              ports: declared(w, port.protocol).join(', ') || '-',
            }),
          ),
        );
        const base = { name: nameOf(facts), port: port.port ?? '?', target, workloads: names };
        if (typeof target === 'string') {
          if (ports.some((p) => p.name === target)) return;
          const near = renameTarget(
            target,
            closestName(
              target,
              ports.flatMap((p) => (p.name ? [p.name] : [])),
            ),
          );
          const fix = near === undefined ? undefined : retarget(near);
          ctx.report({
            range: valueOrKeyRange(ctx, object, path),
            message: ctx.t('named', base),
            related,
            ...(fix ? { fix } : {}),
          });
          return;
        }
        // A workload that declares nothing may listen anywhere: no judgement without every declaration.
        if (workloads.some((w) => (w.pods?.ports ?? []).length === 0)) return;
        if (ports.some((p) => p.number === target)) return;
        const numbers = [...new Set(ports.flatMap((p) => (p.number === undefined ? [] : [p.number])))];
        const only = numbers.length === 1 ? numbers[0] : undefined;
        const fix = only === undefined ? undefined : retarget(only);
        ctx.report({
          range: valueOrKeyRange(ctx, object, path),
          message: ctx.t('numbered', {
            ...base,
            declared: [...new Set(workloads.flatMap((w) => declared(w, port.protocol)))].join(', ') || '-',
          }),
          related,
          ...(fix ? { fix } : {}),
        });

        function retarget(to: string | number): Fix | undefined {
          let edit: TextEdit | undefined;
          if (port.targetPort !== undefined) edit = replaceScalar(ctx, object, ['spec', 'ports', i, 'targetPort'], to);
          else {
            const map = nodeAt(object.root, ['spec', 'ports', i]);
            edit = isMap(map) ? insertIntoMap(ctx.index, map, [], [`targetPort: ${to}`]) : undefined;
          }
          return edit ? { title: ctx.t('fix', { target: to }), edits: [edit] } : undefined;
        }
      });
    }
  },
});
