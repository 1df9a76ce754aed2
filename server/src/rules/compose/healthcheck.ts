import type { ComposeContext } from '../../engine/compose/context';
import type { ServiceImage } from '../../engine/compose/service-image';
import type { Range } from '../../engine/types';
import { isKnownOfficialImage } from '../official-images';
import { isRecord } from '../../engine/plain-data';

/**
 * Whether a service has a healthcheck of its own in the file: a `test` whose list form does not start with `NONE` (a string is a shell command), and
 * not `disable: true`. One that only tunes `interval` and the like keeps the image's check,
 * which the file cannot show.
 */
export function healthchecked(service: Record<string, unknown>): boolean {
  const check = service.healthcheck;
  if (!isRecord(check) || check.disable === true) return false;
  const test = check.test;
  if (typeof test === 'string') return test.trim() !== '';
  return Array.isArray(test) && test.length > 0 && test[0] !== 'NONE';
}

/**
 * What healthcheck a service's container has when it runs, as far as the file and the Dockerfile
 * its image comes from tell: `file` (a `test` of its own), `image` (the image's HEALTHCHECK), or
 * none, with the reason; undefined when it cannot be known (an image from elsewhere).
 * A check the file turns off is `compose-healthy-dependency-without-check`'s first case and not
 * this function's: it answers for services whose file says nothing of the `test`.
 */
export type RuntimeCheck =
  | { kind: 'file' }
  | { kind: 'image'; image: ServiceImage }
  | { kind: 'none'; reason: 'official'; reference: string }
  | { kind: 'none'; reason: 'healthcheck-none'; image: ServiceImage; range: Range }
  | { kind: 'none'; reason: 'base'; image: ServiceImage; base: string; range: Range };

export function runtimeCheck(ctx: ComposeContext, service: Record<string, unknown>): RuntimeCheck | undefined {
  if (healthchecked(service)) return { kind: 'file' };
  const check = service.healthcheck;
  if (isRecord(check) && (check.disable === true || check.test !== undefined)) return undefined;
  const image = ctx.imageOfValue(service);
  if (image) {
    const found = image.facts.healthcheck;
    if (found?.kind === 'none') return { kind: 'none', reason: 'healthcheck-none', image, range: found.range };
    if (found) return { kind: 'image', image };
    const base = image.facts.base;
    if (base !== undefined && (base.toLowerCase() === 'scratch' || isKnownOfficialImage(base)))
      return { kind: 'none', reason: 'base', image, base, range: image.facts.from };
    return undefined;
  }
  const reference = service.image;
  if (service.build !== undefined || typeof reference !== 'string' || !isKnownOfficialImage(reference))
    return undefined;
  return { kind: 'none', reason: 'official', reference };
}

/** Whether the service turns its healthcheck off (`disable: true`, or a `test` list starting with `NONE`). */
export function healthcheckDisabled(service: Record<string, unknown>): boolean {
  const check = service.healthcheck;
  if (!isRecord(check)) return false;
  return check.disable === true || (Array.isArray(check.test) && check.test[0] === 'NONE');
}
