import { defineKubernetesRule, localize, type LocalizedText } from '../../../engine/rule';
import { WORKLOAD_KINDS } from '../../../engine/kubernetes/workloads';
import { containerWith, deployment } from '../example-files';
import { hostPathDanger, mountsOf, podVolumes, type HostPathDanger } from '../pod-volumes';
import { flagAt } from '../support';

const REASONS: Record<HostPathDanger, LocalizedText> = {
  runtime: {
    en: 'the container runtime’s API, and whoever talks to it can start a privileged container on the node',
    ko: '컨테이너 런타임의 API이며, 여기에 말을 걸 수 있으면 노드에 특권 컨테이너를 띄울 수 있음',
  },
  credentials: {
    en: 'it holds the node’s Kubernetes credentials or the cluster’s data',
    ko: '노드의 쿠버네티스 자격 증명이나 클러스터의 데이터가 들어 있음',
  },
  system: {
    en: 'it holds the node’s whole configuration, its devices or its sockets',
    ko: '노드의 설정 전체, 장치나 소켓이 들어 있음',
  },
  writable: {
    en: 'mounted writable, the pod can change files the node runs or trusts',
    ko: '쓰기 가능하게 마운트되어 파드가 노드가 실행하거나 믿는 파일을 바꿀 수 있음',
  },
};

export default defineKubernetesRule({
  id: 'no-sensitive-host-mount',
  title: {
    en: 'Do not mount the node’s system paths or the container runtime’s socket',
    ko: '노드의 시스템 경로나 컨테이너 런타임 소켓 마운트하지 않기',
  },
  severity: 'error',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem', 'docker-architecture'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'A `hostPath` volume gives the pod a directory of the node itself. Some are the node: `/var/run/docker.sock` or containerd’s socket (anyone who can talk to them starts a privileged container, so mounting one is root on the node, even read-only), `/` or `/etc` (every configuration file and secret of the node), `/var/lib/kubelet/pki` and `/etc/kubernetes` (the node’s credentials). Others, such as `/usr`, `/proc`, `/sys` or `/var/log`, are safe enough to read, but mounted writable they let the pod change what the node runs or trusts. In a privileged container, which holds the node already (reported as an error by no-privileged-container), the mount is a warning.',
    ko: '`hostPath` 볼륨은 파드에 노드 자신의 디렉터리를 줍니다. 그중 일부는 노드 그 자체입니다. `/var/run/docker.sock`이나 containerd의 소켓(여기에 말을 걸 수 있으면 특권 컨테이너를 띄울 수 있으므로, 읽기 전용이어도 마운트하는 것이 곧 노드의 root입니다), `/`나 `/etc`(노드의 모든 설정 파일과 비밀), `/var/lib/kubelet/pki`와 `/etc/kubernetes`(노드의 자격 증명)입니다. `/usr`, `/proc`, `/sys`, `/var/log` 같은 경로는 읽기만 한다면 크게 위험하지 않지만, 쓰기 가능하게 마운트하면 파드가 노드가 실행하거나 믿는 것을 바꿀 수 있습니다. 이미 노드를 손에 쥔 특권 컨테이너(no-privileged-container가 오류로 알림)에서는 이 마운트를 경고로 알립니다.',
  },
  remediation: {
    en: 'Remove the volume. Build images with a builder that needs no daemon (BuildKit rootless, kaniko) instead of the node’s Docker; read logs and metrics through the Kubernetes API; mount any other host directory read-only (`readOnly: true` on every volumeMount).',
    ko: '볼륨을 지우세요. 이미지는 노드의 Docker 대신 데몬이 필요 없는 빌더(rootless BuildKit, kaniko)로 빌드하고, 로그와 메트릭은 쿠버네티스 API로 읽으세요. 다른 호스트 디렉터리는 읽기 전용으로 마운트하세요(모든 volumeMount에 `readOnly: true`).',
  },
  exceptions: {
    en: 'Node agents that are part of the platform (monitoring and security agents that inspect every container, log collectors, CNI and volume plugin installers writing the node’s plugin directories) mount these paths by design, from their vendor’s manifests, as DaemonSets. Suppress the finding there with a reason: `cntutor.dev/ignore: no-sensitive-host-mount`, or the peer annotations (`ignore-check.kube-linter.io/sensitive-host-mounts`, `ignore-check.kube-linter.io/docker-sock`, `checkov.io/skip1: CKV_K8S_27=<reason>`). An application never needs them.',
    ko: '플랫폼의 일부인 노드 에이전트(모든 컨테이너를 살피는 모니터링·보안 에이전트, 로그 수집기, 노드의 플러그인 디렉터리에 쓰는 CNI·볼륨 플러그인 설치기)는 설계상 이 경로를 공급자의 매니페스트에서 데몬셋으로 마운트합니다. 그곳에서 이유와 함께 결과를 숨기세요. `cntutor.dev/ignore: no-sensitive-host-mount`나 다른 도구의 어노테이션(`ignore-check.kube-linter.io/sensitive-host-mounts`, `ignore-check.kube-linter.io/docker-sock`, `checkov.io/skip1: CKV_K8S_27=<이유>`)을 씁니다. 애플리케이션에는 결코 필요하지 않습니다.',
  },
  peers: {
    kubeLinter: ['sensitive-host-mounts', 'docker-sock'],
    trivy: ['KSV006', 'KSV121'],
    checkov: ['CKV_K8S_27'],
  },
  example: {
    bad: deployment({
      container: containerWith({
        volumeMounts: ['volumeMounts:', '  - { name: docker, mountPath: /var/run/docker.sock }'],
      }),
      pod: ['volumes:', '  - name: docker', '    hostPath: { path: /var/run/docker.sock, type: Socket }'],
    }),
    good: deployment({
      container: containerWith({ volumeMounts: ['volumeMounts:', '  - { name: cache, mountPath: /var/cache/app }'] }),
      pod: ['volumes:', '  - { name: cache, emptyDir: {} }'],
    }),
  },
  messages: {
    mounted: {
      en: 'Volume "{volume}" mounts {path} from the node: {reason}.',
      ko: '볼륨 "{volume}"{이/가} 노드의 {path|을/를} 마운트합니다. {reason}.',
    },
  },
  check(ctx) {
    for (const volume of podVolumes(ctx)) {
      const hostPath = volume.value.hostPath;
      const path = hostPath && typeof hostPath === 'object' ? (hostPath as { path?: unknown }).path : undefined;
      if (typeof path !== 'string' || path.includes('$')) continue;
      const mounts = mountsOf(ctx, volume.name);
      const writable = mounts.some((mount) => !mount.readOnly);
      const danger = hostPathDanger(path, writable);
      if (!danger) continue;
      // A privileged container holds the node already (no-privileged-container reports that error);
      // the mount adds little beside it, so it is a warning there: node agents are mostly both.
      const privileged =
        mounts.length > 0 &&
        mounts.every(
          (mount) => flagAt(ctx, [...mount.container.path, 'securityContext', 'privileged'])?.value === true,
        );
      ctx.report({
        range: ctx.valueRange([...volume.path, 'hostPath', 'path']),
        message: ctx.t('mounted', { volume: volume.name, path, reason: localize(REASONS[danger], ctx.locale) }),
        ...(privileged ? { severity: 'warning' as const } : {}),
      });
    }
  },
});
