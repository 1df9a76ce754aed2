import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeContext } from '../../../engine/compose/context';
import type { ComposeService } from '../../../engine/compose/parse';
import { insertIntoMap } from '../../../engine/kubernetes/yaml-edit';
import { defineComposeRule } from '../../../engine/rule';
import type { Range, TextEdit } from '../../../engine/types';
import { composeFile } from '../example-files';
import { splitOutsideInterpolation, withDefaults } from '../../../engine/compose/interpolation';
import { readValue, VALUE_READING_MESSAGES, withReading } from '../value-reading';
import { listItems, type ServiceItem } from '../service-items';

/**
 * Host ports of protocols served to other machines (web, mail, DNS), where every interface is
 * usually the point: reported as information, not as a warning.
 */
const PUBLIC_SERVICE_PORTS = new Set(['80', '443', '25', '465', '587', '110', '995', '143', '993', '53']);

/** Words of a variable's name that say it may hold an address (`SENTRY_BIND=127.0.0.1:9000`). */
const ADDRESS_WORDS = new Set(['BIND', 'ADDR', 'ADDRESS', 'LISTEN', 'HOST', 'IP', 'INTERFACE']);

/** The host side is a variable that may carry an address as well as a port (`$SENTRY_BIND:80`). */
function mayHoldAddress(hostSide: string): boolean {
  const name = /^\$\{?(\w+)/.exec(hostSide)?.[1];
  if (!name) return false;
  const words = name.toUpperCase().split('_');
  return !words.includes('PORT') && words.some((word) => ADDRESS_WORDS.has(word));
}

const LOOPBACK = '127.0.0.1';

interface UnboundPort {
  /** The port as written, for the message. */
  port: string;
  /** The host port; empty when Docker picks one at random. */
  hostPort: string;
  range: Range;
  edit: TextEdit | undefined;
  /** The entry as Compose reads it, when variables made it. */
  reading: string | undefined;
}

/**
 * A short-syntax port (`"8080:80"`, `8080:80/udp`, `"3000-3005"`, `80`) with no host address, or
 * undefined when it names one (`127.0.0.1:…`, `[::1]:…`, an explicit `0.0.0.0:…`) or is a variable
 * neither the `.env` nor a default fills in. Docker reads `ip:host:container`: three parts or more
 * carry the address.
 */
function shortUnbound(ctx: ComposeContext, item: ServiceItem, written: string): UnboundPort | undefined {
  const resolved = withDefaults(written, ctx.variables?.values);
  if (resolved === undefined || resolved.startsWith('[')) return undefined;
  const parts = resolved.replace(/\/\w+$/, '').split(':');
  if (parts.length >= 3 || parts.some((part) => part.trim() === '')) return undefined;
  if (parts.length === 2 && mayHoldAddress(resolved)) return undefined;
  const hostPort = parts.length === 2 ? (parts[0] ?? '') : '';
  const prefix = parts.length === 2 ? `${LOOPBACK}:` : `${LOOPBACK}::`;
  // A variable that holds a colon of its own is the `.env`'s to change, not the entry's.
  const shaped = splitOutsideInterpolation(written.replace(/\/\w+$/, ''), ':').length === parts.length;
  return {
    port: written,
    hostPort,
    range: item.range,
    edit: shaped ? prefixEdit(ctx, item.node, prefix) : undefined,
    reading: readValue(ctx, written),
  };
}

/** Writes `prefix` before the port, inside its quotes; a plain scalar is quoted so it stays a string. */
function prefixEdit(ctx: ComposeContext, node: Node | undefined, prefix: string): TextEdit | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  const index = ctx.file.index;
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    const at = index.rangeOf(start + 1, start + 1);
    return { range: at, newText: prefix };
  }
  if (node.type !== 'PLAIN') return undefined;
  const text = index.text.slice(start, end);
  return { range: index.rangeOf(start, end), newText: `"${prefix}${text.replace(/["\\]/g, '\\$&')}"` };
}

/** A long-syntax port (`target:`, `published:`) without `host_ip`, or with one that reads empty. */
function longUnbound(ctx: ComposeContext, item: ServiceItem): UnboundPort | undefined {
  const port = item.value as Record<string, unknown>;
  if (port.target === undefined) return undefined;
  const hostIp = port.host_ip;
  if (typeof hostIp === 'string' && withDefaults(hostIp, ctx.variables?.values)?.trim() !== '') return undefined;
  const published = port.published === undefined || port.published === null ? '' : String(port.published);
  const map = isMap(item.node) ? item.node : undefined;
  const anchor = (map?.get('published', true) ?? map?.items[0]?.key) as Node | null | undefined;
  const range = anchor?.range ? ctx.rangeOf(anchor) : item.range;
  const edit =
    map && hostIp === undefined ? insertIntoMap(ctx.file.index, map, [], [`host_ip: ${LOOPBACK}`]) : undefined;
  const target = String(port.target);
  const written = published ? `${published}:${target}` : target;
  const reading = readValue(ctx, written);
  const hostPort = published === '' ? '' : (reading?.split(':')[0] ?? published);
  return { port: written, hostPort, range, edit, reading };
}

/** Services whose ports Docker does not publish: they share the host's or another container's network. */
function publishesPorts(service: ComposeService): boolean {
  const mode = service.value.network_mode;
  return !(typeof mode === 'string' && /^(host|service:|container:)/.test(mode));
}

export default defineComposeRule({
  id: 'compose-port-all-interfaces',
  title: {
    en: 'Bind published ports to an address',
    ko: '게시하는 포트를 주소에 묶기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['docker-operations', 'docker-architecture'],
  description: {
    en: 'A published port with no host address (`"8080:80"`, long syntax without `host_ip`) listens on every interface of the host: Wi-Fi, the public address of a cloud machine, a VPN. Docker opens it with iptables rules of its own that come before those of host firewalls such as ufw or firewalld, so "the firewall blocks it" is not true: a database published as `"5432:5432"` is reachable from the internet on a cloud VM. A port with only a container side (`"80"`) is published too, on a random host port of every interface. Binding to `127.0.0.1` keeps the port on the host, for the developer’s browser or a reverse proxy. Host ports of protocols served to other machines (web 80 and 443, mail, DNS 53) are reported as information only: there every interface is usually the point.',
    ko: '호스트 주소 없이 게시한 포트(`"8080:80"`, `host_ip`가 없는 긴 문법)는 호스트의 모든 인터페이스에서 수신합니다. Wi-Fi, 클라우드 머신의 공인 주소, VPN까지입니다. Docker는 ufw나 firewalld 같은 호스트 방화벽의 규칙보다 앞서는 자신만의 iptables 규칙으로 포트를 열기 때문에 "방화벽이 막아 준다"는 사실이 아닙니다. 클라우드 VM에서 `"5432:5432"`로 게시한 데이터베이스는 인터넷에서 접근할 수 있습니다. 컨테이너 쪽만 적은 포트(`"80"`)도 모든 인터페이스의 임의 호스트 포트로 게시됩니다. `127.0.0.1`에 묶으면 포트가 호스트 안에 머물러 개발자의 브라우저나 리버스 프록시만 씁니다. 다른 머신에 제공하는 프로토콜의 호스트 포트(웹 80과 443, 메일, DNS 53)는 정보로만 알립니다. 그곳에서는 보통 모든 인터페이스가 목적이기 때문입니다.',
  },
  remediation: {
    en: 'Write the address in front: `"127.0.0.1:8080:80"` (and `"[::1]:8080:80"` for IPv6), or `host_ip: 127.0.0.1` in long syntax. Services that only talk to each other need no published port at all: they reach each other by service name on the Compose network.',
    ko: '주소를 앞에 쓰세요. `"127.0.0.1:8080:80"`(IPv6라면 `"[::1]:8080:80"`), 긴 문법이라면 `host_ip: 127.0.0.1`입니다. 서로만 통신하는 서비스에는 게시한 포트가 전혀 필요 없습니다. Compose 네트워크에서 서비스 이름으로 서로에게 닿습니다.',
  },
  exceptions: {
    en: 'A server meant to be reached from other machines (a reverse proxy, a game server, a service on a LAN) should listen on every interface: say so by writing the address, `"0.0.0.0:443:443"` (or `host_ip: 0.0.0.0`), which this rule leaves alone, or a specific address of the host. dclint’s `# dclint disable-line no-unbound-port-interfaces` is honoured too.',
    ko: '다른 머신에서 접근해야 하는 서버(리버스 프록시, 게임 서버, LAN의 서비스)는 모든 인터페이스에서 수신해야 합니다. 주소를 `"0.0.0.0:443:443"`(또는 `host_ip: 0.0.0.0`)으로 적거나 호스트의 특정 주소를 적어 그 뜻을 밝히세요. 이 규칙은 그런 포트를 건드리지 않습니다. dclint의 `# dclint disable-line no-unbound-port-interfaces`도 따릅니다.',
  },
  peers: { dclint: ['no-unbound-port-interfaces'] },
  example: {
    bad: composeFile({ webOnly: ['image: registry.example.com/shop/web:1.4.2', 'ports:', '  - "8080:8080"'] }),
    good: composeFile(),
  },
  messages: {
    unbound: {
      en: 'Service "{name}" publishes port {port} on every interface of the host, past firewalls such as ufw: bind it to 127.0.0.1, or write 0.0.0.0 if that is meant.',
      ko: '서비스 "{name}"{이/가} 포트 {port|을/를} ufw 같은 방화벽을 지나쳐 호스트의 모든 인터페이스에 게시합니다. 127.0.0.1에 묶거나, 의도한 것이라면 0.0.0.0을 적으세요.',
    },
    random: {
      en: 'Service "{name}" publishes container port {port} on a random host port of every interface: bind it to 127.0.0.1 ("127.0.0.1::{port}"), or use `expose:` if only other services need it.',
      ko: '서비스 "{name}"{이/가} 컨테이너 포트 {port|을/를} 모든 인터페이스의 임의 호스트 포트로 게시합니다. 127.0.0.1에 묶거나("127.0.0.1::{port}"), 다른 서비스만 쓴다면 `expose:`를 쓰세요.',
    },
    ...VALUE_READING_MESSAGES,
    fix: {
      en: 'Bind the port to 127.0.0.1',
      ko: '포트를 127.0.0.1에 묶기',
    },
  },
  // The port is no longer reachable from other machines; a server meant for them stops serving.
  fix: 'unsafe',
  readsWorkspace: true,
  check(ctx) {
    for (const service of ctx.services) {
      if (!publishesPorts(service)) continue;
      for (const item of listItems(ctx, service, 'ports')) {
        const unbound =
          typeof item.value === 'string' || typeof item.value === 'number'
            ? shortUnbound(ctx, item, String(item.value))
            : item.value && typeof item.value === 'object'
              ? longUnbound(ctx, item)
              : undefined;
        if (!unbound) continue;
        const random = unbound.hostPort === '';
        ctx.report({
          range: unbound.range,
          message: withReading(
            ctx,
            ctx.t(random ? 'random' : 'unbound', { name: service.name, port: unbound.port }),
            unbound.port,
            unbound.reading,
          ),
          ...(PUBLIC_SERVICE_PORTS.has(unbound.hostPort) ? { severity: 'info' as const } : {}),
          ...(unbound.edit ? { fix: { title: ctx.t('fix'), edits: [unbound.edit] } } : {}),
        });
      }
    }
  },
});
