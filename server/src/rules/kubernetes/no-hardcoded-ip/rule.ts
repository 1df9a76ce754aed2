import { isScalar, isSeq } from 'yaml';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import type { Path } from '../../../engine/kubernetes/parse';
import { WORKLOAD_KINDS, type ContainerRef } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { ALL_ROLES, containersWith } from '../support';
import { containerWith, deployment } from '../example-files';

/** An IPv4 literal on its own: not part of a longer dotted version, not a CIDR block. */
const IPV4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.]|\/\d)/g;

/** Addresses that name no other machine, or that are the same everywhere (the cloud metadata server). */
function isWellKnown(octets: number[]): boolean {
  const [a, b, c, d] = octets;
  if (a === 0 || a === 127 || a === 255) return true;
  return a === 169 && b === 254 && c === 169 && d === 254;
}

/** Environment variables that hold versions, where `1.2.3.4` is not an address. */
const VERSION_NAME = /version|release|build/i;

export default defineKubernetesRule({
  id: 'no-hardcoded-ip',
  title: {
    en: 'Reach other services by name, not by IP address',
    ko: '다른 서비스는 IP 주소가 아니라 이름으로 찾기',
  },
  severity: 'warning',
  concept: 'loose-coupling',
  topics: ['kubernetes-msa', 'cloud-native'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: "Pod IPs change every time a pod is recreated, and even a Service's cluster IP changes when the Service is recreated or the manifest is applied to another cluster. An address written into the environment or the command line ties the container to one moment of one cluster. Service DNS names stay stable and let Kubernetes choose a healthy backend.",
    ko: '파드 IP는 파드가 다시 만들어질 때마다 바뀌고, 서비스의 클러스터 IP도 서비스를 다시 만들거나 매니페스트를 다른 클러스터에 적용하면 바뀝니다. 환경 변수나 명령줄에 적은 주소는 컨테이너를 한 클러스터의 한 순간에 묶어 둡니다. 서비스 DNS 이름은 안정적이고, 쿠버네티스가 건강한 백엔드를 고르게 해 줍니다.',
  },
  remediation: {
    en: 'Replace the address with the DNS name of a Service (`db`, or `db.shop.svc.cluster.local` from another namespace); for machines outside the cluster, use their DNS name or an ExternalName Service.',
    ko: '주소를 서비스의 DNS 이름(`db`, 다른 네임스페이스에서는 `db.shop.svc.cluster.local`)으로 바꾸세요. 클러스터 밖의 머신에는 그 DNS 이름이나 ExternalName 서비스를 쓰세요.',
  },
  peers: {},
  noPeer:
    'None of the mapped linters looks for IP addresses in env values or arguments; this is a teaching rule of this project.',
  example: {
    bad: deployment({ container: containerWith({ env: ['env:', '  - name: DB_HOST', '    value: 10.96.12.7'] }) }),
    good: deployment({
      container: containerWith({ env: ['env:', '  - name: DB_HOST', '    value: db.shop.svc.cluster.local'] }),
    }),
  },
  messages: {
    env: {
      en: 'Container "{name}" sets {variable} to the IP address {ip}; use a Service DNS name instead.',
      ko: '컨테이너 "{name}"{이/가} {variable}에 IP 주소 {ip}{을/를} 넣습니다. 대신 서비스 DNS 이름을 쓰세요.',
    },
    argument: {
      en: 'Container "{name}" passes the IP address {ip} on its command line; use a Service DNS name instead.',
      ko: '컨테이너 "{name}"{이/가} 명령줄에 IP 주소 {ip}{을/를} 넘깁니다. 대신 서비스 DNS 이름을 쓰세요.',
    },
  },
  check(ctx) {
    for (const container of containersWith(ctx, ALL_ROLES)) {
      checkEnv(ctx, container);
      for (const field of ['command', 'args']) {
        const list = ctx.node([...container.path, field]);
        if (!isSeq(list)) continue;
        list.items.forEach((_, i) => report(ctx, [...container.path, field, i], 'argument', { name: container.name }));
      }
    }
  },
});

function checkEnv(ctx: KubernetesContext, container: ContainerRef): void {
  const env = container.value.env;
  if (!Array.isArray(env)) return;
  env.forEach((entry: unknown, i) => {
    const variable = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).name : undefined;
    if (typeof variable !== 'string' || VERSION_NAME.test(variable)) return;
    report(ctx, [...container.path, 'env', i, 'value'], 'env', { name: container.name, variable });
  });
}

/** Reports each address inside the scalar at `path`, at its exact place in the source. */
function report(ctx: KubernetesContext, path: Path, id: string, data: Record<string, string>): void {
  const node = ctx.node(path);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
  const source = ctx.text.slice(node.range[0], node.range[1]);
  let from = 0;
  for (const match of node.value.matchAll(IPV4)) {
    const octets = match.slice(1, 5).map(Number);
    if (octets.some((o) => o > 255) || isWellKnown(octets)) continue;
    const ip = match[0];
    const at = source.indexOf(ip, from);
    const range =
      at >= 0
        ? ctx.index.rangeOf(node.range[0] + at, node.range[0] + at + ip.length)
        : ctx.index.rangeOf(node.range[0], node.range[1]);
    if (at >= 0) from = at + ip.length;
    ctx.report({ range, message: ctx.t(id, { ...data, ip }) });
  }
}
