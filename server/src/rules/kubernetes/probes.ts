import type { KubernetesContext } from '../../engine/kubernetes/context';
import type { Path } from '../../engine/kubernetes/parse';
import { get, type ContainerRef } from '../../engine/kubernetes/workloads';
import type { Fix } from '../../engine/types';
import { addBlock, type Block } from './block-edit';
import { sameValue } from './support';

export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
export type ProbeField = (typeof PROBES)[number];

export interface DeclaredPort {
  number: number;
  name: string | undefined;
  protocol: string;
  /** Its place in the container's `ports` list. */
  index: number;
}

/** The ports a container declares in `ports`, as written (an entry without containerPort is left out). */
export function declaredPorts(container: ContainerRef): DeclaredPort[] {
  const ports = container.value.ports;
  if (!Array.isArray(ports)) return [];
  const result: DeclaredPort[] = [];
  for (const [index, port] of ports.entries()) {
    const number = get(port, 'containerPort');
    if (typeof number !== 'number') continue;
    const name = get(port, 'name');
    const protocol = get(port, 'protocol');
    result.push({
      number,
      name: typeof name === 'string' ? name : undefined,
      protocol: typeof protocol === 'string' ? protocol : 'TCP',
      index,
    });
  }
  return result;
}

/** Where a probe names its port, when it checks one: httpGet, tcpSocket or grpc. */
export function probePortPath(probe: unknown): Path | undefined {
  for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
    if (get(probe, handler, 'port') !== undefined) return [handler, 'port'];
  }
  return undefined;
}

/** A port worth probing: one named for HTTP or health first, else the first TCP port. */
function portToProbe(container: ContainerRef): DeclaredPort | undefined {
  const tcp = declaredPorts(container).filter((port) => port.protocol === 'TCP');
  return tcp.find((port) => port.name && /http|health|web/i.test(port.name)) ?? tcp[0];
}

/** How the skeleton names the port: by its name when it has a valid one, else by number. */
function portReference(port: DeclaredPort): string {
  return port.name && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(port.name) && /[a-z]/.test(port.name)
    ? port.name
    : String(port.number);
}

/**
 * A probe skeleton on the container's declared port: a TCP check, since only the author knows
 * the app's health path. Readiness checks often (periodSeconds 5); liveness waits longer before
 * restarting (failureThreshold 6), which also keeps the two probes from being identical.
 */
export function probeFix(
  ctx: KubernetesContext,
  container: ContainerRef,
  field: 'readinessProbe' | 'livenessProbe',
  title: (port: string) => string,
): Fix | undefined {
  const port = portToProbe(container);
  if (!port) return undefined;
  const reference = portReference(port);
  const [timing, seconds] = field === 'readinessProbe' ? ['periodSeconds', 5] : ['failureThreshold', 6];
  const skeleton = {
    tcpSocket: { port: reference === String(port.number) ? port.number : reference },
    [timing]: seconds,
  };
  const other = container.value[field === 'readinessProbe' ? 'livenessProbe' : 'readinessProbe'];
  // A skeleton that repeats the other probe exactly would teach the mistake liveness-probe reports.
  if (other && sameValue(other, skeleton)) return undefined;
  const probe: Block = { tcpSocket: { port: reference }, [timing]: String(seconds) };
  const edits = addBlock(ctx.index, container.node, { [field]: probe });
  return edits ? { title: title(reference), edits } : undefined;
}
