/**
 * The container ports a Compose service asks for: the target side of each `ports` entry (short
 * syntax `[ip:][published:]target[/protocol]`, long syntax `target:`) and each `expose` entry, and
 * the settings that tell the app to listen elsewhere.
 */
import { isMap, type Node } from 'yaml';
import type { ComposeContext } from '../../../engine/compose/context';
import type { ComposeService } from '../../../engine/compose/parse';
import type { Range } from '../../../engine/types';
import { isListenVariable, takeListenFlags, takeListenValue, type ListenSettings } from '../../listen-words';
import { isRecord } from '../../../engine/plain-data';
import { splitOutsideInterpolation } from '../../../engine/compose/interpolation';
import type { ContainerEnvironment } from '../service-environment';
import { readValue } from '../value-reading';
import { portRun } from '../port-run';
import { listItems } from '../service-items';

export interface TargetPort {
  first: number;
  last: number;
  /** The entry as written, for messages (`8000-8010`, `53/udp`). */
  text: string;
  /** `ports` (published to the host) or `expose` (to other services only). */
  key: 'ports' | 'expose';
  range: Range;
  /** The entry as written and, when variables made it, as Compose reads it, for messages. */
  written: string;
  reading: string | undefined;
}

/** The target of a short-syntax entry: after the last colon outside brackets and `${…}`, before `/`. */
function shortTarget(text: string): { run: [number, number]; text: string } | undefined {
  const slash = text.lastIndexOf('/');
  const ports = slash === -1 ? text.trim() : text.slice(0, slash).trim();
  const protocol = slash === -1 ? undefined : text.slice(slash + 1).trim();
  const target = splitOutsideInterpolation(ports.replace(/^\[[^\]]*\]/, ''), ':').pop() ?? '';
  const found = portRun(target);
  if (!found) return undefined;
  return { run: found, text: protocol && protocol.toLowerCase() !== 'tcp' ? `${target}/${protocol}` : target };
}

export function targetPorts(ctx: ComposeContext, service: ComposeService): TargetPort[] {
  const found: TargetPort[] = [];
  for (const key of ['ports', 'expose'] as const) {
    for (const item of listItems(ctx, service, key)) {
      const value = item.value;
      if (typeof value === 'string' || typeof value === 'number') {
        const written = String(value);
        const reading = readValue(ctx, written);
        const target = shortTarget(reading ?? written);
        if (target)
          found.push({
            first: target.run[0],
            last: target.run[1],
            text: target.text,
            key,
            range: item.range,
            written,
            reading,
          });
        continue;
      }
      if (key !== 'ports' || !isRecord(value)) continue;
      const written = typeof value.target === 'number' || typeof value.target === 'string' ? String(value.target) : '';
      const reading = readValue(ctx, written);
      const target = reading ?? written;
      const ports = portRun(target);
      if (!ports) continue;
      const protocol = typeof value.protocol === 'string' ? value.protocol.toLowerCase() : 'tcp';
      const node = isMap(item.node) ? (item.node.get('target', true) as Node | undefined) : undefined;
      found.push({
        first: ports[0],
        last: ports[1],
        text: protocol === 'tcp' ? target : `${target}/${protocol}`,
        key,
        range: node?.range ? ctx.rangeOf(node) : item.range,
        written,
        reading,
      });
    }
  }
  return found;
}

/** Compose reads `${VAR}` and `$VAR` in values; `$$` is a literal dollar. */
const COMPOSE_VARIABLE = /\$(?!\$)[{\w]/;

/**
 * Where the service tells the app to listen: listen variables of the container's environment (its
 * `environment` and env files, read with the project's `.env`; one the shell chooses, or an env
 * file that cannot be read, makes them unknown), and listen flags of `command` and `entrypoint`.
 */
export function composeListenSettings(service: ComposeService, environment: ContainerEnvironment): ListenSettings {
  const settings: ListenSettings = { numbers: [], unknown: false };
  if (environment.filesUnread || [...environment.unknown.keys()].some(isListenVariable)) settings.unknown = true;
  for (const [name, value] of environment.values)
    if (isListenVariable(name)) takeListenValue(settings, value, COMPOSE_VARIABLE);
  for (const key of ['entrypoint', 'command']) {
    const words = service.value[key];
    if (typeof words === 'string') takeListenFlags(settings, words.trim().split(/\s+/), COMPOSE_VARIABLE);
    else if (Array.isArray(words)) takeListenFlags(settings, words, COMPOSE_VARIABLE);
  }
  return settings;
}

/**
 * The numbers the service's `command`, `entrypoint` and environment values (env files' too) mention
 * (`gunicorn -b 0.0.0.0:8000`, `runserver 0.0.0.0:8000`, `--inspect=0.0.0.0:9229`,
 * `GUNICORN_CMD_ARGS: --bind=:8000`): a published port among them is one the file itself tells
 * the app to listen on, whatever the image EXPOSEs.
 */
export function mentionedNumbers(service: ComposeService, environment: ContainerEnvironment): Set<number> {
  const texts: string[] = [];
  for (const key of ['entrypoint', 'command']) {
    const words = service.value[key];
    if (typeof words === 'string') texts.push(words);
    else if (Array.isArray(words)) for (const word of words) if (typeof word === 'string') texts.push(word);
  }
  texts.push(...environment.values.values(), ...environment.unknown.values());
  const numbers = new Set<number>();
  for (const text of texts) for (const match of text.matchAll(/\d{1,5}(?!\d)/g)) numbers.add(Number(match[0]));
  return numbers;
}
