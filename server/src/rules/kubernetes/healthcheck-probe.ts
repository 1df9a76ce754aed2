/**
 * The Kubernetes probe that does what a Dockerfile's HEALTHCHECK does. The kubelet never runs a
 * HEALTHCHECK, so a container whose image has one and whose manifest has no probe loses the check
 * it was built with; this writes it back as a probe, with Docker's timing.
 */
import type { ImageHealthcheck } from '../../engine/dockerfile/image-facts';
import { yamlString, type Block } from './block-edit';
import { httpCheckOf, plainShellWords } from './healthcheck-command';

export type ProbeHandler =
  { httpGet: { path: string; port: number; scheme?: 'HTTPS' } } | { exec: { command: string[] } };

export interface ProbeTiming {
  initialDelaySeconds: number;
  periodSeconds: number;
  timeoutSeconds: number;
  failureThreshold: number;
}

export interface HealthcheckProbe {
  handler: ProbeHandler;
  /** Only the settings that differ from Kubernetes' defaults. */
  timing: Partial<ProbeTiming>;
}

/** Docker's values for an option a HEALTHCHECK leaves out or sets to 0. */
const DOCKER_INTERVAL_MS = 30_000;
const DOCKER_TIMEOUT_MS = 30_000;
const DOCKER_RETRIES = 3;
/** Docker refuses shorter durations than this (other than 0, which means its default). */
const DOCKER_MINIMUM_MS = 1;

/** Kubernetes' values for a probe setting left out: the probe does not write them. */
const KUBERNETES_DEFAULTS: ProbeTiming = {
  initialDelaySeconds: 0,
  periodSeconds: 10,
  timeoutSeconds: 1,
  failureThreshold: 3,
};

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** A Go duration as Docker reads its options (`30s`, `1m30s`, `500ms`, `0`), in milliseconds. */
export function durationMs(text: string): number | undefined {
  if (text === '0') return 0;
  if (!/^(\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))*$/.test(text))
    return undefined;
  let total = 0;
  for (const [, amount = '', unit = ''] of text.matchAll(/(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/g))
    total += Number(amount) * (UNIT_MS[unit] ?? Number.NaN);
  return Number.isFinite(total) ? total : undefined;
}

/** Whole seconds, rounded up: a probe cannot wait less than the image did. */
const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/** An option's duration, Docker's default when it is left out or 0; undefined when Docker would refuse it. */
function option(written: string | undefined, fallback: number): number | undefined {
  if (written === undefined) return fallback;
  const ms = durationMs(written);
  if (ms === undefined || (ms > 0 && ms < DOCKER_MINIMUM_MS)) return undefined;
  return ms === 0 ? fallback : ms;
}

/**
 * Docker's timing as probe settings: `--interval` is `periodSeconds`, `--timeout` is
 * `timeoutSeconds`, `--retries` is `failureThreshold`. Docker runs the first check one interval
 * after the start and counts no failure before `--start-period` is over, so the first counted
 * check comes at the first interval past the start period: that is `initialDelaySeconds`. A
 * startupProbe would check sooner and restart a container Docker would still be waiting for.
 */
export function probeTiming(check: ImageHealthcheck, maxSeconds?: number): Partial<ProbeTiming> | undefined {
  const interval = option(check.interval, DOCKER_INTERVAL_MS);
  const timeout = option(check.timeout, DOCKER_TIMEOUT_MS);
  const start = option(check.startPeriod, 0);
  const retries =
    check.retries === undefined ? DOCKER_RETRIES : /^\d+$/.test(check.retries) ? Number(check.retries) : -1;
  if (interval === undefined || timeout === undefined || start === undefined || retries < 0) return undefined;
  const timing: ProbeTiming = {
    initialDelaySeconds: seconds(Math.max(1, Math.ceil(start / interval)) * interval),
    periodSeconds: seconds(interval),
    timeoutSeconds: Math.min(seconds(timeout), maxSeconds ?? Number.POSITIVE_INFINITY),
    failureThreshold: retries === 0 ? DOCKER_RETRIES : retries,
  };
  const written: Partial<ProbeTiming> = {};
  for (const key of Object.keys(KUBERNETES_DEFAULTS) as (keyof ProbeTiming)[])
    if (timing[key] !== KUBERNETES_DEFAULTS[key]) written[key] = timing[key];
  return written;
}

export interface ProbeSurroundings {
  /** The TCP ports the container declares: an httpGet probe is written only on one of them. */
  declaredPorts: readonly number[];
  /** A Windows pod runs a shell-form check through cmd, not /bin/sh. */
  windows: boolean;
}

/**
 * The probe equivalent to the image's check, or undefined when there is none to write: an
 * httpGet when the command is only a GET of the container's loopback on a port the container
 * declares (the kubelet sends it to the pod's address instead), else an exec probe running the
 * same command the same way, through the image's SHELL for the shell form.
 */
export function healthcheckProbe(check: ImageHealthcheck, around: ProbeSurroundings): HealthcheckProbe | undefined {
  if (check.kind === 'none' || !check.command || check.command.length === 0) return undefined;
  // `CMD [ "curl", … ] || exit 1` is no JSON array: the shell runs `[`, and the check always fails.
  if (check.kind === 'shell' && check.command[0]?.startsWith('[')) return undefined;
  const words = check.kind === 'exec' ? check.command : plainShellWords(check.command[0] ?? '');
  const http = words && httpCheckOf(words);
  if (http && around.declaredPorts.includes(http.port)) {
    const timing = probeTiming(check, http.maxSeconds);
    const httpGet = {
      path: http.path,
      port: http.port,
      ...(http.scheme === 'HTTPS' ? { scheme: 'HTTPS' as const } : {}),
    };
    return timing && { handler: { httpGet }, timing };
  }
  const command = check.kind === 'exec' ? check.command : shellCommand(check, around.windows);
  const timing = probeTiming(check);
  return command && timing && { handler: { exec: { command: command.map(keptFromKubelet) } }, timing };
}

/** How the container runs a shell-form check: its image's SHELL, else /bin/sh (cmd on Windows, not written). */
function shellCommand(check: ImageHealthcheck, windows: boolean): string[] | undefined {
  const line = check.command?.[0];
  if (line === undefined) return undefined;
  if (check.shell) return check.shell.length > 0 ? [...check.shell, line] : undefined;
  return windows ? undefined : ['/bin/sh', '-c', line];
}

/**
 * The kubelet reads `$(NAME)` in an exec probe's command as a container variable and `$$` as `$`;
 * Docker passed the words as they are. Doubling those dollars keeps the words the same.
 */
function keptFromKubelet(word: string): string {
  return word.replace(/\$(?=[$(])/g, () => '$$');
}

/** The probe as plain data, as a manifest that holds it reads. */
export function probeValue(probe: HealthcheckProbe): Record<string, unknown> {
  return { ...probe.handler, ...probe.timing };
}

/** The probe as lines of YAML for addBlock. */
export function probeBlock(probe: HealthcheckProbe): Block {
  const handler: Block =
    'httpGet' in probe.handler
      ? {
          httpGet: {
            path: yamlString(probe.handler.httpGet.path),
            port: String(probe.handler.httpGet.port),
            ...(probe.handler.httpGet.scheme ? { scheme: probe.handler.httpGet.scheme } : {}),
          },
        }
      : { exec: { command: `[${probe.handler.exec.command.map((word) => JSON.stringify(word)).join(', ')}]` } };
  const timing: Record<string, string> = {};
  for (const [key, value] of Object.entries(probe.timing)) timing[key] = String(value);
  return { ...handler, ...timing };
}

/** The check as a message shows it: the shell form's line, or the exec form's words. */
export function healthcheckText(check: ImageHealthcheck): string {
  const text =
    check.kind === 'exec'
      ? `[${(check.command ?? []).map((word) => JSON.stringify(word)).join(', ')}]`
      : (check.command?.[0] ?? '');
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}
