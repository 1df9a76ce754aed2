import path from 'node:path';
import {
  applyEdits,
  compatibleFixEdits,
  DEFAULT_CONFIG,
  findRule,
  fixAll,
  lint,
  mergeConfig,
  type Config,
  type LintResult,
  type Range,
} from '../../server/src/engine';
import { SEVERITIES } from '../../server/src/engine/types';
import type { BuildContext } from '../../server/src/engine/dockerfile/build-context';
import type { LintOptions } from '../../server/src/engine/lint';
import { renderHelmTemplate, type HelmTemplate } from '../../server/src/helm/lint-template';
import type { HelmValuesFile } from '../../server/src/helm/lint-values';
import { ParsedDockerfile } from '../../server/src/engine/dockerfile/context';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';
import { indexObject } from '../../server/src/engine/kubernetes/facts';
import { readIndexedObjects } from '../../server/src/engine/kubernetes/index-reading';
import type { ManifestWorkspace } from '../../server/src/schema/workspace-index';
import { isComposeFileName } from '../../server/src/engine/compose/file-names';
import { chartBeside, composeSurroundingsBeside, fixtureWorkspace, kustomizationBeside } from '../rules/support';
import { candidateKind } from '../../server/src/engine/detect';
import { lineLengths, outsideText } from '../support/utf16';

/**
 * The properties every input must satisfy, whatever its content. Each check throws an Error whose
 * message names the broken property, so fast-check reports it with the shrunk counterexample.
 */

export class InvariantError extends Error {}

function fail(message: string): never {
  throw new InvariantError(message);
}

/**
 * A range is inside the document: integer positions on real lines, columns within the line in
 * UTF-16 units (counted by test/support/utf16.ts, not by the engine), start not after end.
 */
export function checkRange(lengths: readonly number[], range: Range, what: string): void {
  for (const [name, p] of [
    ['start', range.start],
    ['end', range.end],
  ] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character))
      fail(`${what}: ${name} is not an integer position ${JSON.stringify(p)}`);
  }
  const problem = outsideText(lengths, range);
  if (problem) fail(`${what}: ${problem}`);
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
  const lengths = lineLengths(text);
  for (const finding of result.findings) {
    const what = `finding ${finding.ruleId}`;
    if (!finding.ruleId || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(finding.ruleId)) fail(`${what}: bad rule id`);
    if (!SEVERITIES.includes(finding.severity)) fail(`${what}: bad severity ${finding.severity}`);
    if (typeof finding.message !== 'string' || finding.message.trim() === '') fail(`${what}: empty message`);
    const unfilled = unfilledPlaceholder(finding.ruleId, finding.message, text);
    if (unfilled) fail(`${what}: unfilled placeholder ${unfilled} in "${finding.message}"`);
    checkRange(lengths, finding.range, what);
    for (const edit of finding.fix?.edits ?? []) {
      checkRange(lengths, edit.range, `${what} fix edit`);
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

/** Rules that fired, and rules whose fix was applied, in the cases run so far by this thread. */
export interface Coverage {
  fired: string[];
  fixed: string[];
}
const fired = new Set<string>();
const fixed = new Set<string>();

export function coverage(): Coverage {
  return { fired: [...fired].sort(), fixed: [...fixed].sort() };
}

/** Settings per seed config, merged once: most seeds share the defaults. */
const configs = new WeakMap<Partial<Config>, Config>();
function configFor(settings: Partial<Config> | undefined): Config | undefined {
  if (!settings) return undefined;
  let config = configs.get(settings);
  if (!config) configs.set(settings, (config = mergeConfig(settings)));
  return config;
}

/** What a case is linted with besides its text: a rule fixture's settings and build context. */
export interface LintSetup {
  config?: Partial<Config>;
  buildContext?: BuildContext;
  /** Other files of the workspace, by name beside a rule fixture (`fixtureWorkspace`). */
  files?: Readonly<Record<string, string>>;
  /** The rule whose fixture the case grew from: its fix is also applied alone and checked. */
  rule?: string;
  /** The chart of a Helm template, which is then linted as rendered with it. */
  helmTemplate?: HelmTemplate;
  /** For a chart's values.yaml, the templates that read it. */
  helmValues?: HelmValuesFile;
}

/** A fixture's other files as a workspace, made once per set of files. */
const workspaces = new WeakMap<Readonly<Record<string, string>>, ManifestWorkspace | undefined>();
export function workspaceOf(files: Readonly<Record<string, string>> | undefined): ManifestWorkspace | undefined {
  if (!files) return undefined;
  if (!workspaces.has(files)) workspaces.set(files, fixtureWorkspace({ files }));
  return workspaces.get(files);
}

/** The lint options a case's setup stands for: its build context, other files, chart. */
export function setupOptions(text: string, uri: string, setup: LintSetup): LintOptions {
  // A Compose file or a kustomization is in the index as typed, as in the editor, so a Compose
  // file's include: and extends are followed and what a kustomization builds is known.
  const workspace =
    setup.files && (isComposeFileName(path.basename(uri)) || candidateKind(uri) === 'kustomization')
      ? fixtureWorkspace({ files: setup.files }, { uri, text })
      : workspaceOf(setup.files);
  // A Chart.yaml (or requirements.yaml) fixture's other files are its chart's folder (values.yaml, charts/).
  const chartFile = uri.endsWith('/Chart.yaml') || (uri.endsWith('/requirements.yaml') && setup.files?.['Chart.yaml']);
  const helmChart = setup.files && chartFile ? chartBeside(uri, text, setup.files) : undefined;
  // A kustomization fixture's other files are the paths it names.
  const kustomizationSurroundings =
    setup.files && candidateKind(uri) === 'kustomization' ? kustomizationBeside(uri, text, setup.files) : undefined;
  // A Compose fixture's other files are the paths it names, from the fixture's folder.
  const composeSurroundings = setup.files ? composeSurroundingsBeside(uri, text, setup.files, '/fixture/') : undefined;
  return {
    ...(kustomizationSurroundings ? { kustomizationSurroundings } : {}),
    ...(composeSurroundings ? { composeSurroundings } : {}),
    ...(setup.buildContext ? { buildContext: setup.buildContext } : {}),
    ...(workspace ? { workspace } : {}),
    ...(setup.helmTemplate ? { helmTemplate: setup.helmTemplate } : {}),
    ...(setup.helmValues ? { helmValues: setup.helmValues } : {}),
    ...(helmChart ? { helmChart } : {}),
  };
}

/** Lints and checks; returns the result for further properties. */
export function lintChecked(text: string, uri: string, setup: LintSetup = {}): LintResult {
  const config = configFor(setup.config);
  const options = setupOptions(text, uri, setup);
  observer?.onCase(text, uri);
  let result: LintResult;
  const started = performance.now();
  try {
    result = lint(text, uri, config, options);
  } catch (error) {
    fail(`lint threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const slowMs = observer?.slowMs ?? DEFAULT_SLOW_MS;
  if (performance.now() - started > slowMs) {
    // The first input of a kind compiles its schema validator; only a lint that is slow again is a bug.
    const again = performance.now();
    lint(text, uri, config, options);
    const elapsed = performance.now() - again;
    if (elapsed > slowMs) {
      observer?.onSlow(text, uri, elapsed);
      fail(`lint took ${Math.round(elapsed)} ms on ${text.length} characters`);
    }
  }
  checkResult(text, result);
  for (const finding of result.findings) fired.add(finding.ruleId);
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
/** The damage of a template that no longer renders: more than any parse of its output. */
const UNRENDERABLE = 1_000_000;

export function parseDamage(text: string, kind: LintResult['kind'], setup: LintSetup = {}): number {
  if (kind === 'kubernetes' && setup.helmTemplate) {
    // A template is YAML once rendered: the damage is the output's.
    const rendered = renderHelmTemplate(text, setup.helmTemplate, configFor(setup.config) ?? DEFAULT_CONFIG);
    return rendered.ok ? parseYaml(rendered.text).problems.length : UNRENDERABLE;
  }
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
export function checkFixes(text: string, uri: string, result: LintResult, setup: LintSetup = {}): void {
  if (!result.findings.some((f) => f.fix)) return;
  noteAppliedFixes(text, result);
  const once = fixAll(text, (t) => lintChecked(t, uri, setup).findings);
  // fixAll(once) === once exactly when its first pass changes nothing, so one more lint decides it.
  const after = lintChecked(once.text, uri, setup);
  const twice = applyEdits(once.text, compatibleFixEdits(after.findings));
  if (twice !== once.text) {
    fail(`fixAll is not idempotent:\n--- once ---\n${once.text}\n--- twice ---\n${twice}`);
  }
  if (after.kind !== result.kind) fail(`a fix changed the file kind from ${result.kind} to ${after.kind}`);
  const before = parseDamage(text, result.kind, setup);
  const damage = parseDamage(once.text, result.kind, setup);
  if (damage > before) {
    fail(`fixes added parse errors (${before} -> ${damage}):\n--- before ---\n${text}\n--- after ---\n${once.text}`);
  }
  checkOwnFix(text, uri, result, setup, before);
}

/**
 * The fix of the rule a case grew from, applied alone, as a user applies one quick fix: fixAll may
 * never reach it, because another rule's fix wins the same place first.
 */
function checkOwnFix(text: string, uri: string, result: LintResult, setup: LintSetup, before: number): void {
  const own = result.findings.find((f) => f.ruleId === setup.rule && f.fix);
  if (!own?.fix) return;
  const alone = applyEdits(text, own.fix.edits);
  if (alone === text) return;
  const relinted = lintChecked(alone, uri, setup);
  if (relinted.kind !== result.kind) fail(`the ${own.ruleId} fix changed the file kind`);
  const damage = parseDamage(alone, result.kind, setup);
  if (damage > before) {
    fail(
      `the ${own.ruleId} fix added parse errors (${before} -> ${damage}):\n--- before ---\n${text}\n--- after ---\n${alone}`,
    );
  }
  fixed.add(own.ruleId);
}

/** Notes the rules whose fix fixAll's first pass takes and that change the text. */
function noteAppliedFixes(text: string, result: LintResult): void {
  const chosen = new Set(compatibleFixEdits(result.findings));
  for (const finding of result.findings) {
    const edits = finding.fix?.edits;
    if (!edits || fixed.has(finding.ruleId) || !edits.every((edit) => chosen.has(edit))) continue;
    if (applyEdits(text, edits) !== text) fixed.add(finding.ruleId);
  }
}

/** Every property at once: the usual body of a fuzz case. */
export function checkAll(text: string, uri: string, setup: LintSetup = {}): LintResult {
  const result = lintChecked(text, uri, setup);
  checkFixes(text, uri, result, setup);
  if (result.kind === 'kubernetes') checkIndexReading(text, uri);
  return result;
}

/** The workspace index reads a file it will not lint from plain values: the objects must be the parse's. */
export function checkIndexReading(text: string, uri: string): void {
  const read = readIndexedObjects(uri, text);
  if (!read) return;
  const parsed = parseYaml(text);
  const expected = JSON.stringify(parsed.objects.map((object) => indexObject(object, uri, parsed.index)));
  const actual = JSON.stringify(read);
  if (actual !== expected) fail(`the index's reading differs from the parse:\n${actual}\nparse:\n${expected}`);
}
