/**
 * Where the manifest tells the app to listen: environment variables and flags that set a port
 * (`PORT: "9090"`, `ASPNETCORE_URLS: http://+:5000`, `--listen=:9090`). Such a setting may move the
 * app away from the ports its image EXPOSEs, and then the two files cannot be compared.
 */
import type { KubernetesWorkspaceContext } from '../../../engine/kubernetes/context';
import { get } from '../../../engine/kubernetes/workloads';
import type { LinkedContainer } from '../linked-images';

/** The words of a name: `HTTP_PORT`, `httpPort`, `--listen-address` give `http port`, `listen address`. */
const wordsOf = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);

/**
 * Words of the environment variables that set where the app listens: `PORT`, `HTTP_PORT`,
 * `LISTEN_ADDR`, `BIND_ADDRESS`, `ASPNETCORE_URLS`, `ASPNETCORE_HTTP_PORTS`. A client's setting
 * (`REDIS_PORT`) is taken too: it only keeps the rule quiet.
 */
const LISTEN_VARIABLE = new Set(['port', 'ports', 'listen', 'bind', 'urls']);
/** Words of the flags that do: `--port`, `--listen-address=:9090`, `-addr`, `-Dserver.port=9090`. */
const LISTEN_FLAG = new Set([...LISTEN_VARIABLE, 'addr', 'address']);

const isListenName = (name: string, words: ReadonlySet<string>): boolean => wordsOf(name).some((w) => words.has(w));

/** The ports a value names: `9090`, `:9090`, `0.0.0.0:9090`, `http://+:5000;https://+:5001`. */
function portsIn(text: string): number[] {
  if (/^\d{1,5}$/.test(text)) return [Number(text)];
  return [...text.matchAll(/:(\d{1,5})(?!\d)/g)].map((match) => Number(match[1]));
}

export interface ListenSettings {
  /** The ports the settings name. */
  numbers: number[];
  /** A setting whose value this file cannot read: a ConfigMap, a Secret, a `$(VAR)`. */
  unknown: boolean;
}

export function listenSettings(ctx: KubernetesWorkspaceContext, linked: LinkedContainer): ListenSettings {
  const { container } = linked;
  const settings: ListenSettings = { numbers: [], unknown: false };
  const take = (value: unknown): void => {
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    settings.numbers.push(...portsIn(text));
    if (text.includes('$')) settings.unknown = true;
  };
  const env = container.value.env;
  for (const variable of Array.isArray(env) ? env : []) {
    const name = get(variable, 'name');
    if (typeof name !== 'string' || !isListenName(name, LISTEN_VARIABLE)) continue;
    if (get(variable, 'valueFrom') !== undefined) settings.unknown = true;
    else take(get(variable, 'value'));
  }
  if (envFromSetsListening(ctx, linked)) settings.unknown = true;
  const words = [container.value.command, container.value.args].flatMap((list) => (Array.isArray(list) ? list : []));
  words.forEach((word, i) => {
    if (typeof word !== 'string' || !word.startsWith('-')) return;
    const equals = word.indexOf('=');
    if (!isListenName(equals === -1 ? word : word.slice(0, equals), LISTEN_FLAG)) return;
    const value: unknown = equals === -1 ? words[i + 1] : word.slice(equals + 1);
    // A flag followed by another flag (`--port-forward --verbose`) sets nothing here.
    if (!(typeof value === 'string' && value.startsWith('-'))) take(value);
  });
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
      (object.keys ?? []).some((key) =>
        isListenName(`${typeof prefix === 'string' ? prefix : ''}${key}`, LISTEN_VARIABLE),
      ),
    );
  });
}
