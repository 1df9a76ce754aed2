import { defineKubernetesRule } from '../../../engine/rule';
import { CLEAN_CONTAINER, deployment } from '../example-files';
import { get } from '../../../engine/kubernetes/workloads';
import { runsToCompletion } from '../support';

/** The kubelet runs static pods from this folder itself; they are bare Pods on purpose. */
const STATIC_POD_FOLDER = /\/etc\/kubernetes\/manifests\//;

export default defineKubernetesRule({
  id: 'no-naked-pod',
  title: {
    en: 'Run pods through a controller',
    ko: '파드는 컨트롤러를 통해 실행하기',
  },
  severity: 'warning',
  concept: 'self-healing',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: ['Pod'],
  description: {
    en: 'A Pod written on its own is not recreated when its node fails, is drained for maintenance, or evicts it: it is simply gone. A controller (a Deployment for a service, a Job for a task that finishes) holds the desired state and replaces lost pods, rolls out new versions and scales. That loop of desired versus actual state is what makes Kubernetes self-healing.',
    ko: '따로 작성한 파드는 노드가 고장 나거나, 유지 보수로 비워지거나, 파드가 축출될 때 다시 만들어지지 않고 그냥 사라집니다. 컨트롤러(서비스에는 디플로이먼트, 끝나는 작업에는 잡)는 원하는 상태를 붙들고 잃어버린 파드를 대신하며, 새 버전을 배포하고 규모를 조정합니다. 원하는 상태와 실제 상태를 맞추는 이 루프가 쿠버네티스를 스스로 치유하게 합니다.',
  },
  remediation: {
    en: 'Wrap the pod spec in a Deployment (or a StatefulSet or DaemonSet) as `spec.template`, with matching `selector` labels; for a one-off task use a Job.',
    ko: '파드 명세를 디플로이먼트(또는 스테이트풀셋, 데몬셋)의 `spec.template`으로 감싸고 `selector` 레이블을 맞추세요. 한 번만 실행하는 작업에는 잡을 쓰세요.',
  },
  exceptions: {
    en: 'A Pod that is a Helm hook (annotated `helm.sh/hook`, like the `test` pod `helm create` writes) is run by Helm at one point of a release and deleted by its hook policy: it needs no controller, and is not reported.',
    ko: 'Helm 훅인 파드(`helm create`가 만드는 `test` 파드처럼 `helm.sh/hook` 어노테이션이 붙은 파드)는 릴리스의 한 시점에 Helm이 실행하고 훅 정책에 따라 지웁니다. 컨트롤러가 필요 없으므로 보고하지 않습니다.',
  },
  peers: {},
  noPeer: 'kube-linter, kube-score and Polaris check the pods of controllers but none flags a Pod written without one.',
  example: {
    bad:
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: web',
        'spec:',
        '  containers:',
        '    - name: web',
        ...CLEAN_CONTAINER.map((line) => `      ${line}`),
      ].join('\n') + '\n',
    good: deployment(),
  },
  messages: {
    service: {
      en: 'Pod "{name}" has no controller: if its node fails or is drained, nothing recreates it. Use a Deployment.',
      ko: '파드 "{name}"에 컨트롤러가 없습니다. 노드가 고장 나거나 드레인되면 아무것도 다시 만들지 않습니다. 디플로이먼트를 사용하세요.',
    },
    task: {
      en: 'Pod "{name}" runs a task without a controller: if its node fails, the task is lost. Use a Job.',
      ko: '파드 "{name}"{이/가} 컨트롤러 없이 작업을 실행합니다. 노드가 고장 나면 작업이 사라집니다. 잡을 사용하세요.',
    },
  },
  check(ctx) {
    if (STATIC_POD_FOLDER.test(ctx.uri)) return;
    const owners = get(ctx.object.value, 'metadata', 'ownerReferences');
    if (Array.isArray(owners) && owners.length > 0) return;
    // Helm runs a hook's pod once at its point of the release; no controller is meant to keep it.
    if (get(ctx.object.value, 'metadata', 'annotations', 'helm.sh/hook') !== undefined) return;
    ctx.report({
      range: ctx.kindRange(),
      message: ctx.t(runsToCompletion(ctx) ? 'task' : 'service', { name: ctx.object.name ?? 'unnamed' }),
    });
  },
});
