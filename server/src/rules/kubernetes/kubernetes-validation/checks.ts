import { isMap, isScalar, isSeq } from 'yaml';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import type { Path } from '../../../engine/kubernetes/parse';
import { get, podMetadataPath } from '../../../engine/kubernetes/workloads';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { addBlock } from '../block-edit';
import { isPartialObject } from '../partial';
import { isDnsLabel, isLabelValue, isPortName, isQualifiedName } from '../names';
import { PROBES, probePortPath } from '../probes';
import { quantityValue } from '../resources';
import { containersWith, podSpecOf } from '../support';

/** Keys and values of label maps, and keys of annotation maps, on the object and its pod template. */
export function checkLabels(ctx: KubernetesContext): void {
  const podMeta = ctx.object.kind === 'Pod' ? undefined : podMetadataPath(ctx.object);
  const labelMaps: Path[] = [['metadata', 'labels'], ...(podMeta ? [[...podMeta, 'labels']] : [])];
  if (isMap(ctx.node(['spec', 'selector', 'matchLabels']))) labelMaps.push(['spec', 'selector', 'matchLabels']);
  else if (ctx.object.kind === 'Service' || ctx.object.kind === 'ReplicationController')
    labelMaps.push(['spec', 'selector']);
  for (const path of labelMaps) {
    const map = ctx.node(path);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !pair.key.range) continue;
      const key = pair.key.value;
      if (!isQualifiedName(key)) {
        ctx.report({
          range: ctx.index.rangeOf(pair.key.range[0], pair.key.range[1]),
          message: ctx.t('labelKey', { key }),
        });
      } else if (isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.range) {
        const value = pair.value.value;
        if (isLabelValue(value)) continue;
        const range = ctx.index.rangeOf(pair.value.range[0], pair.value.range[1]);
        ctx.report({ range, message: ctx.t('labelValue', { key, value }) });
      }
    }
  }
  const annotationMaps: Path[] = [['metadata', 'annotations'], ...(podMeta ? [[...podMeta, 'annotations']] : [])];
  for (const path of annotationMaps) {
    const map = ctx.node(path);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !pair.key.range) continue;
      if (isQualifiedName(pair.key.value)) continue;
      const range = ctx.index.rangeOf(pair.key.range[0], pair.key.range[1]);
      ctx.report({ range, message: ctx.t('annotationKey', { key: pair.key.value }) });
    }
  }
}

/** Container port names (syntax, uniqueness per container) and the named ports probes refer to. */
export function checkContainerPorts(ctx: KubernetesContext): void {
  for (const container of containersWith(ctx, ['container', 'initContainer', 'ephemeralContainer'])) {
    const ports = ctx.node([...container.path, 'ports']);
    const seen = new Set<string>();
    if (isSeq(ports)) {
      ports.items.forEach((_, i) => {
        const path = [...container.path, 'ports', i, 'name'];
        const name = get(container.value, 'ports', i, 'name');
        if (typeof name !== 'string') return;
        if (!isPortName(name)) ctx.report({ range: ctx.valueRange(path), message: ctx.t('portName', { name }) });
        else if (seen.has(name))
          ctx.report({
            range: ctx.valueRange(path),
            message: ctx.t('portNameTwice', { name, container: container.name }),
          });
        seen.add(name);
      });
    }
    for (const probe of PROBES) {
      const portPath = probePortPath(container.value[probe]);
      const port = portPath && get(container.value[probe], ...portPath);
      if (typeof port !== 'string' || isPortName(port)) continue;
      ctx.report({
        range: ctx.valueRange([...container.path, probe, ...(portPath ?? [])]),
        message: ctx.t('portName', { name: port }),
      });
    }
  }
}

/** Service port names: DNS labels, unique, and present on every port when there are several. */
export function checkServicePorts(ctx: KubernetesContext): void {
  const ports = get(ctx.object.value, 'spec', 'ports');
  if (!Array.isArray(ports)) return;
  const seen = new Set<string>();
  ports.forEach((port, i) => {
    const path = ['spec', 'ports', i];
    const name = get(port, 'name');
    if (typeof name === 'string' && name !== '') {
      if (!isDnsLabel(name))
        ctx.report({ range: ctx.valueRange([...path, 'name']), message: ctx.t('servicePortName', { name }) });
      else if (seen.has(name))
        ctx.report({ range: ctx.valueRange([...path, 'name']), message: ctx.t('servicePortNameTwice', { name }) });
      seen.add(name);
    } else if (ports.length > 1 && port && typeof port === 'object' && !isPartialObject(ctx)) {
      ctx.report({ range: ctx.firstKeyRange(path), message: ctx.t('servicePortUnnamed', { count: ports.length }) });
    }
    const target = get(port, 'targetPort');
    if (typeof target === 'string' && !isPortName(target))
      ctx.report({ range: ctx.valueRange([...path, 'targetPort']), message: ctx.t('portName', { name: target }) });
  });
}

const FINISHING_KINDS = ['Job', 'CronJob'];
const SERVING_CONTROLLERS = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController'];

/** Pods of Jobs must end (OnFailure or Never); pods of serving controllers must restart (Always). */
export function checkRestartPolicy(ctx: KubernetesContext): void {
  const specPath = ctx.podSpecPath();
  const spec = podSpecOf(ctx);
  if (!specPath || !spec) return;
  const kind = ctx.object.kind;
  const policyPath = [...specPath, 'restartPolicy'];
  const policy = spec.restartPolicy;
  const node = ctx.node(policyPath);
  if (FINISHING_KINDS.includes(kind)) {
    if (policy === undefined && !isPartialObject(ctx)) {
      const map = ctx.node(specPath);
      const edits = isMap(map) ? addBlock(ctx.index, map, { restartPolicy: 'OnFailure' }) : undefined;
      ctx.report({
        range: ctx.keyRange(specPath),
        message: ctx.t('jobRestartMissing', { kind }),
        ...(edits ? { fix: { title: ctx.t('fixJobRestart'), edits } } : {}),
      });
    } else if (policy === 'Always') {
      const edit = node && replaceNode(ctx.index, node, 'OnFailure');
      ctx.report({
        range: ctx.valueRange(policyPath),
        message: ctx.t('jobRestartAlways', { kind }),
        ...(edit ? { fix: { title: ctx.t('fixJobRestart'), edits: [edit] } } : {}),
      });
    }
  } else if (SERVING_CONTROLLERS.includes(kind) && typeof policy === 'string' && policy !== 'Always') {
    const edit = node && replaceNode(ctx.index, node, 'Always');
    ctx.report({
      range: ctx.valueRange(policyPath),
      message: ctx.t('controllerRestart', { kind }),
      ...(edit ? { fix: { title: ctx.t('fixControllerRestart'), edits: [edit] } } : {}),
    });
  }
}

/** An int-or-string that must be a count or a percentage; reports a malformed one and returns its size. */
function countOrPercent(ctx: KubernetesContext, path: Path, capAtHundred: boolean): number | undefined {
  const value = get(ctx.object.value, ...path);
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+)%$/.exec(value);
  if (!match) {
    ctx.report({ range: ctx.valueRange(path), message: ctx.t('notPercent', { value }) });
    return undefined;
  }
  const percent = Number(match[1]);
  if (capAtHundred && percent > 100)
    ctx.report({
      range: ctx.valueRange(path),
      message: ctx.t('overHundred', { field: String(path[path.length - 1]) }),
    });
  return percent;
}

export function checkDisruptionBudget(ctx: KubernetesContext): void {
  const spec = get(ctx.object.value, 'spec');
  if (get(spec, 'minAvailable') !== undefined && get(spec, 'maxUnavailable') !== undefined)
    ctx.report({ range: ctx.keyRange(['spec', 'maxUnavailable']), message: ctx.t('pdbBoth') });
  countOrPercent(ctx, ['spec', 'minAvailable'], true);
  countOrPercent(ctx, ['spec', 'maxUnavailable'], true);
}

export function checkAutoscaler(ctx: KubernetesContext): void {
  const min = get(ctx.object.value, 'spec', 'minReplicas');
  const max = get(ctx.object.value, 'spec', 'maxReplicas');
  for (const [field, value] of [
    ['minReplicas', min],
    ['maxReplicas', max],
  ] as const) {
    if (typeof value === 'number' && value < 1)
      ctx.report({ range: ctx.valueRange(['spec', field]), message: ctx.t('atLeastOne', { field }) });
  }
  if (typeof min === 'number' && typeof max === 'number' && min > max && max >= 1)
    ctx.report({ range: ctx.valueRange(['spec', 'minReplicas']), message: ctx.t('hpaMinAboveMax', { min, max }) });
}

/** Rolling updates that could never move, and rollingUpdate settings beside a Recreate strategy. */
export function checkRollout(ctx: KubernetesContext): void {
  const isDeployment = ctx.object.kind === 'Deployment';
  const strategyPath = ['spec', isDeployment ? 'strategy' : 'updateStrategy'];
  const strategy = get(ctx.object.value, ...strategyPath);
  const type = get(strategy, 'type') ?? 'RollingUpdate';
  const rollingPath = [...strategyPath, 'rollingUpdate'];
  const rolling = get(strategy, 'rollingUpdate');
  if (isDeployment && type === 'Recreate' && rolling !== undefined && rolling !== null) {
    ctx.report({ range: ctx.keyRange(rollingPath), message: ctx.t('recreateWithRolling') });
    return;
  }
  if (type !== 'RollingUpdate') return;
  // Defaults: a Deployment surges 25% and loses 25%; a DaemonSet surges 0 and loses 1.
  const surge = countOrPercent(ctx, [...rollingPath, 'maxSurge'], false) ?? (isDeployment ? 25 : 0);
  const unavailable = countOrPercent(ctx, [...rollingPath, 'maxUnavailable'], true) ?? (isDeployment ? 25 : 1);
  if (surge === 0 && unavailable === 0)
    ctx.report({ range: ctx.keyRange(rollingPath), message: ctx.t('rolloutStuck') });
}

export function checkTopologySpread(ctx: KubernetesContext): void {
  const specPath = ctx.podSpecPath();
  const constraints = get(podSpecOf(ctx), 'topologySpreadConstraints');
  if (!specPath || !Array.isArray(constraints)) return;
  constraints.forEach((constraint, i) => {
    const path = [...specPath, 'topologySpreadConstraints', i];
    const maxSkew = get(constraint, 'maxSkew');
    if (typeof maxSkew === 'number' && maxSkew < 1)
      ctx.report({ range: ctx.valueRange([...path, 'maxSkew']), message: ctx.t('atLeastOne', { field: 'maxSkew' }) });
    const minDomains = get(constraint, 'minDomains');
    if (minDomains === undefined) return;
    if (get(constraint, 'whenUnsatisfiable') !== 'DoNotSchedule')
      ctx.report({ range: ctx.keyRange([...path, 'minDomains']), message: ctx.t('minDomains') });
    else if (typeof minDomains === 'number' && minDomains < 1)
      ctx.report({
        range: ctx.valueRange([...path, 'minDomains']),
        message: ctx.t('atLeastOne', { field: 'minDomains' }),
      });
  });
}

export function checkRequestsWithinLimits(ctx: KubernetesContext): void {
  for (const container of containersWith(ctx, ['container', 'initContainer'])) {
    const requests = get(container.value.resources, 'requests');
    const limits = get(container.value.resources, 'limits');
    if (!requests || typeof requests !== 'object' || !limits || typeof limits !== 'object') continue;
    for (const [resource, request] of Object.entries(requests as Record<string, unknown>)) {
      const limit = (limits as Record<string, unknown>)[resource];
      const requested = quantityValue(request);
      const allowed = quantityValue(limit);
      if (requested === undefined || allowed === undefined || requested <= allowed) continue;
      ctx.report({
        range: ctx.valueRange([...container.path, 'resources', 'requests', resource]),
        message: ctx.t('requestOverLimit', {
          name: container.name,
          resource,
          request: String(request),
          limit: String(limit),
        }),
      });
    }
  }
}
