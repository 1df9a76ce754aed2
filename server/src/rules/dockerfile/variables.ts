/**
 * Build arguments and environment variables as the Dockerfile frontend expands them in
 * instructions other than RUN (whose shell expands its own): which names are in scope where,
 * and where a text refers to them.
 */
import type { Arg, Env, Instruction } from 'dockerfile-ast';
import type { ParsedDockerfile, Stage } from '../../engine/dockerfile/context';
import { stageChain } from './stages';

/** One `$NAME` or `${NAME…}` in a text, with offsets into that text. */
export interface VariableReference {
  name: string;
  /** Offset of the `$`. */
  start: number;
  /** Offset just past the reference. */
  end: number;
  /** Offset of the name itself. */
  nameStart: number;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?` when the braced form has one. */
  operator: string | undefined;
  /** The word after the operator. */
  word: string | undefined;
}

/**
 * The references a Dockerfile word expands: not inside single quotes, not escaped with the
 * escape character. Nested defaults (`${A:-${B}}`) report both names.
 */
export function variableReferences(text: string, escape = '\\'): VariableReference[] {
  const found: VariableReference[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === escape) {
      i++;
      continue;
    }
    if (char === "'") quoted = !quoted;
    if (quoted || char !== '$') continue;
    const braced = text[i + 1] === '{';
    const nameStart = i + (braced ? 2 : 1);
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(nameStart))?.[0];
    if (!name) continue;
    if (!braced) {
      found.push({ name, start: i, end: nameStart + name.length, nameStart, operator: undefined, word: undefined });
      continue;
    }
    const close = matchingBrace(text, i + 1);
    if (close < 0) continue;
    const rest = text.slice(nameStart + name.length, close);
    const operator = /^(:?[-+?])/.exec(rest)?.[1];
    const word = operator ? rest.slice(operator.length) : undefined;
    found.push({ name, start: i, end: close + 1, nameStart, operator, word });
    if (word) {
      const offset = nameStart + name.length + (operator?.length ?? 0);
      for (const inner of variableReferences(word, escape))
        found.push({
          ...inner,
          start: inner.start + offset,
          end: inner.end + offset,
          nameStart: inner.nameStart + offset,
        });
    }
    i = close;
  }
  return found;
}

/** The index of the `}` closing the `{` at `open`, or -1 when it is never closed. */
export function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Build arguments the builder defines itself; FROM lines may use them without declaring them. */
export const AUTOMATIC_PLATFORM_ARGS: ReadonlySet<string> = new Set([
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE',
]);

/** Predefined arguments that need no ARG anywhere (the proxy settings, reproducible builds, BuildKit's own). */
export const PREDEFINED_ARGS: ReadonlySet<string> = new Set([
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
  'SOURCE_DATE_EPOCH',
]);

/** The names an ENV or ARG instruction defines. */
export function definedNames(instruction: Instruction): string[] {
  const keyword = instruction.getKeyword();
  if (keyword === 'ENV') return (instruction as Env).getProperties().map((p) => p.getName());
  if (keyword === 'ARG') return (instruction as Arg).getProperties().map((p) => p.getName());
  return [];
}

/**
 * The variables an instruction of `stage` can expand: the stage's own ARG and ENV before it, and
 * those of the stages it builds on (BuildKit carries both into `FROM <stage>`). Global ARGs count
 * only where a stage declares them again.
 */
export function namesInScope(file: ParsedDockerfile, stage: Stage, at: Instruction): Set<string> {
  const names = new Set<string>();
  const [own, ...parents] = stageChain(file, stage);
  for (const parent of parents)
    for (const instruction of parent.instructions) definedNames(instruction).forEach((n) => names.add(n));
  const line = at.getRange().start.line;
  for (const instruction of own?.instructions ?? []) {
    if (instruction.getRange().start.line >= line) break;
    definedNames(instruction).forEach((n) => names.add(n));
  }
  return names;
}

/** Whether a stage (or one it builds on) pulls an image that may define environment variables of its own. */
export function startsFromImage(file: ParsedDockerfile, stage: Stage): boolean {
  const chain = stageChain(file, stage);
  const root = chain[chain.length - 1];
  return (root?.from.getImage() ?? '').toLowerCase() !== 'scratch';
}

/**
 * The candidate `name` is most likely a slip of: one edit away (two for long names), where
 * swapping two neighbouring letters counts as one edit (`PAHT` for `PATH`).
 */
export function likelyTypoOf(name: string, candidates: Iterable<string>): string | undefined {
  const limit = name.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) return undefined;
    const distance = transpositionDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= limit ? best : undefined;
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
function transpositionDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = value;
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}
