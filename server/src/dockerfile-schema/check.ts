/**
 * Checks one instruction: its object against the schema (through the compiled validator), then
 * what a schema cannot see — an exec form that is not JSON, mount values whose quoting is broken,
 * and quotes or `${…}` the builder will fail to expand. Ajv's errors become issues placed on the
 * exact flag, option or argument, with the nearest valid name where one is close ("did you mean").
 * Issues of a logical line depend on nothing else, so an unchanged instruction is never checked twice.
 */
import type { ErrorObject } from 'ajv';
import { dockerfileValidator } from './compile';
import { flagIssues } from './flag-issues';
import { closest, type SyntaxIssue } from './issues';
import { lexWord } from './lex';
import { jsonTrouble } from './json-trouble';
import { instructionModel, locate, type InstructionModel } from './model';
import { instructionNames, instructionSchema, type DockerfileSchemaNode } from './schema';
import { parseJsonArray, type Span } from './split';

export type { IssueCode, SyntaxIssue } from './issues';

/** What the file-level checks need to know of an instruction, besides its issues. */
export interface CheckedInstruction {
  keyword: string;
  keywordSpan: Span;
  known: boolean;
  issues: SyntaxIssue[];
  /** FROM: the image and the stage name, as written. */
  image?: { text: string; span: Span };
  stage?: { text: string; span: Span };
  /** WORKDIR: the path as written. */
  workdir?: string;
  /** RUN: its mounts, whose targets only make sense against the working directory. */
  mounts?: MountSketch[];
}

/** One `--mount` of a RUN, as far as where it lands goes. */
export interface MountSketch {
  /** Lower-case; `bind` when not given. */
  type: string;
  /** The value of target (or dst, destination), when given. */
  target?: { text: string; span: Span };
  /** The whole value of the flag. */
  span: Span;
  /** Whether the mount already has an issue of its own: one mistake at a time. */
  faulty: boolean;
}

/** The cache holds at most this many characters of instruction text: typing in a huge line must not pile up copies. */
const CACHE_CHARS = 2_000_000;
const ISSUES_PER_INSTRUCTION = 20;
const cache = new Map<string, CheckedInstruction>();
let cachedChars = 0;

/** The issues of one logical line (positions in that line), remembered while the line is unchanged. */
export function checkInstruction(line: string, escape: string): CheckedInstruction {
  const key = `${escape}\u0000${line}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const model = instructionModel(line, escape);
  const found: SyntaxIssue[] = [];
  checkModel(model, escape, found);
  for (const issue of found) if (issue.code === 'unknown-instruction') dropFixThatStaysBroken(issue, line, escape);
  // A line of garbage can hold a problem in every word; the first ones say enough.
  const issues = found.slice(0, ISSUES_PER_INSTRUCTION);
  const args = model.object.arguments;
  const argument = (i: number) => {
    const text = Array.isArray(args) ? args[i] : undefined;
    const location = locate(model, `/arguments/${i}`);
    return typeof text === 'string' && location ? { text, span: location.value } : undefined;
  };
  const checked: CheckedInstruction = {
    keyword: model.keyword,
    keywordSpan: model.keywordSpan,
    known: instructionSchema(model.keyword) !== undefined,
    issues,
  };
  if (model.keyword === 'FROM') {
    checked.image = argument(0);
    checked.stage = Array.isArray(args) && args.length === 3 ? argument(2) : undefined;
  }
  if (model.keyword === 'WORKDIR') checked.workdir = argument(0)?.text;
  if (model.keyword === 'RUN') checked.mounts = mountSketches(model, found);
  if (key.length <= CACHE_CHARS / 8) {
    cache.set(key, checked);
    cachedChars += key.length;
    for (const oldest of cache.keys()) {
      if (cachedChars <= CACHE_CHARS) break;
      cache.delete(oldest);
      cachedChars -= oldest.length;
    }
  }
  return checked;
}

const TARGET_KEYS = new Set(['target', 'dst', 'destination']);

function mountSketches(model: InstructionModel, issues: readonly SyntaxIssue[]): MountSketch[] {
  const mounts = (model.object.flags as Record<string, unknown[]> | undefined)?.mount ?? [];
  const sketches: MountSketch[] = [];
  mounts.forEach((mount, i) => {
    const span = model.locations.get(`/flags/mount/${i}`)?.value;
    if (!span || mount === null || typeof mount !== 'object') return;
    const options = mount as Record<string, string | null>;
    const type = typeof options.type === 'string' ? options.type : 'bind';
    // BuildKit reads the options in order, so the last of target, dst and destination wins.
    const key = Object.keys(options)
      .filter((name) => TARGET_KEYS.has(name) && typeof options[name] === 'string')
      .pop();
    const targetSpan = key ? model.locations.get(`/flags/mount/${i}/${key}`)?.value : undefined;
    const faulty =
      model.brokenMounts.some((b) => b.start === span.start) ||
      issues.some((issue) => issue.span.start >= span.start && issue.span.end <= span.end);
    sketches.push({
      type,
      ...(key && targetSpan ? { target: { text: String(options[key]), span: targetSpan } } : {}),
      span,
      faulty,
    });
  });
  return sketches;
}

/**
 * "Did you mean FROM?" is only a fix when the line it writes is a valid instruction: `rom AS "x" (y)`
 * turned into a FROM would be a broken FROM, and a new stage that resets the SHELL of every
 * instruction after it. The suggestion stays in the message.
 */
function dropFixThatStaysBroken(issue: SyntaxIssue, line: string, escape: string): void {
  if (!issue.fix) return;
  const fixed = line.slice(0, issue.fix.span.start) + issue.fix.text + line.slice(issue.fix.span.end);
  if (checkInstruction(fixed, escape).issues.some((other) => !other.warning)) delete issue.fix;
}

/** Instructions ONBUILD may not store. */
const NOT_TRIGGERS = ['ONBUILD', 'FROM', 'MAINTAINER'];

function checkModel(model: InstructionModel, escape: string, issues: SyntaxIssue[], trigger = false): void {
  const validate = dockerfileValidator(model.keyword);
  if (!validate) {
    const names = instructionNames().filter((name) => !trigger || !NOT_TRIGGERS.includes(name));
    const nearestName = closest(model.keyword, names);
    // The fix keeps the file's casing: `form` becomes `from`.
    const suggestion = model.written === model.written.toLowerCase() ? nearestName?.toLowerCase() : nearestName;
    issues.push({
      code: 'unknown-instruction',
      span: model.keywordSpan,
      data: { name: model.keyword, ...(suggestion ? { suggestion } : {}) },
      ...(suggestion ? { fix: { span: model.keywordSpan, text: suggestion } } : {}),
    });
    return;
  }
  validate(model.object);
  // A mount whose options cannot be read has no options to complain about.
  const inBrokenMount = (span: Span) => model.brokenMounts.some((m) => span.start >= m.start && span.end <= m.end);
  for (const issue of schemaIssues(model, validate.errors ?? [])) if (!inBrokenMount(issue.span)) issues.push(issue);
  if (model.brokenJson) issues.push(notJson(model, model.brokenJson));
  for (const span of model.brokenMounts) issues.push({ code: 'mount-quoting', span, data: {} });
  const splitAtBlanks = model.object.form === 'shell' && ['ADD', 'COPY', 'VOLUME'].includes(model.keyword);
  for (const word of model.expanded) {
    const problem = lexWord(word.text, escape);
    if (!problem) continue;
    const span = { start: word.span.start + problem.start, end: word.span.start + problem.end };
    // `COPY "my file" /app/`: the words were split at the blank before any quote was read.
    const code = splitAtBlanks && problem.code === 'unterminated-quote' ? 'split-quote' : problem.code;
    issues.push({ code, span, data: { keyword: model.keyword, modifier: problem.detail ?? '' } });
  }
  const stored = model.trigger;
  if (stored && !NOT_TRIGGERS.includes(stored.keyword)) checkModel(stored, escape, issues, true);
}

/**
 * Says why the arguments are not the JSON array they look like. Only quotes can be mended without
 * a guess: `CMD ['node', 'app.js']` with each single-quoted string double-quoted.
 */
function notJson(model: InstructionModel, span: Span): SyntaxIssue {
  const trouble = jsonTrouble(model.args.text, model.args.span.start);
  const data = { keyword: model.keyword };
  switch (trouble.reason) {
    case 'quotes':
      return { code: 'not-json', span, data, ...quotesFix(model.args.text, span) };
    case 'escape':
      return { code: 'json-escape', span: trouble.span, data: { ...data, escape: trouble.escape } };
    case 'control':
      return { code: 'json-control', span: trouble.span, data };
    case 'string':
      return { code: 'json-open-string', span: trouble.span, data };
    case 'bracket':
      return { code: 'json-open-array', span, data };
    case 'other':
      return { code: 'json-malformed', span, data };
    case 'trailing': {
      // A comment keeps its words on a line of its own; other text is for the author to place.
      const comment = trouble.text.startsWith('#');
      const fix = {
        span: { start: trouble.close, end: trouble.span.end },
        text: '',
        above: { at: 0, text: trouble.text },
      };
      return {
        code: 'json-trailing',
        span: trouble.span,
        data: { ...data, text: trouble.text },
        ...(comment ? { fix } : {}),
      };
    }
  }
}

function quotesFix(written: string, span: Span): Pick<SyntaxIssue, 'fix'> {
  const converted = written
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/'((?:[^'\\]|\\.)*)'/g, (_whole, inner: string) => JSON.stringify(inner.replace(/\\'/g, "'")));
  const json = parseJsonArray(converted);
  const fixable =
    json && json.items.every((item) => typeof item.value === 'string') && converted.trimEnd().endsWith(']');
  return fixable ? { fix: { span, text: converted } } : {};
}

/** Where an error points, split into segments. */
function segments(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Ajv's errors about one object become issues: one per spot, the most telling error for each. */
function schemaIssues(model: InstructionModel, errors: readonly ErrorObject[]): SyntaxIssue[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const ignoredFlags = errors.some((e) => e.keyword === 'maxProperties' && e.instancePath === '/flags');
  const issues: SyntaxIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (anyOfPaths.has(error.instancePath) && ['required', 'enum', 'pattern', 'type', 'const'].includes(error.keyword))
      continue;
    if (ignoredFlags && error.instancePath.startsWith('/flags') && error.keyword !== 'maxProperties') continue;
    for (const issue of issuesOf(model, error)) {
      const key = `${issue.code}@${issue.span.start}:${issue.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(issue);
    }
  }
  // A misspelt option (`traget=`) is the one mistake: the mount does not lack a target as well.
  const misspelt = issues.filter((i) => i.code === 'unknown-mount-option' && i.fix);
  return issues.filter(
    (issue) =>
      issue.code !== 'secret-needs-id' ||
      !misspelt.some((m) => m.span.start >= issue.span.start && m.span.end <= issue.span.end),
  );
}

function issuesOf(model: InstructionModel, error: ErrorObject): SyntaxIssue[] {
  const path = segments(error.instancePath);
  const located = locate(model, error.instancePath);
  const whole = located?.value ?? model.args.span;
  const schema = error.parentSchema as DockerfileSchemaNode | undefined;
  const keyword = model.keyword;
  const [root, name, index] = path;

  if (root === 'flags') return flagIssues(model, error, path);
  if (error.keyword !== 'required' && error.data === null && located?.key) {
    return [{ code: 'mount-option-needs-value', span: located.key, data: { option: name ?? '' } }];
  }
  switch (root) {
    case undefined:
      return [missingArguments(model)];
    case 'arguments': {
      if (name === undefined) return argumentCount(model, error, schema);
      if (index === 'value' || error.keyword === 'required')
        return [{ code: 'key-needs-value', span: whole, data: { keyword, name: argumentName(model, name) } }];
      if (index === 'name') {
        const pair = locate(model, `/arguments/${name}`)?.value ?? whole;
        return [{ code: 'blank-name', span: pair, data: { keyword } }];
      }
      if (error.keyword === 'type') return [{ code: 'exec-not-strings', span: whole, data: { keyword } }];
      const value = typeof error.data === 'string' ? error.data : '';
      const expects = schema?.['x-expects'];
      if (expects === 'AS' && (model.object.arguments as unknown[]).length !== 3) return [];
      if (expects === 'AS') {
        const as = model.written === model.written.toLowerCase() ? 'as' : 'AS';
        return [{ code: 'expected-as', span: whole, data: { found: value, as }, fix: { span: whole, text: as } }];
      }
      if (expects === 'stage-name') return [{ code: 'invalid-stage-name', span: whole, data: { name: value } }];
      if (expects === 'non-empty-path') return [{ code: 'empty-volume', span: whole, data: {} }];
      return [
        { code: 'bad-argument', span: whole, data: { keyword, value, expects: String(error.params.format ?? '') } },
      ];
    }
    case 'destination':
      return [{ code: 'heredoc-destination', span: whole, data: { keyword } }];
    case 'form':
      return [{ code: 'shell-needs-json', span: model.args.span, data: {} }];
    case 'trigger':
      return [{ code: 'onbuild-trigger', span: whole, data: { trigger: String(error.data) } }];
    case 'type': {
      const suggestion = closest(String(error.data), ['CMD', 'NONE']);
      return [
        {
          code: 'healthcheck-type',
          span: whole,
          data: { type: String(error.data) },
          ...(suggestion ? { fix: { span: whole, text: suggestion } } : {}),
        },
      ];
    }
  }
  return [];
}

function argumentName(model: InstructionModel, index: string): string {
  const args = model.object.arguments;
  const item = Array.isArray(args) ? (args[Number(index)] as { name?: unknown } | undefined) : undefined;
  return typeof item?.name === 'string' ? item.name : '';
}

function missingArguments(model: InstructionModel): SyntaxIssue {
  const usage = instructionSchema(model.keyword)?.['x-usage']?.[0] ?? model.keyword;
  const span = model.args.text === '' ? model.keywordSpan : model.args.span;
  return { code: 'missing-arguments', span, data: { keyword: model.keyword, usage } };
}

function argumentCount(
  model: InstructionModel,
  error: ErrorObject,
  schema: DockerfileSchemaNode | undefined,
): SyntaxIssue[] {
  const expects = schema?.['x-expects'];
  if (error.keyword === 'minItems') {
    if (expects === 'healthcheck-command') return [{ code: 'healthcheck-command', span: model.args.span, data: {} }];
    const args = model.object.arguments;
    if (model.keyword === 'FROM' && Array.isArray(args) && args.length === 2) {
      // `FROM node AS` lacks the name; `FROM node build` has one word too many (or lacks AS).
      const second = extraArguments(model, 1);
      return [/^as$/i.test(String(args[1])) ? { ...second, code: 'missing-arguments' } : second];
    }
    return [missingArguments(model)];
  }
  if (error.keyword === 'maxItems') {
    const limit = Number(error.params.limit ?? 0);
    if (expects === 'none-takes-nothing')
      return [{ ...extraArguments(model, limit), code: 'healthcheck-none-arguments' }];
    return [extraArguments(model, model.keyword === 'FROM' ? 1 : limit)];
  }
  return [];
}

function extraArguments(model: InstructionModel, from: number): SyntaxIssue {
  const args = model.object.arguments;
  const count = Array.isArray(args) ? args.length : 0;
  const first = locate(model, `/arguments/${from}`)?.value ?? model.args.span;
  const last = locate(model, `/arguments/${count - 1}`)?.value ?? first;
  const usage = instructionSchema(model.keyword)?.['x-usage']?.[0] ?? model.keyword;
  return {
    code: 'extra-arguments',
    span: { start: first.start, end: last.end },
    data: { keyword: model.keyword, usage },
  };
}
