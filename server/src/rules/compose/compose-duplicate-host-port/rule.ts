import { isMap, type Node } from 'yaml';
import type { ComposeContext } from '../../../engine/compose/context';
import type { ComposeService } from '../../../engine/compose/parse';
import { defineComposeRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import { composeFile } from '../example-files';
import { isRecord } from '../../../engine/plain-data';
import { isInterpolated } from '../../../engine/compose/interpolation';
import { listItems, type ServiceItem } from '../service-items';
import { inSeparateProfiles, readsAsSwarmStack, replicaCount, scaledToZero } from '../service-role';
import { portRun } from '../port-run';
import { readValue, VALUE_READING_MESSAGES, withReading } from '../value-reading';

/**
 * The host addresses a port is bound on. With no address Docker binds both wildcards (`0.0.0.0`
 * and `::`); an explicit `0.0.0.0` binds IPv4 only, `[::]` IPv6 only, and a specific address
 * only itself, so `127.0.0.1` and `[::1]` never collide.
 */
type HostAddress = { family: 'both' } | { family: 'v4' | 'v6'; ip: string | undefined };

/** One published host port (or run of ports), as Docker binds it. */
interface HostBinding {
  service: ComposeService;
  address: HostAddress;
  first: number;
  last: number;
  protocol: string;
  /** What Compose compares to drop an entry written twice in one service (`host_ip:published:target/protocol`). */
  identity: string;
  range: Range;
  /** The value as written and, when variables made it, as Compose reads it, for messages. */
  written: string;
  reading: string | undefined;
}

function addressOf(ip: string | undefined): HostAddress {
  const bare = (ip ?? '')
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  if (bare === '') return { family: 'both' };
  if (bare === '0.0.0.0') return { family: 'v4', ip: undefined };
  if (bare === '::') return { family: 'v6', ip: undefined };
  return { family: bare.includes(':') ? 'v6' : 'v4', ip: bare };
}

/**
 * A host port run with its container side, or undefined when Docker chooses the host port: none
 * is given, or a run of host ports maps to a single container port (Docker takes a free one).
 */
function hostRun(published: string, target: string): [number, number] | undefined {
  const host = portRun(published);
  const container = portRun(target);
  if (!host || !container) return undefined;
  const fixed = host[1] - host[0] === container[1] - container[0];
  return fixed ? host : undefined;
}

/**
 * `[ip:]host:container[/protocol]`, with the address in brackets for IPv6, as Compose reads it
 * with the project's `.env` and the defaults written.
 */
function shortBinding(
  ctx: ComposeContext,
  service: ComposeService,
  item: ServiceItem,
  written: string,
): HostBinding | undefined {
  const reading = readValue(ctx, written);
  if (isInterpolated(written) && reading === undefined) return undefined;
  let rest = (reading ?? written).trim();
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
  }
  let ip: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']:');
    if (close < 0) return undefined;
    ip = rest.slice(1, close);
    rest = rest.slice(close + 2);
  }
  const parts = rest.split(':');
  if (ip === undefined && parts.length === 3) ip = parts.shift();
  if (parts.length !== 2) return undefined;
  const [published = '', target = ''] = parts;
  const run = hostRun(published, target);
  if (!run) return undefined;
  return {
    service,
    address: addressOf(ip),
    first: run[0],
    last: run[1],
    protocol,
    identity: `${ip ?? ''}:${published}:${target}/${protocol}`,
    range: item.range,
    written,
    reading,
  };
}

/** `target`, `published`, `host_ip`, `protocol`. */
function longBinding(
  ctx: ComposeContext,
  service: ComposeService,
  item: ServiceItem,
  written: Record<string, unknown>,
): HostBinding | undefined {
  const port = readFields(ctx, written, ['target', 'published', 'host_ip', 'protocol']);
  if (!port) return undefined;
  if (port.published === undefined || port.published === null || port.target === undefined) return undefined;
  const published = String(port.published);
  const target = String(port.target);
  const run = hostRun(published, target);
  if (!run) return undefined;
  const ip = typeof port.host_ip === 'string' ? port.host_ip : undefined;
  const protocol = typeof port.protocol === 'string' ? port.protocol.toLowerCase() : 'tcp';
  const writtenPublished = String(written.published);
  const map = isMap(item.node) ? item.node : undefined;
  const publishedNode = map?.get('published', true) as Node | undefined;
  return {
    service,
    address: addressOf(ip),
    first: run[0],
    last: run[1],
    protocol,
    identity: `${ip ?? ''}:${published}:${target}/${protocol}`,
    range: publishedNode?.range ? ctx.rangeOf(publishedNode) : item.range,
    written: writtenPublished,
    reading: writtenPublished === published ? undefined : published,
  };
}

/**
 * The fields of a long-syntax entry as Compose reads them with the `.env` and the defaults
 * written; undefined when one holds a variable neither fills in.
 */
function readFields(
  ctx: ComposeContext,
  entry: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> | undefined {
  const read: Record<string, unknown> = { ...entry };
  for (const key of keys) {
    const value = entry[key];
    if (typeof value !== 'string' || !isInterpolated(value)) continue;
    const reading = readValue(ctx, value);
    if (reading === undefined) return undefined;
    read[key] = reading;
  }
  return read;
}

function sameAddresses(a: HostAddress, b: HostAddress): boolean {
  if (a.family === 'both' || b.family === 'both') return true;
  return a.family === b.family && (a.ip === undefined || b.ip === undefined || a.ip === b.ip);
}

/** Whether Docker would be asked to bind one host port twice. */
function collide(a: HostBinding, b: HostBinding): boolean {
  if (a.service === b.service && a.identity === b.identity) return false;
  return a.protocol === b.protocol && a.first <= b.last && b.first <= a.last && sameAddresses(a.address, b.address);
}

/** The ports both bind, as written in a message: `8080`, `8000-8003`, `53/udp`. */
function sharedPorts(a: HostBinding, b: HostBinding): string {
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  const run = first === last ? String(first) : `${first}-${last}`;
  return a.protocol === 'tcp' ? run : `${run}/${a.protocol}`;
}

/** Services whose ports Docker does not publish: they share the host's or another container's network. */
function publishesPorts(service: ComposeService): boolean {
  const mode = service.value.network_mode;
  return !(typeof mode === 'string' && /^(host|service:|container:)/.test(mode));
}

function bindingsOf(ctx: ComposeContext, service: ComposeService): HostBinding[] {
  return listItems(ctx, service, 'ports').flatMap((item) => {
    const value = item.value;
    const binding =
      typeof value === 'string' || typeof value === 'number'
        ? shortBinding(ctx, service, item, String(value))
        : isRecord(value)
          ? longBinding(ctx, service, item, value)
          : undefined;
    return binding ? [binding] : [];
  });
}

export default defineComposeRule({
  id: 'compose-duplicate-host-port',
  title: {
    en: 'Publish each host port once',
    ko: '호스트 포트는 한 번만 게시하기',
  },
  severity: 'error',
  concept: 'declarative-specs',
  topics: ['docker-operations', 'docker-architecture'],
  description: {
    en: 'A host port can be bound by one container at a time. When two services publish the same host port with the same protocol on addresses that overlap, `docker compose up` starts the first and fails on the second with "Bind for 0.0.0.0:8080 failed: port is already allocated", leaving the stack half up. No address (`"8080:80"`) means every address of the host, so it collides with `127.0.0.1:8080:80` too; `127.0.0.1` and `192.168.1.5` are separate addresses, `0.0.0.0` is every IPv4 address and `[::]` every IPv6 one, and TCP and UDP ports are separate. The same happens inside one service scaled past one container (`scale`, `deploy.replicas`): every copy asks for the same host port.',
    ko: '호스트 포트는 한 번에 컨테이너 하나만 묶을 수 있습니다. 두 서비스가 같은 프로토콜로 겹치는 주소에 같은 호스트 포트를 게시하면 `docker compose up`은 첫 서비스를 시작하고 두 번째에서 "Bind for 0.0.0.0:8080 failed: port is already allocated"로 실패해 스택이 반만 올라옵니다. 주소가 없으면(`"8080:80"`) 호스트의 모든 주소를 뜻하므로 `127.0.0.1:8080:80`과도 충돌합니다. `127.0.0.1`과 `192.168.1.5`는 서로 다른 주소이고, `0.0.0.0`은 모든 IPv4 주소, `[::]`는 모든 IPv6 주소이며, TCP와 UDP 포트는 따로입니다. 컨테이너를 둘 이상으로 늘린 서비스(`scale`, `deploy.replicas`) 안에서도 같은 일이 생깁니다. 모든 레플리카가 같은 호스트 포트를 요구합니다.',
  },
  remediation: {
    en: 'Give one of the services another host port (`"8081:80"`), bind them to different addresses of the host, or drop the published port of a service only other services talk to: they reach it by service name on the Compose network. A scaled service should publish a run of host ports (`"8080-8083:80"`, Docker takes a free one for each copy) or sit behind a reverse proxy.',
    ko: '한 서비스에 다른 호스트 포트를 주거나(`"8081:80"`), 두 서비스를 호스트의 다른 주소에 묶거나, 다른 서비스만 통신하는 서비스라면 게시한 포트를 지우세요. 다른 서비스는 Compose 네트워크에서 서비스 이름으로 닿습니다. 늘린 서비스는 호스트 포트의 범위를 게시하거나(`"8080-8083:80"`, Docker가 레플리카마다 빈 포트를 고릅니다) 리버스 프록시 뒤에 두세요.',
  },
  exceptions: {
    en: 'Services under profiles that share none (`cpu` and `gpu` variants of one server) start together only when both profiles are enabled: their collision is reported as information. A port held in a variable is judged as Compose reads it with the `.env` of the project’s folder and the defaults written (`"${WEB_PORT:-8080}:80"` binds 8080 unless the shell sets `WEB_PORT`). Ports held in variables neither sets, host ports Docker picks itself, services on the host’s or another container’s network, and scaled services in a swarm stack file (published through the routing mesh) are not judged. dclint’s `# dclint disable-line no-duplicate-exported-ports` is honoured too.',
    ko: '공유하는 프로필이 없는 서비스(한 서버의 `cpu`와 `gpu` 변형)는 두 프로필을 함께 켤 때만 같이 시작하므로 그 충돌은 정보로만 알립니다. 변수에 담긴 포트는 프로젝트 폴더의 `.env`와 적힌 기본값으로 Compose가 읽는 대로 판단합니다(셸이 `WEB_PORT`를 정하지 않는 한 `"${WEB_PORT:-8080}:80"`은 8080을 묶습니다). 어느 쪽도 정하지 않는 변수에 담긴 포트, Docker가 직접 고르는 호스트 포트, 호스트나 다른 컨테이너의 네트워크를 쓰는 서비스, 스웜 스택 파일에서 늘린 서비스(라우팅 메시로 게시)는 판단하지 않습니다. dclint의 `# dclint disable-line no-duplicate-exported-ports`도 따릅니다.',
  },
  peers: { dclint: ['no-duplicate-exported-ports'] },
  example: {
    bad: composeFile().replace(
      '\nsecrets:',
      [
        '',
        '  admin:',
        '    image: registry.example.com/shop/admin:2.0.1',
        '    restart: unless-stopped',
        '    ports:',
        '      - "127.0.0.1:8080:3000"',
        'secrets:',
      ].join('\n'),
    ),
    good: composeFile(),
  },
  messages: {
    taken: {
      en: 'Service "{name}" publishes host port {port}, which service "{other}" publishes on line {line}: `docker compose up` fails with "port is already allocated".',
      ko: '서비스 "{name}"{이/가} {line}행에서 서비스 "{other}"{이/가} 게시하는 호스트 포트 {port|을/를} 게시합니다. `docker compose up`이 "port is already allocated"로 실패합니다.',
    },
    takenTwice: {
      en: 'Service "{name}" publishes host port {port} a second time (first on line {line}): `docker compose up` fails with "port is already allocated".',
      ko: '서비스 "{name}"{이/가} 호스트 포트 {port|을/를} 두 번째로 게시합니다(처음은 {line}행). `docker compose up`이 "port is already allocated"로 실패합니다.',
    },
    takenInOtherProfile: {
      en: 'Service "{name}" publishes host port {port}, as service "{other}" does on line {line}: their profiles share none, but enabled together they fail with "port is already allocated".',
      ko: '서비스 "{name}"{이/가} {line}행의 서비스 "{other}"처럼 호스트 포트 {port|을/를} 게시합니다. 두 서비스의 프로필은 겹치지 않지만, 함께 켜면 "port is already allocated"로 실패합니다.',
    },
    scaled: {
      en: 'Service "{name}" runs {count} containers that all publish host port {port}: only the first can bind it, the others fail with "port is already allocated".',
      ko: '서비스 "{name}"{이/가} 모두 호스트 포트 {port|을/를} 게시하는 컨테이너 {count}개를 실행합니다. 첫 컨테이너만 포트를 묶고 나머지는 "port is already allocated"로 실패합니다.',
    },
    first: {
      en: 'Host port {port} is first published here, by service "{other}".',
      ko: '호스트 포트 {port|은/는} 여기서 서비스 "{other}"{이/가} 처음 게시합니다.',
    },
    ...VALUE_READING_MESSAGES,
  },
  readsWorkspace: true,
  check(ctx) {
    const swarm = ctx.file.value !== undefined && readsAsSwarmStack(ctx.file.value, ctx.services);
    const earlier = new EarlierBindings();
    for (const service of ctx.services) {
      if (!publishesPorts(service) || scaledToZero(service.value)) continue;
      const count = replicaCount(service.value) ?? 1;
      for (const binding of bindingsOf(ctx, service)) {
        const first = earlier.firstCollision(binding);
        earlier.add(binding);
        if (first) report(ctx, binding, first);
        else if (count > 1 && !swarm && binding.first === binding.last)
          ctx.report({
            range: binding.range,
            message: withReading(
              ctx,
              ctx.t('scaled', { name: service.name, count, port: sharedPorts(binding, binding) }),
              binding.written,
              binding.reading,
            ),
          });
      }
    }
  },
});

/**
 * The bindings seen so far, by protocol and port, so a file of thousands of services is not
 * compared pair by pair. Ranges (rare, and few) are kept apart and always looked at.
 */
class EarlierBindings {
  private readonly byPort = new Map<string, HostBinding[]>();
  private readonly ranges: HostBinding[] = [];
  private readonly order = new Map<HostBinding, number>();
  private readonly all: HostBinding[] = [];

  add(binding: HostBinding): void {
    this.order.set(binding, this.all.length);
    this.all.push(binding);
    if (binding.first !== binding.last) {
      this.ranges.push(binding);
      return;
    }
    const key = `${binding.protocol}:${binding.first}`;
    const list = this.byPort.get(key);
    if (list) list.push(binding);
    else this.byPort.set(key, [binding]);
  }

  /**
   * The earliest binding this one collides with, preferring one that can run at the same time
   * (not only in another profile). Each list is read in file order and left at its first such
   * collision, so thousands of services on one port cost one comparison each.
   */
  firstCollision(binding: HostBinding): HostBinding | undefined {
    const lists =
      binding.last - binding.first > MAX_RANGE_LOOKUPS
        ? [this.all]
        : [this.ranges, ...portsOf(binding).map((port) => this.byPort.get(`${binding.protocol}:${port}`) ?? [])];
    let joint: HostBinding | undefined;
    let any: HostBinding | undefined;
    const earlier = (a: HostBinding | undefined, b: HostBinding): boolean =>
      a === undefined || (this.order.get(b) ?? 0) < (this.order.get(a) ?? 0);
    for (const list of lists) {
      for (const other of list) {
        if (!collide(other, binding)) continue;
        if (earlier(any, other)) any = other;
        if (inSeparateProfiles(other.service.value, binding.service.value)) continue;
        if (earlier(joint, other)) joint = other;
        break;
      }
    }
    return joint ?? any;
  }
}

function portsOf(binding: HostBinding): number[] {
  return Array.from({ length: binding.last - binding.first + 1 }, (_, i) => binding.first + i);
}

/** Past this many ports a range is compared with every binding instead of port by port. */
const MAX_RANGE_LOOKUPS = 1024;

function report(ctx: ComposeContext, binding: HostBinding, first: HostBinding): void {
  const port = sharedPorts(first, binding);
  const data = { name: binding.service.name, other: first.service.name, port, line: first.range.start.line + 1 };
  const separate = inSeparateProfiles(first.service.value, binding.service.value);
  const messageId = first.service === binding.service ? 'takenTwice' : separate ? 'takenInOtherProfile' : 'taken';
  ctx.report({
    range: binding.range,
    message: withReading(ctx, ctx.t(messageId, data), binding.written, binding.reading),
    related: [{ range: first.range, message: ctx.t('first', data) }],
    ...(separate ? { severity: 'info' as const } : {}),
  });
}
