import { isMap } from 'yaml';
import { defineComposeRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import type { ComposeContext } from '../../../engine/compose/context';
import { composeFile } from '../example-files';
import { listItems } from '../service-items';
import { splitOutsideInterpolation, withDefaults } from '../../../engine/compose/interpolation';
import { readValue, VALUE_READING_MESSAGES, withReading } from '../value-reading';

/** The file names of container engines' API sockets: talking to one is commanding the engine. */
const SOCKET_NAMES = new Set(['docker.sock', 'podman.sock', 'containerd.sock']);

/** Directories that hold the engine's socket, so mounting them mounts it. */
const SOCKET_DIRECTORIES = new Set(['/run', '/var/run']);

/**
 * Images that exist to stand between the socket and the tools that need it, passing on only the
 * API calls allowed (tecnativa/docker-socket-proxy, linuxserver/socket-proxy…): the mount there is
 * the remedy, not the problem.
 */
const SOCKET_PROXY_IMAGE = /(^|\/)[\w.-]*socket-proxy(:|@|$)/i;

type SocketKind = 'socket' | 'directory';

/**
 * What a host path of a bind mount is: the socket, a directory holding it, or neither. A source
 * that is a variable neither the project's `.env` nor a default fills in (`${DOCKER_SOCK}`) is judged by where it lands in the container.
 */
function socketKind(ctx: ComposeContext, source: string, target: string | undefined): SocketKind | undefined {
  const resolved = withDefaults(source, ctx.variables?.values);
  if (resolved === undefined) return target !== undefined && isSocketPath(target) ? 'socket' : undefined;
  const path = resolved.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
  if (SOCKET_DIRECTORIES.has(path)) return 'directory';
  return isSocketPath(path) ? 'socket' : undefined;
}

/** An absolute or home-relative path whose last part is an engine's socket. */
function isSocketPath(path: string): boolean {
  if (!/^(\/|~|\$)/.test(path)) return false;
  return SOCKET_NAMES.has(path.slice(path.lastIndexOf('/') + 1).toLowerCase());
}

interface SocketMount {
  source: string;
  kind: SocketKind;
  range: Range;
}

/** The service's bind mounts of a socket, short syntax (`src:dst[:ro]`) and long (`type: bind`). */
function socketMounts(ctx: ComposeContext, service: Parameters<typeof listItems>[1]): SocketMount[] {
  return listItems(ctx, service, 'volumes').flatMap((item) => {
    if (typeof item.value === 'string') {
      const [source, target] = splitOutsideInterpolation(item.value, ':');
      if (source === undefined || target === undefined) return [];
      const kind = socketKind(ctx, source, target);
      return kind ? [{ source, kind, range: item.range }] : [];
    }
    if (!item.value || typeof item.value !== 'object') return [];
    const { type, source, target } = item.value as Record<string, unknown>;
    if (type !== 'bind' || typeof source !== 'string') return [];
    const kind = socketKind(ctx, source, typeof target === 'string' ? target : undefined);
    if (!kind) return [];
    const sourceNode = isMap(item.node) ? item.node.get('source', true) : undefined;
    const range = sourceNode && 'range' in sourceNode && sourceNode.range ? ctx.rangeOf(sourceNode) : item.range;
    return [{ source, kind, range }];
  });
}

export default defineComposeRule({
  id: 'compose-docker-socket',
  title: {
    en: 'Do not mount the Docker socket into a service',
    ko: '서비스에 Docker 소켓 마운트하지 않기',
  },
  severity: 'error',
  concept: 'least-privilege',
  topics: ['docker-architecture', 'containers'],
  description: {
    en: '`/var/run/docker.sock` is the Docker daemon’s API, and the daemon runs as root. Whoever can write to the socket can ask it for a privileged container with the host’s `/` mounted, so a service that mounts it is root on the host, and so is anyone who breaks into that service. `:ro` does not help: it stops the file from being replaced, not the API calls sent through it. The same holds for Podman’s and containerd’s sockets, for the rootless socket under `/run/user/<uid>`, and for `/run` or `/var/run` mounted whole, which hold them. Socket-proxy images (`docker-socket-proxy`, `socket-proxy`) are left alone: mounting the socket there, to pass on only the calls a tool needs, is the remedy.',
    ko: '`/var/run/docker.sock`은 Docker 데몬의 API이고, 데몬은 root로 실행됩니다. 소켓에 쓸 수 있으면 호스트의 `/`를 마운트한 특권 컨테이너를 요청할 수 있으므로, 소켓을 마운트한 서비스는 호스트의 root이고 그 서비스에 침입한 사람도 마찬가지입니다. `:ro`는 소용없습니다. 파일이 바뀌는 것을 막을 뿐, 소켓을 통해 보내는 API 호출은 막지 않습니다. Podman과 containerd의 소켓, `/run/user/<uid>` 아래의 rootless 소켓, 이들을 담은 `/run`이나 `/var/run` 전체를 마운트하는 것도 같습니다. 소켓 프록시 이미지(`docker-socket-proxy`, `socket-proxy`)는 건드리지 않습니다. 도구에 필요한 호출만 넘기려고 그곳에 소켓을 마운트하는 것이 바로 해결책이기 때문입니다.',
  },
  remediation: {
    en: 'Remove the mount. If a tool must see containers, put a socket proxy in front of the daemon (`tecnativa/docker-socket-proxy` with only `CONTAINERS=1`, say), mount the socket there alone, and point the tool at it with `DOCKER_HOST=tcp://socket-proxy:2375` on an internal network. To build images, use a builder that needs no daemon (BuildKit rootless, kaniko, buildah).',
    ko: '마운트를 지우세요. 도구가 컨테이너를 봐야 한다면 데몬 앞에 소켓 프록시를 두고(예: `CONTAINERS=1`만 켠 `tecnativa/docker-socket-proxy`), 소켓은 그곳에만 마운트한 뒤, 내부 네트워크에서 `DOCKER_HOST=tcp://socket-proxy:2375`로 도구가 프록시를 가리키게 하세요. 이미지를 빌드하려면 데몬이 필요 없는 빌더(rootless BuildKit, kaniko, buildah)를 쓰세요.',
  },
  exceptions: {
    en: 'Tools that manage containers need the API: Traefik and other proxies that discover services from labels, Portainer, Watchtower, cAdvisor and log shippers, CI runners that start jobs in containers. Prefer a socket proxy that lets through only what the tool uses (Traefik needs only to read containers). Where the tool needs the whole API (Portainer, Watchtower), keep the mount and say why on the line before: `# cntutor ignore=compose-docker-socket`.',
    ko: '컨테이너를 관리하는 도구에는 API가 필요합니다. 레이블로 서비스를 찾는 Traefik 같은 프록시, Portainer, Watchtower, cAdvisor와 로그 수집기, 작업을 컨테이너에서 실행하는 CI 러너입니다. 도구가 쓰는 것만 통과시키는 소켓 프록시를 먼저 쓰세요(Traefik은 컨테이너를 읽기만 하면 됩니다). 도구에 API 전체가 필요하다면(Portainer, Watchtower) 마운트를 두고, 바로 윗줄에 `# cntutor ignore=compose-docker-socket`으로 이유를 밝혀 두세요.',
  },
  peers: {},
  noPeer:
    'dclint, the Compose linter catalogued here, checks style and naming; it has no check about which host paths a service mounts.',
  example: {
    bad: composeFile({ web: ['volumes:', '  - /var/run/docker.sock:/var/run/docker.sock:ro'] }),
    good: composeFile({ web: ['volumes:', '  - ./static:/srv/static:ro'] }),
  },
  messages: {
    socket: {
      en: 'Service "{name}" mounts the container engine’s socket {path}: whoever talks to it can start a privileged container, so this is root on the host, read-only or not.',
      ko: '서비스 "{name}"{이/가} 컨테이너 엔진의 소켓 {path|을/를} 마운트합니다. 여기에 말을 걸면 특권 컨테이너를 띄울 수 있으므로, 읽기 전용이든 아니든 호스트의 root와 같습니다.',
    },
    directory: {
      en: 'Service "{name}" mounts {path}, which holds the Docker socket: whoever talks to it can start a privileged container, so this is root on the host, read-only or not.',
      ko: '서비스 "{name}"{이/가} Docker 소켓이 들어 있는 {path|을/를} 마운트합니다. 소켓에 말을 걸면 특권 컨테이너를 띄울 수 있으므로, 읽기 전용이든 아니든 호스트의 root와 같습니다.',
    },
    ...VALUE_READING_MESSAGES,
  },
  readsWorkspace: true,
  check(ctx) {
    for (const service of ctx.services) {
      const image = service.value.image;
      if (typeof image === 'string' && SOCKET_PROXY_IMAGE.test(readValue(ctx, image) ?? image)) continue;
      for (const mount of socketMounts(ctx, service)) {
        const message = ctx.t(mount.kind, { name: service.name, path: mount.source });
        ctx.report({
          range: mount.range,
          message: withReading(ctx, message, mount.source, readValue(ctx, mount.source)),
        });
      }
    }
  },
});
