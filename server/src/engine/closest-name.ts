/**
 * Names that look like a typo of another: the suggestion a cross-file rule makes when a reference
 * names nothing ("db-secret" missing, "db-secrets" defined).
 */
import { withinEditDistance } from './edit-distance';

/** Close but different names (`web` and `web-frontend`, `backend` and `backned`) suggest a typo. */
export function looksLikeTypo(wanted: string, actual: string | undefined): boolean {
  if (actual === undefined || actual === wanted) return false;
  if (wanted.length >= 3 && actual.length >= 3 && (wanted.includes(actual) || actual.includes(wanted))) return true;
  return isMisspelling(wanted, actual);
}

/**
 * A name one or two edits from another (`backned`, `backend`): a slip of the keyboard, where a name
 * that only holds the other (`calico`, `calico-cpva`) may well be another object on purpose.
 */
export function isMisspelling(wanted: string, actual: string): boolean {
  return actual !== wanted && withinEditDistance(wanted, actual, Math.max(wanted.length, actual.length) <= 5 ? 1 : 2);
}

/**
 * The near name a rename fix may write: only a misspelling of the wanted one. A name that merely
 * holds it (`web`, `web-frontend`; `password`, `postgres-password`) may be another object, key or
 * port on purpose, with other data, permissions or traffic; the message still names it.
 */
export function renameTarget(wanted: string, near: string | undefined): string | undefined {
  return near !== undefined && isMisspelling(wanted, near) ? near : undefined;
}

/**
 * The one name among `names` that looks like a typo of `wanted`; none when several do, so the
 * search stops at the second (in a repository of thousands of similar names, most do).
 */
export function closestName(wanted: string, names: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const name of names) {
    if (name === found || !looksLikeTypo(wanted, name)) continue;
    if (found !== undefined) return undefined;
    found = name;
  }
  return found;
}

const namesOfLists = new WeakMap<readonly { name?: string | undefined }[], string[]>();

/**
 * The object of `list` whose name looks like a typo of `wanted` (closestName), and that name. The
 * names of a list are gathered once: the inventory keeps its lists for the whole lint, and a file
 * with many missing references asked for them again for each.
 */
export function closestObject<T extends { name?: string | undefined }>(
  wanted: string,
  list: readonly T[],
): { name: string; object: T } | undefined {
  let names = namesOfLists.get(list);
  if (!names) namesOfLists.set(list, (names = list.flatMap((object) => (object.name ? [object.name] : []))));
  const name = closestName(wanted, names);
  const object = name === undefined ? undefined : list.find((candidate) => candidate.name === name);
  return name === undefined || object === undefined ? undefined : { name, object };
}

/** The most edits looksLikeTypo allows. */
const MAX_EDITS = 2;
/**
 * An edit breaks at most one piece of a name cut in pieces, a swap of neighbours at most two: a
 * name within MAX_EDITS of another still holds one of the other's 2 × MAX_EDITS + 1 pieces whole.
 */
const PIECES = 2 * MAX_EDITS + 1;
/** Joins names for substring searches; an index with a name that holds it compares every name. */
const SEPARATOR = '\u0000';

/** Names joined for substring searches, with where each starts. */
class Joined {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(private readonly names: readonly string[]) {
    let at = 1;
    for (const name of names) {
      this.starts.push(at);
      at += name.length + 1;
    }
    this.text = `${SEPARATOR}${names.join(SEPARATOR)}${SEPARATOR}`;
  }

  /** Each name that holds `part` (which holds no separator), once per place it holds it. */
  *holding(part: string): Generator<string> {
    for (let at = this.text.indexOf(part); at >= 0; at = this.text.indexOf(part, at + 1)) yield this.nameAt(at);
  }

  private nameAt(at: number): string {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    return this.names[low] as string;
  }
}

/**
 * Distinct names arranged so that a typo search compares only those that could be one: names of
 * about the wanted length that hold one of its pieces, longer names that hold it, and the shorter
 * names it holds. A repository's missing references each compared with every name of their kind
 * nearby (a 50,000-object lint: 1,500 references against 1,300 names each); built once for the
 * names of many lints, the index finds the few worth comparing.
 */
export class NameIndex {
  private readonly known: Set<string>;
  private readonly all: Joined | undefined;
  private readonly byLength = new Map<number, Joined>();

  constructor(names: Iterable<string>) {
    this.known = new Set(names);
    const distinct = [...this.known];
    if (distinct.some((name) => name.includes(SEPARATOR))) {
      this.all = undefined;
      return;
    }
    this.all = new Joined(distinct);
    const groups = new Map<number, string[]>();
    for (const name of distinct) {
      const group = groups.get(name.length);
      if (group) group.push(name);
      else groups.set(name.length, [name]);
    }
    for (const [length, group] of groups) this.byLength.set(length, new Joined(group));
  }

  /**
   * The distinct names that `accept`s and that look like a typo of `wanted`, stopping at the
   * second (a caller that wants the one such name has no answer past it).
   */
  typoLike(wanted: string, accept: (name: string) => boolean): string[] {
    const found: string[] = [];
    const judged = new Set<string>();
    const consider = (name: string): boolean => {
      if (!judged.has(name)) {
        judged.add(name);
        if (looksLikeTypo(wanted, name) && accept(name)) found.push(name);
      }
      return found.length > 1;
    };
    if (this.all === undefined || wanted.length < PIECES || wanted.includes(SEPARATOR)) {
      for (const name of this.known) if (consider(name)) break;
      return found;
    }
    // Within a few edits: about as long, and holding one of the pieces whole.
    const piece = Math.floor(wanted.length / PIECES);
    for (let length = wanted.length - MAX_EDITS; length <= wanted.length + MAX_EDITS; length++) {
      const group = this.byLength.get(length);
      if (!group) continue;
      for (let p = 0; p < PIECES; p++) {
        const part = wanted.slice(p * piece, p === PIECES - 1 ? wanted.length : (p + 1) * piece);
        for (const name of group.holding(part)) if (consider(name)) return found;
      }
    }
    // A longer name that holds the wanted one.
    for (const name of this.all.holding(wanted)) if (consider(name)) return found;
    // A shorter name, of three characters or more, that the wanted one holds.
    for (let length = 3; length < wanted.length; length++) {
      for (let start = 0; start + length <= wanted.length; start++) {
        const part = wanted.slice(start, start + length);
        if (this.known.has(part) && consider(part)) return found;
      }
    }
    return found;
  }
}
