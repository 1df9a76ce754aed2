/**
 * Where the manifest tells the app to listen: environment variables and flags that set a port
 * (`PORT: "9090"`, `ASPNETCORE_URLS: http://+:5000`, `--listen=:9090`). Such a setting may move the
 * app away from the ports its image EXPOSEs, and then the two files cannot be compared.
 */
import type { KubernetesWorkspaceContext } from '../../../engine/kubernetes/context';
import { get } from '../../../engine/kubernetes/workloads';
import type { LinkedContainer } from '../linked-images';
import { isListenVariable, takeListenFlags, takeListenValue, type ListenSettings } from '../../listen-words';

export function listenSettings(ctx: KubernetesWorkspaceContext, linked: LinkedContainer): ListenSettings {
  const { container } = linked;
  const settings: ListenSettings = { numbers: [], unknown: false };
  const env = container.value.env;
  for (const variable of Array.isArray(env) ? env : []) {
    const name = get(variable, 'name');
    if (typeof name !== 'string' || !isListenVariable(name)) continue;
    if (get(variable, 'valueFrom') !== undefined) settings.unknown = true;
    else takeListenValue(settings, get(variable, 'value'), /\$/);
  }
  if (envFromSetsListening(ctx, linked)) settings.unknown = true;
  const words = [container.value.command, container.value.args].flatMap((list) => (Array.isArray(list) ? list : []));
  takeListenFlags(settings, words, /\$/);
  return settings;
}

/**
 * Whether `envFrom` may set where the app listens: a ConfigMap or Secret of the workspace with a
 * listen variable among its keys, or one the workspace does not hold (its keys are unknown).
 */
function envFromSetsListening(ctx: KubernetesWorkspaceContext, linked: LinkedContainer): boolean {
  const sources = linked.container.value.envFrom;
  if (!Array.isArray(sources)) return false;
  const namespace = ctx.inventory.factsOf(linked.object)?.namespace;
  return sources.some((source) => {
    const prefix = get(source, 'prefix');
    const [kind, name] =
      get(source, 'configMapRef', 'name') !== undefined
        ? ['ConfigMap', get(source, 'configMapRef', 'name')]
        : ['Secret', get(source, 'secretRef', 'name')];
    if (typeof name !== 'string') return false;
    const found = ctx.inventory.definitions(kind, name, namespace);
    if (found.length === 0 || found.some((object) => object.keys === undefined)) return true;
    return found.some((object) =>
      (object.keys ?? []).some((key) => isListenVariable(`${typeof prefix === 'string' ? prefix : ''}${key}`)),
    );
  });
}
