import { exposedText, type ExposedPort } from '../../../engine/dockerfile/image-facts';
import type { KubernetesWorkspaceContext } from '../../../engine/kubernetes/context';
import { get } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import type { RelatedLocation } from '../../../engine/types';
import { containerWith, deployment } from '../example-files';
import { imageRelated, linkedContainers, type LinkedContainer } from '../linked-images';
import { declaredPorts } from '../probes';
import { isSidecar, objectRunsToCompletion } from '../support';
import { nameOf } from '../workspace-support';
import {
  declarePortsEdits,
  declares,
  portsOfPodMates,
  portsReadable,
  portUsers,
  workloadServices,
  type PortUser,
} from './ports';
import { listenSettings } from './listen-settings';
import { exposeLocations, exposesNumber, exposesVariable } from '../../exposed-ports';

const DOCKERFILE =
  'FROM python:3.12-slim\nRUN useradd -u 10001 -m app\nWORKDIR /app\nCOPY . .\nUSER 10001\nEXPOSE 8080 9090\nCMD ["python", "app.py"]\n';

export default defineKubernetesRule({
  id: 'image-port-declared',
  title: {
    en: 'Agree with the image on the ports a container serves',
    ko: '컨테이너가 제공하는 포트를 이미지와 맞추기',
  },
  severity: 'warning',
  concept: 'loose-coupling',
  topics: ['kubernetes-msa', 'docker-operations', 'containers'],
  description: {
    en: "A Dockerfile's `EXPOSE 8080` and a container's `ports: - containerPort: 8080` say the same thing from two sides: where the app listens. Neither opens or closes anything, but both are the published interface others rely on: a Service or a probe can name a port (`targetPort: http`) only when the container declares it, and readers and tools learn a pod's ports from `ports`. This rule reads the Dockerfile that builds the container's image, only where a link says which one (`images:` in `.cntutor.yaml`, a `skaffold.yaml` artifact, or a GitHub Actions `docker/build-push-action` step). The image is looked up by the name the manifest writes, and by the name each kustomization that builds the manifest gives it (an `images:` entry's `newName`). A port the image exposes that the container does not declare is a suggestion (info). A declared port that the image does not expose, while the image exposes others, is a warning when a Service or a probe of the container uses it: traffic and checks go to a port the image says nothing of, often a leftover from before the app moved. The rule says nothing when the image has no EXPOSE (its base image may expose ports), when EXPOSE uses a variable, for init containers, Jobs and pods on the host network, and when the container's environment or arguments set a port the image does not expose (`PORT: \"9090\"`, `--listen=:9090`): then the manifest decides where the app listens.",
    ko: 'Dockerfile의 `EXPOSE 8080`과 컨테이너의 `ports: - containerPort: 8080`은 같은 것, 곧 앱이 듣는 곳을 양쪽에서 말합니다. 둘 다 무엇을 열거나 막지는 않지만, 다른 쪽이 기대는 공개된 인터페이스입니다. 서비스나 프로브는 컨테이너가 선언한 포트만 이름으로 가리킬 수 있고(`targetPort: http`), 읽는 사람과 도구는 `ports`에서 파드의 포트를 알아냅니다. 이 규칙은 컨테이너 이미지를 만드는 Dockerfile을 읽으며, 어느 Dockerfile인지는 링크가 밝힌 곳(`.cntutor.yaml`의 `images:`, `skaffold.yaml`의 아티팩트, GitHub Actions의 `docker/build-push-action` 단계)에서만 가져옵니다. 이미지는 매니페스트에 적힌 이름으로, 그리고 매니페스트를 빌드하는 각 kustomization이 `images:` 항목의 `newName`으로 바꾼 이름으로 찾습니다. 이미지가 노출하는데 컨테이너가 선언하지 않은 포트는 제안(정보)입니다. 이미지가 다른 포트를 노출하는데 노출하지 않는 포트를 선언했고 서비스나 그 컨테이너의 프로브가 그 포트를 쓰면 경고합니다. 트래픽과 검사가 이미지가 전혀 말하지 않는 포트로 가며, 흔히 앱이 포트를 옮기기 전의 흔적입니다. 이미지에 EXPOSE가 없을 때(베이스 이미지가 포트를 노출할 수 있습니다), EXPOSE에 변수가 있을 때, 초기화 컨테이너와 잡, 호스트 네트워크의 파드, 그리고 컨테이너의 환경 변수나 인자가 이미지가 노출하지 않는 포트를 정할 때(`PORT: "9090"`, `--listen=:9090`)는 아무 말도 하지 않습니다. 그때는 매니페스트가 앱이 들을 곳을 정합니다.',
  },
  remediation: {
    en: "Declare every port the image exposes in the container's `ports`, with a `name` when a Service or a probe should refer to it (the quick fix adds the numbers). For a declared port the image does not expose, find where the app really listens: correct the `containerPort` and the Service or probe that uses it, or, when the app does listen there, add the port to the Dockerfile's EXPOSE.",
    ko: '이미지가 노출하는 포트를 모두 컨테이너의 `ports`에 선언하고, 서비스나 프로브가 가리켜야 한다면 `name`도 붙이세요(빠른 수정은 번호를 추가합니다). 이미지가 노출하지 않는 포트를 선언했다면 앱이 실제로 듣는 곳을 찾아, `containerPort`와 그 포트를 쓰는 서비스나 프로브를 고치거나, 앱이 정말 그 포트에서 듣는다면 Dockerfile의 EXPOSE에 추가하세요.',
  },
  exceptions: {
    en: 'EXPOSE is documentation: an app may listen on a port its image does not expose, set in a configuration file this rule cannot read. EXPOSE that port in the Dockerfile too, which documents it; when the link points at another Dockerfile than the one deployed, correct the link; to keep a finding, suppress it with `# cntutor ignore=image-port-declared` and the reason.',
    ko: 'EXPOSE는 문서입니다. 앱은 이 규칙이 읽을 수 없는 설정 파일에 정한, 이미지가 노출하지 않는 포트에서 들을 수도 있습니다. 그 포트도 Dockerfile에서 EXPOSE하면 문서가 됩니다. 링크가 배포되는 것과 다른 Dockerfile을 가리키면 링크를 고치고, 결과를 남겨 두려면 `# cntutor ignore=image-port-declared`와 이유를 적으세요.',
  },
  peers: {},
  noPeer:
    "hadolint reads only Dockerfiles, and kube-linter, kube-score and Polaris only manifests: none sees both the image's EXPOSE and the container's ports, which this check compares.",
  example: {
    bad: deployment(),
    good: deployment({
      container: containerWith({
        ports: ['ports:', '  - containerPort: 8080', '  - name: metrics', '    containerPort: 9090'],
      }),
    }),
    files: { '.cntutor.yaml': 'images:\n  registry.example.com/shop/web: Dockerfile\n', Dockerfile: DOCKERFILE },
  },
  messages: {
    undeclared: {
      en: 'The image of container "{name}", built by {dockerfile}, exposes port {ports}, which the container does not declare: list it in ports, so readers, Services and probes can see where the app listens.',
      ko: '{dockerfile}{으로/로} 만든 컨테이너 "{name}"의 이미지는 포트 {ports}{을/를} 노출하지만 컨테이너는 이를 선언하지 않습니다. 읽는 사람과 서비스, 프로브가 앱이 듣는 곳을 알 수 있도록 ports에 적으세요.',
    },
    undeclaredMany: {
      en: 'The image of container "{name}", built by {dockerfile}, exposes ports {ports}, which the container does not declare: list them in ports, so readers, Services and probes can see where the app listens.',
      ko: '{dockerfile}{으로/로} 만든 컨테이너 "{name}"의 이미지는 포트 {ports}{을/를} 노출하지만 컨테이너는 이를 선언하지 않습니다. 읽는 사람과 서비스, 프로브가 앱이 듣는 곳을 알 수 있도록 ports에 적으세요.',
    },
    unexposed: {
      en: 'Container "{name}" declares port {port}, used by {users}, but its image, built by {dockerfile}, exposes only {exposed}: nothing in the image is said to listen on {port}. Check where the app listens; if it is {port}, EXPOSE it in the Dockerfile.',
      ko: '컨테이너 "{name}"{은/는} {users}{이/가} 쓰는 포트 {port}{을/를} 선언하지만, {dockerfile}{으로/로} 만든 이미지는 {exposed}만 노출합니다. 이미지에 따르면 {port}에서 듣는 것이 없습니다. 앱이 듣는 곳을 확인하고, {port}{이라면/라면} Dockerfile에서 EXPOSE하세요.',
    },
    userService: { en: 'Service "{service}"', ko: '서비스 "{service}"' },
    userProbe: { en: 'the {probe}', ko: '{probe} 검사' },
    relatedExpose: { en: 'EXPOSE {port} in image {image}', ko: '이미지 {image}의 EXPOSE {port}' },
    relatedLink: {
      en: 'where {image} is said to be built by this Dockerfile',
      ko: '{image}{을/를} 이 Dockerfile이 만든다고 밝힌 곳',
    },
    relatedService: {
      en: 'Service "{service}" sends its port {servicePort} here',
      ko: '서비스 "{service}"{이/가} 포트 {servicePort}{을/를} 이곳으로 보냄',
    },
    relatedProbe: { en: 'the {probe} checks this port', ko: '{probe}{이/가} 이 포트를 검사함' },
    fix: {
      en: 'Declare {ports} in ports, as the image exposes',
      ko: '이미지가 노출하는 {ports}{을/를} ports에 선언',
    },
  },
  // A declared port is information, but tools act on it (Prometheus' pod discovery scrapes every
  // declared port, meshes intercept them) and the link may name another Dockerfile than the one deployed.
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const linked of linkedContainers(ctx)) {
      if (!serves(linked) || linked.facts.exposed.length === 0 || !portsReadable(linked.container)) continue;
      const settings = listenSettings(ctx, linked);
      // The manifest tells the app where to listen: the image's EXPOSE may no longer say it.
      if (settings.unknown || settings.numbers.some((port) => !exposesNumber(linked.facts.exposed, port))) continue;
      reportUndeclared(ctx, linked);
      reportUnexposed(ctx, linked);
    }
  },
});

/** App containers and sidecars of pods that keep serving, on the pod's own network. */
function serves({ object, container }: LinkedContainer): boolean {
  if (container.role !== 'container' && !isSidecar(container)) return false;
  if (objectRunsToCompletion(object)) return false;
  // On the host network a declared port is also a host port: declaring one changes scheduling.
  return get(object.value, ...container.path.slice(0, -2), 'hostNetwork') !== true;
}

/** The image's ports the container does not declare (nor another container of its pod), each once. */
function reportUndeclared(ctx: KubernetesWorkspaceContext, linked: LinkedContainer): void {
  const declared = [...declaredPorts(linked.container), ...portsOfPodMates(linked)];
  const missing = new Map<string, ExposedPort & { port: number }>();
  for (const port of linked.facts.exposed) {
    // Port 22 is an SSH server, which no-ssh-port asks to remove rather than declare.
    if (typeof port.port !== 'number' || port.port === 22 || declares(declared, port.port, port.protocol)) continue;
    if (!missing.has(exposedText(port))) missing.set(exposedText(port), { ...port, port: port.port });
  }
  if (missing.size === 0) return;
  const ports = [...missing.values()];
  const list = [...missing.keys()].join(', ');
  const data = { name: linked.container.name, dockerfile: linked.link.written, ports: list };
  const edits = declarePortsEdits(ctx, linked.container, ports);
  ctx.report({
    range: linked.imageRange,
    message: ctx.t(ports.length === 1 ? 'undeclared' : 'undeclaredMany', data),
    severity: 'info',
    related: exposeRelated(ctx, linked, ports),
    ...(edits ? { fix: { title: ctx.t('fix', { ports: list }), edits } } : {}),
  });
}

/** Declared ports the image does not expose, while it exposes others, that a Service or a probe uses. */
function reportUnexposed(ctx: KubernetesWorkspaceContext, linked: LinkedContainer): void {
  const { object, container, facts, link } = linked;
  if (exposesVariable(facts.exposed)) return;
  const services = workloadServices(ctx, linked);
  const exposed = [...new Set(facts.exposed.map(exposedText))].join(', ');
  for (const port of declaredPorts(container)) {
    if (exposesNumber(facts.exposed, port.number)) continue;
    const users = portUsers(ctx, linked, services, port);
    if (users.length === 0) continue;
    ctx.report({
      range: ctx.valueRangeIn(object, [...container.path, 'ports', port.index, 'containerPort']),
      message: ctx.t('unexposed', {
        name: container.name,
        port: port.number,
        users: users.map((user) => userText(ctx, user)).join(', '),
        dockerfile: link.written,
        exposed,
      }),
      related: [...exposeRelated(ctx, linked, facts.exposed), ...users.map((user) => userRelated(ctx, user))],
    });
  }
}

/** The EXPOSE of each port (its first, when stages repeat it), then the statement that links the image to its Dockerfile. */
function exposeRelated(
  ctx: KubernetesWorkspaceContext,
  linked: LinkedContainer,
  ports: readonly ExposedPort[],
): RelatedLocation[] {
  const image = linked.link.repository;
  const exposes = exposeLocations(ports, linked.facts.uri, (port) => ctx.t('relatedExpose', { port, image }));
  const [first, ...rest] = exposes;
  if (!first) return [];
  const related = imageRelated(linked, first.range, first.message, ctx.t('relatedLink', { image }));
  related.splice(1, 0, ...rest);
  return related;
}

function userText(ctx: KubernetesWorkspaceContext, user: PortUser): string {
  return user.kind === 'service'
    ? ctx.t('userService', { service: nameOf(user.service) })
    : ctx.t('userProbe', { probe: user.probe });
}

function userRelated(ctx: KubernetesWorkspaceContext, user: PortUser): RelatedLocation {
  if (user.kind === 'probe') return { range: user.range, message: ctx.t('relatedProbe', { probe: user.probe }) };
  return ctx.inventory.related(
    user.service,
    ctx.t('relatedService', { service: nameOf(user.service), servicePort: user.port }),
  );
}
