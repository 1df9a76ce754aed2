import { defineKubernetesRule } from '../../../engine/rule';
import { get } from '../../../engine/kubernetes/workloads';
import { runsToCompletion } from '../support';

/** The kubelet runs static pods from this folder itself; they are bare Pods on purpose. */
const STATIC_POD_FOLDER = /\/etc\/kubernetes\/manifests\//;

export default defineKubernetesRule({
  id: 'no-naked-pod',
  title: 'Run pods through a controller',
  severity: 'warning',
  concept: 'self-healing',
  kinds: ['Pod'],
  description:
    'A Pod written on its own is not recreated when its node fails, is drained for maintenance, or evicts it: it is simply gone. A controller (a Deployment for a service, a Job for a task that finishes) holds the desired state and replaces lost pods, rolls out new versions and scales. That loop of desired versus actual state is what makes Kubernetes self-healing.',
  remediation:
    'Wrap the pod spec in a Deployment (or a StatefulSet or DaemonSet) as `spec.template`, with matching `selector` labels; for a one-off task use a Job.',
  peers: {},
  example: {
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: example.com/web:1.4.2',
    good: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: { app: web }\n  template:\n    metadata:\n      labels: { app: web }\n    spec:\n      containers:\n        - name: web\n          image: example.com/web:1.4.2',
  },
  messages: {
    service: {
      en: 'Pod "{name}" has no controller: if its node fails or is drained, nothing recreates it. Use a Deployment.',
      ko: '파드 "{name}"에 컨트롤러가 없습니다. 노드가 고장 나거나 드레인되면 아무것도 다시 만들지 않습니다. Deployment를 사용하세요.',
    },
    task: {
      en: 'Pod "{name}" runs a task without a controller: if its node fails, the task is lost. Use a Job.',
      ko: '파드 "{name}"가 컨트롤러 없이 작업을 실행합니다. 노드가 고장 나면 작업이 사라집니다. Job을 사용하세요.',
    },
  },
  fixable: false,
  check(ctx) {
    if (STATIC_POD_FOLDER.test(ctx.uri)) return;
    const owners = get(ctx.object.value, 'metadata', 'ownerReferences');
    if (Array.isArray(owners) && owners.length > 0) return;
    ctx.report({
      range: ctx.kindRange(),
      message: ctx.t(runsToCompletion(ctx) ? 'task' : 'service', { name: ctx.object.name ?? 'unnamed' }),
    });
  },
});
