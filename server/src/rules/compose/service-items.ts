import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ComposeContext } from '../../engine/compose/context';
import type { ComposeService } from '../../engine/compose/parse';
import type { Range } from '../../engine/types';

/**
 * The entries of a service's lists and maps (`ports`, `volumes`, `cap_add`, `environment`) as
 * Compose reads them, each with where it is written. An entry merged in from an anchor or written
 * through an alias has no node of its own in this service: its finding goes where the service
 * refers to it, and no fix edits the anchor that other services share.
 */
export interface ServiceItem {
  value: unknown;
  /** The entry as written in this service, for edits; undefined when it comes from an anchor. */
  node: Node | undefined;
  range: Range;
}

/** The items of a list-valued key of the service, in order. */
export function listItems(ctx: ComposeContext, service: ComposeService, key: string): ServiceItem[] {
  const plain = service.value[key];
  if (!Array.isArray(plain)) return [];
  const written = service.node?.get(key, true);
  const seq = isSeq(written) && written.items.length === plain.length ? written : undefined;
  return plain.map((value: unknown, i) => {
    const item = seq?.items[i] as Node | undefined;
    if (item && !isAlias(item) && item.range) return { value, node: item, range: ctx.rangeOf(item) };
    if (item?.range) return { value, node: undefined, range: ctx.rangeOf(item) };
    return { value, node: undefined, range: ctx.valueRange(service, key) };
  });
}

export interface EnvironmentEntry {
  name: string;
  /** The value as Compose reads it; null for a name alone (`- DEBUG`, `DEBUG:`), which passes the shell's on. */
  value: string | number | boolean | null;
  range: Range;
}

/**
 * An entry's value as text for Compose to fill in: a name alone takes the shell's value, else the
 * environment files', as `${NAME}` would.
 */
export const entryText = (entry: EnvironmentEntry): string =>
  entry.value === null ? `\${${entry.name}}` : String(entry.value);

/** The service's `environment`, map form (`KEY: value`) or list form (`- KEY=value`) alike. */
export function environmentEntries(ctx: ComposeContext, service: ComposeService): EnvironmentEntry[] {
  const plain = service.value.environment;
  if (Array.isArray(plain)) {
    return listItems(ctx, service, 'environment').flatMap((item): EnvironmentEntry[] => {
      if (typeof item.value !== 'string') return [];
      const equals = item.value.indexOf('=');
      if (equals < 0) return [{ name: item.value, value: null, range: item.range }];
      return [{ name: item.value.slice(0, equals), value: item.value.slice(equals + 1), range: item.range }];
    });
  }
  if (!plain || typeof plain !== 'object') return [];
  const written = service.node?.get('environment', true);
  const map = isMap(written) ? written : undefined;
  return Object.entries(plain as Record<string, unknown>).flatMap(([name, value]) => {
    if (value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
      return [];
    const pair = map?.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
    // A name alone (`DEBUG:`) is marked at its name: its empty value has no width.
    const node = (value === null ? pair?.key : (pair?.value ?? pair?.key)) as Node | null | undefined;
    const range = node?.range ? ctx.rangeOf(node) : ctx.valueRange(service, 'environment');
    return [{ name, value, range }];
  });
}
