import {
  applyEdits,
  compatibleFixEdits,
  findRule,
  fixAll,
  lint,
  type LintResult,
  type Range,
} from '../../server/src/engine';
import { SEVERITIES } from '../../server/src/engine/types';
import { ParsedDockerfile } from '../../server/src/engine/dockerfile/context';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';
import { LineIndex } from '../../server/src/engine/text';

/**
 * The properties every input must satisfy, whatever its content. Each check throws an Error whose
 * message names the broken property, so fast-check reports it with the shrunk counterexample.
 */

export class InvariantError extends Error {}

function fail(message: string): never {
  throw new InvariantError(message);
}

/** A range is inside the document: real lines, columns within the line, start not after end. */
export function checkRange(index: LineIndex, range: Range, what: string): void {
  const { start, end } = range;
  for (const [name, p] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character))
      fail(`${what}: ${name} is not an integer position ${JSON.stringify(p)}`);
    if (p.line < 0 || p.line >= index.lineCount)
      fail(`${what}: ${name} line ${p.line} outside 0..${index.lineCount - 1}`);
    const length = index.lineEnd(p.line) - index.lineStart(p.line);
    if (p.character < 0 || p.character > length)
      fail(`${what}: ${name} character ${p.character} outside line ${p.line} of length ${length}`);
  }
  if (start.line > end.line || (start.line === end.line && start.character > end.character))
    fail(`${what}: start ${JSON.stringify(start)} is after end ${JSON.stringify(end)}`);
}

/** A `{name}` of the rule's own message templates left in a message (and not copied from the text). */
function unfilledPlaceholder(ruleId: string, message: string, text: string): string | undefined {
  const rule = findRule(ruleId);
  if (!rule) return undefined;
  for (const template of Object.values(rule.messages)) {
    for (const [placeholder] of `${template.en} ${template.ko}`.matchAll(/\{\w+\}/g)) {
      if (message.includes(placeholder) && !text.includes(placeholder)) return placeholder;
    }
  }
  return undefined;
}

/** Findings are well formed and lie inside the text they were computed for. */
export function checkResult(text: string, result: LintResult): void {
  if (result.internalErrors.length > 0) fail(`internal errors: ${result.internalErrors.join('; ')}`);
  const index = new LineIndex(text);
  for (const finding of result.findings) {
    const what = `finding ${finding.ruleId}`;
    if (!finding.ruleId || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(finding.ruleId)) fail(`${what}: bad rule id`);
    if (!SEVERITIES.includes(finding.severity)) fail(`${what}: bad severity ${finding.severity}`);
    if (typeof finding.message !== 'string' || finding.message.trim() === '') fail(`${what}: empty message`);
    const unfilled = unfilledPlaceholder(finding.ruleId, finding.message, text);
    if (unfilled) fail(`${what}: unfilled placeholder ${unfilled} in "${finding.message}"`);
    checkRange(index, finding.range, what);
    for (const edit of finding.fix?.edits ?? []) {
      checkRange(index, edit.range, `${what} fix edit`);
      if (typeof edit.newText !== 'string') fail(`${what}: fix edit without text`);
    }
  }
}

export interface CaseObserver {
  /** Told about every input before it is linted, so a watchdog can name the input of a hang. */
  onCase(text: string, uri: string): void;
  /** Told at once about a slow lint, before fast-check spends minutes shrinking slow inputs. */
  onSlow(text: string, uri: string, ms: number): void;
  /** A lint slower than this on fuzz-sized input is a bug (a catastrophic regex, a quadratic loop). */
  slowMs: number;
}
let observer: CaseObserver | undefined;
const DEFAULT_SLOW_MS = 2000;

export function observeCases(watcher: CaseObserver): void {
  observer = watcher;
}

/** Lints and checks; returns the result for further properties. */
export function lintChecked(text: string, uri: string): LintResult {
  observer?.onCase(text, uri);
  let result: LintResult;
  const started = performance.now();
  try {
    result = lint(text, uri);
  } catch (error) {
    fail(`lint threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const elapsed = performance.now() - started;
  if (elapsed > (observer?.slowMs ?? DEFAULT_SLOW_MS)) {
    observer?.onSlow(text, uri, elapsed);
    fail(`lint took ${Math.round(elapsed)} ms on ${text.length} characters`);
  }
  checkResult(text, result);
  return result;
}

const KEYWORDS = new Set(
  'ADD ARG CMD COPY ENTRYPOINT ENV EXPOSE FROM HEALTHCHECK LABEL MAINTAINER ONBUILD RUN SHELL STOPSIGNAL USER VOLUME WORKDIR'.split(
    ' ',
  ),
);
const EXEC_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL']);

/**
 * How broken a file is, by the parsers the engine uses; a fix must never make this worse. For a
 * Dockerfile: unknown instructions, exec-form arrays that are not JSON, shell commands that do not parse.
 */
export function parseDamage(text: string, kind: LintResult['kind']): number {
  if (kind === 'kubernetes') return parseYaml(text).problems.length;
  if (kind !== 'dockerfile') return 0;
  let file: ParsedDockerfile;
  try {
    file = new ParsedDockerfile(text);
  } catch (error) {
    fail(`Dockerfile no longer parses: ${String(error)}`);
  }
  let damage = 0;
  for (const instruction of file.instructions) {
    const keyword = instruction.getKeyword();
    if (!KEYWORDS.has(keyword)) damage++;
    const raw = instruction.getRawArgumentsContent()?.trim() ?? '';
    if (EXEC_FORM.has(keyword) && raw.startsWith('[')) {
      try {
        JSON.parse(raw.replace(/\\\r?\n/g, ''));
      } catch {
        damage++;
      }
    } else if (keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT') {
      if (file.shellOf(instruction)?.ok === false) damage++;
    }
  }
  return damage;
}

/**
 * Fixing is idempotent (fixAll on its own output changes nothing), a fixed file is still linted
 * cleanly (no throw, ranges inside) and no fix makes the file harder to parse.
 */
export function checkFixes(text: string, uri: string, result: LintResult): void {
  if (!result.findings.some((f) => f.fix)) return;
  const once = fixAll(text, (t) => lintChecked(t, uri).findings);
  // fixAll(once) === once exactly when its first pass changes nothing, so one more lint decides it.
  const after = lintChecked(once.text, uri);
  const twice = applyEdits(once.text, compatibleFixEdits(after.findings));
  if (twice !== once.text) {
    fail(`fixAll is not idempotent:\n--- once ---\n${once.text}\n--- twice ---\n${twice}`);
  }
  if (after.kind !== result.kind) fail(`a fix changed the file kind from ${result.kind} to ${after.kind}`);
  const before = parseDamage(text, result.kind);
  const damage = parseDamage(once.text, result.kind);
  if (damage > before) {
    fail(`fixes added parse errors (${before} -> ${damage}):\n--- before ---\n${text}\n--- after ---\n${once.text}`);
  }
}

/** Every property at once: the usual body of a fuzz case. */
export function checkAll(text: string, uri: string): LintResult {
  const result = lintChecked(text, uri);
  checkFixes(text, uri, result);
  return result;
}
