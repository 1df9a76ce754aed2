import { defineKubernetesRule } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment } from '../example-files';
import { ALL_ROLES, containersWith, flagAt } from '../support';

/** Windows pods take none of the Linux settings of the clean example: the API server rejects them there. */
const WINDOWS_POD = ['os: { name: windows }'];
const WINDOWS_CONTAINER = containerWith({
  image: ['image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022'],
  securityContext: ['securityContext:', '  runAsNonRoot: true', '  windowsOptions: { runAsUserName: ContainerUser }'],
});

export default defineKubernetesRule({
  id: 'no-host-process',
  title: {
    en: 'Do not run Windows HostProcess containers',
    ko: 'Windows HostProcess 컨테이너 실행하지 않기',
  },
  severity: 'error',
  concept: 'least-privilege',
  topics: ['containers', 'virtualization'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: "`windowsOptions.hostProcess: true` runs the container directly on the Windows node, as a node user, with the node's network and file system: it is the Windows counterpart of a privileged container, with no isolation left at all. A process that is compromised there owns the node.",
    ko: '`windowsOptions.hostProcess: true`는 컨테이너를 Windows 노드 위에서 노드 사용자로, 노드의 네트워크와 파일 시스템을 그대로 쓰며 실행합니다. 특권 컨테이너의 Windows판이며 격리가 전혀 남지 않습니다. 그곳에서 침해된 프로세스는 노드를 손에 넣습니다.',
  },
  remediation: {
    en: 'Remove `hostProcess: true` (and the `hostNetwork: true` it requires) and run the workload as an ordinary Windows container.',
    ko: '`hostProcess: true`(그리고 이것이 요구하는 `hostNetwork: true`)를 지우고 워크로드를 평범한 Windows 컨테이너로 실행하세요.',
  },
  exceptions: {
    en: 'Node-level software for Windows nodes (CNI and CSI node plugins, kube-proxy, log and metrics agents) is what HostProcess containers exist for. Suppress the finding on those DaemonSets with a reason: the annotation `cntutor.dev/ignore: no-host-process`, or `polaris.fairwinds.com/hostProcess-exempt: "true"`.',
    ko: 'Windows 노드용 노드 수준 소프트웨어(CNI·CSI 노드 플러그인, kube-proxy, 로그·메트릭 에이전트)를 위해 HostProcess 컨테이너가 있습니다. 그런 데몬셋에서는 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-host-process` 어노테이션이나 `polaris.fairwinds.com/hostProcess-exempt: "true"`를 씁니다.',
  },
  peers: {
    polaris: ['hostProcess'],
    pss: ['host-process'],
    trivy: ['KSV103'],
  },
  example: {
    bad: deployment({
      pod: [...WINDOWS_POD, 'hostNetwork: true', 'securityContext:', '  windowsOptions: { hostProcess: true }'],
      container: WINDOWS_CONTAINER,
    }),
    good: deployment({ pod: WINDOWS_POD, container: WINDOWS_CONTAINER }),
  },
  messages: {
    pod: {
      en: 'The pod runs its containers as Windows HostProcess containers, with no isolation from the node.',
      ko: '파드가 컨테이너를 Windows HostProcess 컨테이너로 실행하여 노드와 전혀 격리되지 않습니다.',
    },
    container: {
      en: 'Container "{name}" runs as a Windows HostProcess container, with no isolation from the node.',
      ko: '컨테이너 "{name}"{이/가} Windows HostProcess 컨테이너로 실행되어 노드와 전혀 격리되지 않습니다.',
    },
  },
  check(ctx) {
    const spec = ctx.podSpecPath();
    if (!spec) return;
    const podPath = [...spec, 'securityContext', 'windowsOptions', 'hostProcess'];
    if (flagAt(ctx, podPath)?.value === true) {
      ctx.report({ range: ctx.valueRange(podPath), message: ctx.t('pod') });
    }
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const path = [...container.path, 'securityContext', 'windowsOptions', 'hostProcess'];
      if (flagAt(ctx, path)?.value !== true) continue;
      ctx.report({ range: ctx.valueRange(path), message: ctx.t('container', { name: container.name }) });
    }
  },
});
