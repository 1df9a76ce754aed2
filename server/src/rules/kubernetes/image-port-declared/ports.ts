/**
 * The ports a linked container and its image state: what the image EXPOSEs, what the container
 * declares, what its environment and arguments tell the app, and which Services and probes use a
 * declared port.
 */
import { isSeq } from 'yaml';
import type { ExposedPort } from '../../../engine/dockerfile/image-facts';
import type { KubernetesWorkspaceContext } from '../../../engine/kubernetes/context';
import type { IndexedObject } from '../../../engine/kubernetes/facts';
import { nodeAt } from '../../../engine/kubernetes/parse';
import { get, type ContainerRef } from '../../../engine/kubernetes/workloads';
import type { Range, TextEdit } from '../../../engine/types';
import { addBlock, appendToBlockSequence, SequenceLines } from '../block-edit';
import type { LinkedContainer } from '../linked-images';
import { PROBES, probePortPath, type DeclaredPort } from '../probes';
import { serviceTarget, servicesSelecting } from '../workspace-support';

/** Whether a port is declared with this number and protocol (the API spells protocols in capitals). */
export function declares(
  ports: readonly { number: number; protocol: string }[],
  number: number,
  protocol: string,
): boolean {
  return ports.some((port) => port.number === number && port.protocol.toUpperCase() === protocol.toUpperCase());
}

/** Every `ports` entry is a map with a numeric containerPort: otherwise the declaration cannot be read. */
export function portsReadable(container: ContainerRef): boolean {
  const ports = container.value.ports;
  if (ports === undefined || ports === null) return true;
  return Array.isArray(ports) && ports.every((port) => typeof get(port, 'containerPort') === 'number');
}

/** Something that sends traffic or checks to a declared port. */
export type PortUser =
  { kind: 'service'; service: IndexedObject; port: number | string } | { kind: 'probe'; probe: string; range: Range };

/**
 * The Services of the workload and the probes of the container that use the declared port: by
 * number or by its name, with the Service port's protocol (probes speak TCP).
 */
export function portUsers(
  ctx: KubernetesWorkspaceContext,
  linked: LinkedContainer,
  services: readonly IndexedObject[],
  declared: DeclaredPort,
): PortUser[] {
  const users: PortUser[] = [];
  const protocol = declared.protocol.toUpperCase();
  const aims = (target: unknown): boolean =>
    target === declared.number || (declared.name !== undefined && target === declared.name);
  for (const service of services) {
    const port = service.service?.ports.find((p) => p.protocol.toUpperCase() === protocol && aims(serviceTarget(p)));
    if (port) users.push({ kind: 'service', service, port: port.port ?? '?' });
  }
  if (protocol !== 'TCP') return users;
  const { object, container } = linked;
  for (const probe of PROBES) {
    const path = probePortPath(container.value[probe]);
    if (path && aims(get(container.value[probe], ...path)))
      users.push({ kind: 'probe', probe, range: ctx.valueRangeIn(object, [...container.path, probe, ...path]) });
  }
  return users;
}

/** The Services that send to the pods of the container's workload; none for an object without pods. */
export function workloadServices(ctx: KubernetesWorkspaceContext, linked: LinkedContainer): IndexedObject[] {
  const facts = ctx.inventory.factsOf(linked.object);
  return facts?.pods ? servicesSelecting(ctx, facts) : [];
}

/**
 * The ports of the containers that serve beside this one in its pod (app containers and sidecars):
 * one pod has one network, so a port one of them declares is no other's to declare.
 */
export function portsOfPodMates(linked: LinkedContainer): { number: number; protocol: string }[] {
  const spec = get(linked.object.value, ...linked.container.path.slice(0, -2));
  const list = (field: string): unknown[] => {
    const found = get(spec, field);
    return Array.isArray(found) ? found : [];
  };
  const mates = [...list('containers'), ...list('initContainers').filter((c) => get(c, 'restartPolicy') === 'Always')];
  return mates
    .filter((mate) => mate !== linked.container.value)
    .flatMap((mate) => {
      const ports = get(mate, 'ports');
      return (Array.isArray(ports) ? ports : []).flatMap((port) => {
        const number = get(port, 'containerPort');
        const protocol = get(port, 'protocol');
        return typeof number === 'number'
          ? [{ number, protocol: typeof protocol === 'string' ? protocol : 'TCP' }]
          : [];
      });
    });
}

/**
 * The edits that declare `ports` in the container: a new `ports` list, or items after the last one
 * of a block list. Undefined where only a reformat could do it (a flow list, an empty `ports:`).
 */
export function declarePortsEdits(
  ctx: KubernetesWorkspaceContext,
  container: ContainerRef,
  ports: readonly ExposedPort[],
): TextEdit[] | undefined {
  const items = ports.map((port) => [
    `containerPort: ${port.port}`,
    ...(port.protocol === 'tcp' ? [] : [`protocol: ${port.protocol.toUpperCase()}`]),
  ]);
  const list = nodeAt(container.node, ['ports']);
  if (list === undefined) {
    const lines = items.flatMap(([first, ...rest]) => [`- ${first ?? ''}`, ...rest.map((line) => `  ${line}`)]);
    return addBlock(ctx.index, container.node, { ports: new SequenceLines(lines) });
  }
  if (!isSeq(list) || list.flow) return undefined;
  const edit = appendToBlockSequence(ctx.index, list, items);
  return edit ? [edit] : undefined;
}
