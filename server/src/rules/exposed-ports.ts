/**
 * What an image's EXPOSE lines say about a port number, for the rules that compare them with the
 * ports a manifest declares or a Compose file publishes.
 */
import { exposedText, type ExposedPort } from '../engine/dockerfile/image-facts';
import type { RelatedLocation } from '../engine/types';

/** The numbers a literal range (`8000-8010`) covers; undefined for a variable or anything else. */
function rangeOf(port: ExposedPort): [number, number] | undefined {
  if (typeof port.port === 'number') return [port.port, port.port];
  const match = /^(\d+)-(\d+)$/.exec(port.port);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Whether the image's EXPOSE lines hold a variable, whose value only the build knows. */
export function exposesVariable(exposed: readonly ExposedPort[]): boolean {
  return exposed.some((port) => rangeOf(port) === undefined);
}

/** Whether the image exposes the number under any protocol (EXPOSE lines often leave out `/udp`). */
export function exposesNumber(exposed: readonly ExposedPort[], number: number): boolean {
  return exposed.some((port) => {
    const range = rangeOf(port);
    return range !== undefined && range[0] <= number && number <= range[1];
  });
}

/** Whether the image exposes any number from `first` to `last`, under any protocol. */
export function exposesAnyOf(exposed: readonly ExposedPort[], first: number, last: number): boolean {
  return exposed.some((port) => {
    const range = rangeOf(port);
    return range !== undefined && range[0] <= last && first <= range[1];
  });
}

/**
 * The EXPOSE of each port, the first where stages repeat it, as related locations in the
 * Dockerfile at `uri`; `message` says what each is.
 */
export function exposeLocations(
  ports: readonly ExposedPort[],
  uri: string,
  message: (text: string) => string,
): RelatedLocation[] {
  const seen = new Set<string>();
  const locations: RelatedLocation[] = [];
  for (const port of ports) {
    const text = exposedText(port);
    if (seen.has(text)) continue;
    seen.add(text);
    locations.push({ uri, range: port.range, message: message(text) });
  }
  return locations;
}
