/**
 * One instruction as the plain object the schema validates, and where each part of it was
 * written. The object follows BuildKit's parser: flags map to the list of values given (null for
 * a flag without `=`), `--mount` values to their key=value options, and arguments are split the
 * way the parser splits that instruction (exec-form JSON, whitespace lists, key=value words, or
 * the whole rest as one string). Every value's JSON pointer maps to the spans to underline.
 */
import {
  csvFields,
  keyValueWords,
  looksLikeJsonArray,
  parseJsonArray,
  splitCommand,
  whitespaceWords,
  type Command,
  type Span,
  type Word,
} from './split';
import { ownValue, setOwn } from '../engine/own-keys';

/** What to underline for a value: its key (a flag or option name), its value, or both. */
export interface Located {
  key?: Span;
  value: Span;
}

export interface InstructionModel {
  /** Upper-case. */
  keyword: string;
  /** As written. */
  written: string;
  keywordSpan: Span;
  /** The arguments after the flags, for messages about all of them. */
  args: Word;
  object: Record<string, unknown>;
  /** Where flags, their values and mount options, the HEALTHCHECK type and the ONBUILD trigger were written, by JSON pointer. */
  locations: Map<string, Located>;
  /** Where each argument was written (kept apart: an instruction may have very many). */
  argumentSpans: Span[];
  /** ENV, LABEL and ARG: where each name and value was written. */
  pairSpans: { name: Span; value?: Span }[];
  /** Words the builder expands before use, so their quotes and variables must be well formed. */
  expanded: Word[];
  /** An attempt at the exec form that is not valid JSON (the builder runs it as a shell command). */
  brokenJson?: Span;
  /** `--mount` values whose quoting breaks the comma-separated list. */
  brokenMounts: Span[];
  /** The instruction an ONBUILD stores. */
  trigger?: InstructionModel;
}

const LIST_JSON = new Set(['ADD', 'COPY', 'VOLUME']);
const MAYBE_JSON = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL']);
const WHOLE_REST = new Set(['USER', 'WORKDIR', 'MAINTAINER', 'STOPSIGNAL']);
/** Mount options whose values BuildKit compares in lower case. */
const LOWER_CASE_OPTIONS = new Set(['type', 'sharing']);
const TOKEN_WHITESPACE = /[\t\v\f\r ]+/;

export function instructionModel(line: string, escape: string): InstructionModel {
  return fromCommand(splitCommand(line), escape);
}

function fromCommand(command: Command, escape: string): InstructionModel {
  const keyword = command.keyword.text.toUpperCase();
  const model: InstructionModel = {
    keyword,
    written: command.keyword.text,
    keywordSpan: command.keyword.span,
    args: command.args,
    object: {},
    locations: new Map(),
    argumentSpans: [],
    pairSpans: [],
    expanded: [],
    brokenMounts: [],
  };
  addFlags(model, command);
  addArguments(model, command.args, escape);
  return model;
}

function addFlags(model: InstructionModel, command: Command): void {
  const flags: Record<string, unknown[]> = {};
  for (const flag of command.flags) {
    let list = ownValue(flags, flag.name);
    if (!list) setOwn(flags, flag.name, (list = []));
    const pointer = `/flags/${escapePointer(flag.name)}`;
    if (list.length === 0) model.locations.set(pointer, { key: flag.nameSpan, value: flag.span });
    const item = `${pointer}/${list.length}`;
    model.locations.set(item, { key: flag.nameSpan, value: flag.value === null ? flag.nameSpan : flag.valueSpan });
    // `--mount=` with nothing after it is still being typed: one "needs a value", as for `--mount`.
    if (model.keyword === 'RUN' && flag.name === 'mount' && flag.value === '') {
      list.push(null);
      continue;
    }
    if (model.keyword === 'RUN' && flag.name === 'mount' && flag.value !== null) {
      const fields = csvFields(flag.value, flag.valueOffsets, flag.valueSpan);
      if (!fields) {
        model.brokenMounts.push(flag.valueSpan);
        list.push({});
        continue;
      }
      const options: Record<string, string | null> = {};
      for (const field of fields) {
        const value =
          field.value !== null && LOWER_CASE_OPTIONS.has(field.key) ? field.value.toLowerCase() : field.value;
        setOwn(options, field.key, value);
        model.locations.set(`${item}/${escapePointer(field.key)}`, {
          key: field.keySpan,
          value: field.value === null ? field.keySpan : field.valueSpan,
        });
      }
      list.push(options);
    } else list.push(flag.value);
  }
  model.object.flags = flags;
}

function addArguments(model: InstructionModel, args: Word, escape: string): void {
  const keyword = model.keyword;
  if (MAYBE_JSON.has(keyword) || LIST_JSON.has(keyword)) {
    commandArguments(model, args, LIST_JSON.has(keyword));
    if (keyword === 'ADD' || keyword === 'COPY') {
      const list = model.object.arguments as unknown[];
      if (list.length >= 2) model.object.destination = list[list.length - 1];
    }
    return;
  }
  switch (keyword) {
    case 'FROM':
    case 'EXPOSE': {
      const words = whitespaceWords(args);
      setWords(model, words);
      append(model.expanded, keyword === 'FROM' ? words.slice(0, 1) : words);
      return;
    }
    case 'ENV':
    case 'LABEL':
      setPairs(model, nameValuePairs(args, escape));
      return;
    case 'ARG':
      setPairs(model, keyValueWords(args, escape).map(pairOf));
      return;
    case 'HEALTHCHECK':
      healthcheck(model, args);
      return;
    case 'ONBUILD':
      if (args.text === '') return;
      model.trigger = fromCommand(splitCommand(args.text, args.span.start), escape);
      model.object.trigger = model.trigger.keyword;
      model.locations.set('/trigger', { value: model.trigger.keywordSpan });
      return;
  }
  if (WHOLE_REST.has(keyword)) {
    const words = args.text === '' ? [] : [args];
    setWords(model, words);
    if (keyword !== 'MAINTAINER') append(model.expanded, words);
  }
}

/** The exec form when the arguments are a JSON array, else the shell form (one string, or a list for `list`). */
function commandArguments(model: InstructionModel, args: Word, list: boolean): void {
  const json = args.text === '' ? undefined : parseJsonArray(args.text, args.span.start);
  if (json) {
    model.object.form = 'exec';
    setList(
      model,
      json.items.map((item) => item.value),
      json.items.map((item) => item.span),
    );
    return;
  }
  model.object.form = 'shell';
  if (looksLikeJsonArray(args.text)) model.brokenJson = args.span;
  const words = list ? whitespaceWords(args) : args.text === '' ? [] : [args];
  setWords(model, words);
  if (list) append(model.expanded, words);
}

interface Pair {
  whole: Span;
  name: Word;
  value?: Word;
}

function pairOf(word: Word): Pair {
  const equals = word.text.indexOf('=');
  if (equals < 0) return { whole: word.span, name: word };
  return {
    whole: word.span,
    name: { text: word.text.slice(0, equals), span: { start: word.span.start, end: word.span.start + equals } },
    value: { text: word.text.slice(equals + 1), span: { start: word.span.start + equals + 1, end: word.span.end } },
  };
}

/** ENV and LABEL: `key=value …`, or the legacy `key value` whose value is the whole rest. */
function nameValuePairs(args: Word, escape: string): Pair[] {
  const words = keyValueWords(args, escape);
  const first = words[0];
  if (!first || first.text.includes('=')) return words.map(pairOf);
  const gap = TOKEN_WHITESPACE.exec(args.text);
  if (!gap) return [{ whole: first.span, name: first }];
  const valueStart = gap.index + gap[0].length;
  return [
    {
      whole: args.span,
      name: { text: args.text.slice(0, gap.index), span: { start: args.span.start, end: args.span.start + gap.index } },
      value: { text: args.text.slice(valueStart), span: { start: args.span.start + valueStart, end: args.span.end } },
    },
  ];
}

function setPairs(model: InstructionModel, pairs: Pair[]): void {
  model.object.arguments = pairs.map((pair) => {
    model.argumentSpans.push(pair.whole);
    model.pairSpans.push({ name: pair.name.span, ...(pair.value ? { value: pair.value.span } : {}) });
    model.expanded.push(pair.name);
    if (!pair.value) return { name: pair.name.text };
    model.expanded.push(pair.value);
    return { name: pair.name.text, value: pair.value.text };
  });
}

/** `HEALTHCHECK [flags] CMD|NONE [command]`: the type, then a command in either form. */
function healthcheck(model: InstructionModel, args: Word): void {
  if (args.text === '') {
    model.object.arguments = [];
    return;
  }
  const space = args.text.search(/[\t\n\v\f\r \u0085\u00a0]/);
  const typeEnd = space < 0 ? args.text.length : space;
  model.object.type = args.text.slice(0, typeEnd).toUpperCase();
  model.locations.set('/type', { value: { start: args.span.start, end: args.span.start + typeEnd } });
  const rest = args.text.slice(typeEnd);
  const command = rest.trimStart();
  const start = args.span.start + typeEnd + (rest.length - command.length);
  commandArguments(model, { text: command, span: { start, end: args.span.end } }, false);
}

function setWords(model: InstructionModel, words: Word[]): void {
  setList(
    model,
    words.map((w) => w.text),
    words.map((w) => w.span),
  );
}

function setList(model: InstructionModel, values: unknown[], spans: Span[]): void {
  model.object.arguments = values;
  model.argumentSpans = spans;
}

/** Where the value at a JSON pointer (as Ajv reports it) was written. */
export function locate(model: InstructionModel, pointer: string): Located | undefined {
  const [root, index, part] = pointer.slice(1).split('/');
  if (root === 'arguments' && index !== undefined) {
    const i = Number(index);
    const span =
      part === 'name'
        ? model.pairSpans[i]?.name
        : part === 'value'
          ? model.pairSpans[i]?.value
          : model.argumentSpans[i];
    return span && { value: span };
  }
  if (root === 'destination') {
    const last = model.argumentSpans[model.argumentSpans.length - 1];
    return last && { value: last };
  }
  return model.locations.get(pointer);
}

/** Appends without spreading: an instruction may have more words than a call has room for arguments. */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/** A JSON pointer segment (RFC 6901), as Ajv writes instance paths. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
