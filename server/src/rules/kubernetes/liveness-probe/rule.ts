import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { kindsTakeIn, type ContainerRef } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule, type Report } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { addBlock } from '../block-edit';
import { containerWith, deployment } from '../example-files';
import { healthcheckProbe, healthcheckText, probeBlock, probeValue } from '../healthcheck-probe';
import { imageRelated, isWindowsPodOf, linkedContainers, type LinkedContainer } from '../linked-images';
import { declaredPorts, probeFix } from '../probes';
import { containerRange, sameValue, SERVING_KINDS, servingContainers } from '../support';

export default defineKubernetesRule({
  id: 'liveness-probe',
  title: {
    en: 'Let Kubernetes restart a container that hangs',
    ko: '멈춘 컨테이너를 쿠버네티스가 재시작하게 하기',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['kubernetes-architecture', 'kubernetes-operations'],
  kinds: [...SERVING_KINDS],
  description: {
    en: "Kubernetes restarts a container whose process exits, but a process that deadlocks or stops answering keeps running forever. A liveness probe lets the kubelet notice and restart it. The probe must test the process itself, not its dependencies: a liveness probe equal to the readiness probe restarts every replica when a shared database is slow, turning a slowdown into an outage. Kubernetes never runs a Dockerfile's HEALTHCHECK either: where a link says which Dockerfile builds the container's image (`images:` in `.cntutor.yaml`, a `skaffold.yaml` artifact, or a GitHub Actions `docker/build-push-action` step) and that image has one, the finding names it, since without a probe the container loses the check it was built with. The image is looked up by the name the manifest writes, and by the name each kustomization that builds the manifest gives it (an `images:` entry's `newName`).",
    ko: '쿠버네티스는 프로세스가 종료된 컨테이너를 재시작하지만, 교착 상태에 빠지거나 응답을 멈춘 프로세스는 영원히 실행됩니다. 활성 프로브가 있으면 kubelet이 이를 알아채고 재시작합니다. 프로브는 의존 대상이 아니라 프로세스 자체를 확인해야 합니다. 준비성 프로브와 같은 활성 프로브는 공유 데이터베이스가 느려질 때 모든 레플리카를 재시작해 느려짐을 장애로 키웁니다. 쿠버네티스는 Dockerfile의 HEALTHCHECK도 실행하지 않습니다. 컨테이너 이미지를 만드는 Dockerfile을 링크(`.cntutor.yaml`의 `images:`, `skaffold.yaml`의 아티팩트, GitHub Actions의 `docker/build-push-action` 단계)가 밝히고 그 이미지에 HEALTHCHECK가 있으면, 프로브가 없는 컨테이너는 이미지에 들어 있던 검사를 잃으므로 결과에 그 검사를 적습니다. 이미지는 매니페스트에 적힌 이름으로, 그리고 매니페스트를 빌드하는 각 kustomization이 `images:` 항목의 `newName`으로 바꾼 이름으로 찾습니다.',
  },
  remediation: {
    en: "Add a `livenessProbe` on a cheap endpoint that only proves the process responds (for example `/healthz`), with a generous `failureThreshold`; keep dependency checks in the readiness probe. When the image has a HEALTHCHECK, the quick fix writes the probe that does the same: an `httpGet` for a `curl -f` or `wget --spider` of a port the container declares on localhost, else an `exec` probe running the same command (through the image's shell for the shell form), with Docker's interval, timeout and retries, and the first check one interval after the start period, as Docker runs it.",
    ko: '프로세스가 응답한다는 것만 확인하는 가벼운 엔드포인트(예: `/healthz`)에 `livenessProbe`를 넉넉한 `failureThreshold`로 추가하고, 의존 대상 확인은 준비성 프로브에 두세요. 이미지에 HEALTHCHECK가 있으면 빠른 수정은 같은 일을 하는 프로브를 씁니다. 컨테이너가 선언한 포트를 localhost에서 `curl -f`나 `wget --spider`로 확인하면 `httpGet`을, 그 밖에는 같은 명령을 실행하는 `exec` 프로브를(셸 형식이면 이미지의 셸로) 쓰며, Docker의 간격, 제한 시간, 재시도 횟수를 따르고 첫 검사는 Docker처럼 시작 유예 기간이 지난 뒤 한 간격 후에 합니다.',
  },
  peers: {
    kubeLinter: ['no-liveness-probe'],
    kubeScore: ['pod-probes', 'pod-probes-identical'],
    polaris: ['livenessProbeMissing'],
    checkov: ['CKV_K8S_8'],
  },
  example: {
    bad: deployment({ container: containerWith({ livenessProbe: undefined }) }),
    good: deployment(),
  },
  messages: {
    missing: {
      en: 'Container "{name}" has no livenessProbe: if it hangs without exiting, nothing restarts it.',
      ko: '컨테이너 "{name}"에 livenessProbe가 없습니다. 종료되지 않고 멈추면 아무것도 재시작하지 않습니다.',
    },
    identical: {
      en: 'Container "{name}" uses the same check for liveness and readiness: a slow dependency would restart every replica instead of only taking it out of rotation.',
      ko: '컨테이너 "{name}"{이/가} liveness와 readiness에 같은 검사를 씁니다. 의존 서비스가 느려지면 트래픽에서 빼는 대신 모든 레플리카를 재시작하게 됩니다.',
    },
    missingWithHealthcheck: {
      en: 'Container "{name}" has no livenessProbe, and Kubernetes does not run the HEALTHCHECK that {dockerfile} gives its image ({check}): if it hangs without exiting, nothing restarts it.',
      ko: '컨테이너 "{name}"에 livenessProbe가 없고, 쿠버네티스는 {dockerfile}{이/가} 이미지에 준 HEALTHCHECK({check})를 실행하지 않습니다. 종료되지 않고 멈추면 아무것도 재시작하지 않습니다.',
    },
    relatedHealthcheck: {
      en: 'the HEALTHCHECK of image {image}, which Kubernetes does not run',
      ko: '쿠버네티스가 실행하지 않는 이미지 {image}의 HEALTHCHECK',
    },
    relatedLink: {
      en: 'where {image} is said to be built by this Dockerfile',
      ko: '{image}{을/를} 이 Dockerfile이 만든다고 밝힌 곳',
    },
    fix: {
      en: 'Add a TCP liveness probe on port {port}, restarting only after 6 failed checks',
      ko: '포트 {port}에 TCP 활성 프로브 추가(검사가 6번 실패해야 재시작)',
    },
    fixHttp: {
      en: "Add the image's HEALTHCHECK as a liveness probe: GET {path} on port {port}, with Docker's timing",
      ko: '이미지의 HEALTHCHECK를 활성 프로브로 추가: 포트 {port}의 {path}에 GET, Docker의 주기대로',
    },
    fixExec: {
      en: "Add the image's HEALTHCHECK as a liveness probe running its command, with Docker's timing",
      ko: '이미지의 HEALTHCHECK를 그 명령을 실행하는 활성 프로브로 추가, Docker의 주기대로',
    },
  },
  // A liveness probe restarts containers: a wrong one restarts a healthy app, so a person reviews it.
  fix: 'unsafe',
  checkWorkspace(ctx) {
    // Kustomize patches never reach a cross-file rule: their probes may live in the base.
    const linked = new Map(linkedContainers(ctx).map((found) => [found.container.node, found]));
    for (const object of ctx.objects) {
      if (!object.value || !kindsTakeIn(SERVING_KINDS, object)) continue;
      const objectCtx = ctx.objectContext(object);
      for (const container of servingContainers(objectCtx))
        checkContainer(objectCtx, container, linked.get(container.node));
    }
  },
});

function checkContainer(ctx: KubernetesContext, container: ContainerRef, linked: LinkedContainer | undefined): void {
  const { livenessProbe, readinessProbe } = container.value;
  if (livenessProbe) {
    if (readinessProbe && sameValue(livenessProbe, readinessProbe))
      ctx.report({
        range: ctx.keyRange([...container.path, 'livenessProbe']),
        message: ctx.t('identical', { name: container.name }),
      });
    return;
  }
  const check = linked?.facts.healthcheck;
  const report: Report =
    linked && check && check.kind !== 'none'
      ? {
          range: containerRange(ctx, container),
          message: ctx.t('missingWithHealthcheck', {
            name: container.name,
            check: healthcheckText(check),
            dockerfile: linked.link.written,
          }),
          related: imageRelated(
            linked,
            check.range,
            ctx.t('relatedHealthcheck', { image: linked.link.repository }),
            ctx.t('relatedLink', { image: linked.link.repository }),
          ),
        }
      : { range: containerRange(ctx, container), message: ctx.t('missing', { name: container.name }) };
  const fix =
    (linked && healthcheckFix(ctx, container, linked)) ??
    probeFix(ctx, container, 'livenessProbe', (port) => ctx.t('fix', { port }));
  ctx.report(fix ? { ...report, fix } : report);
}

/** The probe the image's HEALTHCHECK amounts to, unless it would repeat the readiness probe. */
function healthcheckFix(ctx: KubernetesContext, container: ContainerRef, linked: LinkedContainer): Fix | undefined {
  const check = linked.facts.healthcheck;
  if (!check) return undefined;
  const ports = declaredPorts(container)
    .filter((port) => port.protocol === 'TCP')
    .map((port) => port.number);
  const probe = healthcheckProbe(check, { declaredPorts: ports, windows: isWindowsPodOf(linked.object) });
  if (!probe) return undefined;
  const readiness = container.value.readinessProbe;
  if (readiness && sameValue(readiness, probeValue(probe))) return undefined;
  const edits = addBlock(ctx.index, container.node, { livenessProbe: probeBlock(probe) });
  if (!edits) return undefined;
  const title =
    'httpGet' in probe.handler
      ? ctx.t('fixHttp', { path: probe.handler.httpGet.path, port: probe.handler.httpGet.port })
      : ctx.t('fixExec');
  return { title, edits };
}
