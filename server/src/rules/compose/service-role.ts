import type { ComposeContext } from '../../engine/compose/context';
import type { ComposeService } from '../../engine/compose/parse';
import { isRecord } from '../../engine/plain-data';

/**
 * What a service is for, as far as the file shows: a long-running server, a one-off task, one
 * that never runs. Rules about how a service runs (restart policy, memory limit) leave the
 * one-off ones alone, and rules about conflicts between services leave the ones that never run.
 */

/** The services another waits for to finish, as a migration or an init job is. */
export function completionDependencies(services: readonly ComposeService[]): Set<string> {
  const names = new Set<string>();
  for (const service of services) {
    const dependsOn = service.value.depends_on;
    if (!isRecord(dependsOn)) continue;
    for (const [name, settings] of Object.entries(dependsOn))
      if (isRecord(settings) && settings.condition === 'service_completed_successfully') names.add(name);
  }
  return names;
}

/**
 * Whether the file is written for `docker stack deploy`, where a service restarts by default
 * (`restart_policy.condition: any`): it places services, rolls them out, or uses overlay networks.
 */
export function readsAsSwarmStack(file: Record<string, unknown>, services: readonly ComposeService[]): boolean {
  const swarmDeploy = services.some(({ value: { deploy } }) => {
    if (!isRecord(deploy)) return false;
    return (
      deploy.placement !== undefined ||
      deploy.update_config !== undefined ||
      deploy.rollback_config !== undefined ||
      deploy.endpoint_mode !== undefined ||
      deploy.mode === 'global'
    );
  });
  const networks = file.networks;
  const overlay =
    isRecord(networks) && Object.values(networks).some((network) => isRecord(network) && network.driver === 'overlay');
  return swarmDeploy || overlay;
}

/**
 * Whether the service looks like a task run now and then rather than a server: under `profiles:`
 * (opt-in tools, often run with `docker compose run`), a job (`deploy.mode`), or scaled to zero.
 */
export function looksOneOff(value: Record<string, unknown>): boolean {
  const { profiles, deploy, scale } = value;
  if (Array.isArray(profiles) ? profiles.length > 0 : profiles !== undefined) return true;
  if (scale === 0) return true;
  if (!isRecord(deploy)) return false;
  return deploy.replicas === 0 || deploy.mode === 'replicated-job' || deploy.mode === 'global-job';
}

/** Whether `scale: 0` or `deploy.replicas: 0` keeps the service from starting with the stack. */
export function scaledToZero(value: Record<string, unknown>): boolean {
  const { scale, deploy } = value;
  return scale === 0 || (isRecord(deploy) && deploy.replicas === 0);
}

/** The number of containers `scale` or `deploy.replicas` asks for; undefined when not written as a number. */
export function replicaCount(value: Record<string, unknown>): number | undefined {
  const { scale, deploy } = value;
  if (typeof scale === 'number') return scale;
  if (isRecord(deploy) && typeof deploy.replicas === 'number') return deploy.replicas;
  return undefined;
}

/** The service's profiles; empty for one that starts with every `docker compose up`. */
export function profilesOf(value: Record<string, unknown>): string[] {
  const profiles = value.profiles;
  if (typeof profiles === 'string') return [profiles];
  return Array.isArray(profiles) ? profiles.map(String) : [];
}

/**
 * Whether two services only ever run together when someone enables two profiles at once: each
 * has profiles and they share none (`cpu` and `gpu` variants of one server, say). A service
 * without profiles runs with every profile.
 */
export function inSeparateProfiles(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const first = profilesOf(a);
  const second = profilesOf(b);
  if (first.length === 0 || second.length === 0) return false;
  return (
    !first.some((profile) => second.includes(profile) || profile.includes('$')) && !second.some((p) => p.includes('$'))
  );
}

/**
 * Whether the service sets what `has` looks for, or may set it where this file cannot show:
 * `extends` takes the keys of the service it names, which lives in another file when `file` is
 * given (or when the name is a variable).
 */
export function setHereOrExtended(
  service: ComposeService,
  byName: ReadonlyMap<string, ComposeService>,
  has: (value: Record<string, unknown>) => boolean,
  seen: Set<string> = new Set(),
): boolean {
  if (has(service.value)) return true;
  const extended = service.value.extends;
  if (extended === undefined) return false;
  const target = typeof extended === 'string' ? extended : isRecord(extended) ? extended.service : undefined;
  if (isRecord(extended) && extended.file !== undefined) return true;
  if (typeof target !== 'string' || target.includes('$')) return true;
  const base = byName.get(target);
  if (!base || seen.has(target)) return false;
  seen.add(service.name);
  return setHereOrExtended(base, byName, has, seen);
}

/**
 * Whether another file of the project answers for the service: one Compose merges before this file
 * defines it (it is judged there, with this file merged in), or the service as the project runs it
 * has what `has` looks for. False when the file is no part of a project the index holds.
 */
export function answeredInProject(
  ctx: ComposeContext,
  service: ComposeService,
  has: (value: Record<string, unknown>) => boolean,
): boolean {
  const files = ctx.projectFiles;
  if (!files) return false;
  if (files.before.some((file) => file.services.some((other) => other.name === service.name))) return true;
  const value = ctx.projectValue(service.name);
  return value !== undefined && has(value);
}
