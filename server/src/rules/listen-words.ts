/**
 * Where an app is told to listen: environment variables and flags that set a port (`PORT: "9090"`,
 * `ASPNETCORE_URLS: http://+:5000`, `--listen=:9090`). Such a setting may move the app away from
 * the ports its image EXPOSEs, and then the Dockerfile and the file that runs it cannot be compared.
 * Shared by the Kubernetes and Compose rules that compare them.
 */

/** The words of a name: `HTTP_PORT`, `httpPort`, `--listen-address` give `http port`, `listen address`. */
const wordsOf = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);

/**
 * Words of the environment variables that set where the app listens: `PORT`, `HTTP_PORT`,
 * `LISTEN_ADDR`, `BIND_ADDRESS`, `ASPNETCORE_URLS`, `ASPNETCORE_HTTP_PORTS`. A client's setting
 * (`REDIS_PORT`) is taken too: it only keeps the rules quiet.
 */
const LISTEN_VARIABLE = new Set(['port', 'ports', 'listen', 'bind', 'urls']);
/** Words of the flags that do: `--port`, `--listen-address=:9090`, `-addr`, `-Dserver.port=9090`. */
const LISTEN_FLAG = new Set([...LISTEN_VARIABLE, 'addr', 'address']);

/** Whether an environment variable's name says it sets where the app listens. */
export const isListenVariable = (name: string): boolean => wordsOf(name).some((word) => LISTEN_VARIABLE.has(word));

const isListenFlag = (name: string): boolean => wordsOf(name).some((word) => LISTEN_FLAG.has(word));

/** The ports a value names: `9090`, `:9090`, `0.0.0.0:9090`, `http://+:5000;https://+:5001`. */
function portsIn(text: string): number[] {
  if (/^\d{1,5}$/.test(text)) return [Number(text)];
  return [...text.matchAll(/:(\d{1,5})(?!\d)/g)].map((match) => Number(match[1]));
}

export interface ListenSettings {
  /** The ports the settings name. */
  numbers: number[];
  /** A setting whose value this file cannot read: a ConfigMap, a Secret, a variable. */
  unknown: boolean;
}

/**
 * Reads a listen setting's value into `settings`; `variable` is how the file writes a variable
 * (`$(VAR)` in a manifest, `${VAR}` or `$VAR` in a Compose file).
 */
export function takeListenValue(settings: ListenSettings, value: unknown, variable: RegExp): void {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  settings.numbers.push(...portsIn(text));
  if (variable.test(text)) settings.unknown = true;
}

/** Reads the listen flags among a command's words (`--port 9090`, `--listen-address=:9090`). */
export function takeListenFlags(settings: ListenSettings, words: readonly unknown[], variable: RegExp): void {
  words.forEach((word, i) => {
    if (typeof word !== 'string' || !word.startsWith('-')) return;
    const equals = word.indexOf('=');
    if (!isListenFlag(equals === -1 ? word : word.slice(0, equals))) return;
    const value: unknown = equals === -1 ? words[i + 1] : word.slice(equals + 1);
    // A flag followed by another flag (`--port-forward --verbose`) sets nothing here.
    if (!(typeof value === 'string' && value.startsWith('-'))) takeListenValue(settings, value, variable);
  });
}
