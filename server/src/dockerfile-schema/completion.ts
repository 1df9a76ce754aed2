/**
 * Completion in a Dockerfile from the schema: instruction keywords at the start of an
 * instruction (and after ONBUILD), the flags of the instruction being written, `--mount` types
 * and the options of the mount's type, values from a fixed set (`--network`, `sharing`, booleans),
 * and the parser directives and their usual values at the top of the file.
 */
import type { Locale } from '../engine/types';
import { scanned } from './locate';
import {
  annotation,
  describe,
  directiveSchemas,
  enumValues,
  flagsOf,
  instructionNames,
  instructionSchema,
  isBooleanFlag,
  isRepeatable,
  mountOptions,
  mountTypes,
  mountTypeSchema,
  type DockerfileSchemaNode,
} from './schema';
import type { Span } from './split';
import { ownValue } from '../engine/own-keys';

export interface DockerfileCompletion {
  label: string;
  kind: 'keyword' | 'flag' | 'option' | 'value' | 'directive';
  detail: string;
  documentation?: string;
  insertText: string;
  /** Document offsets of the partial word the completion replaces. */
  span: Span;
}

const DIRECTIVE_LINE = /^\s*#\s*[a-zA-Z][a-zA-Z0-9]*\s*=/;
const ONBUILD_FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export function dockerfileCompletionsAt(text: string, offset: number, locale: Locale = 'en'): DockerfileCompletion[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const context = { offset, locale };
  if (/^\s*#/.test(before)) {
    const above = text
      .slice(0, lineStart)
      .replace(/^\uFEFF/, '')
      .split('\n')
      .slice(0, -1);
    return above.every((line) => DIRECTIVE_LINE.test(line)) ? directiveCompletions(before, text, context) : [];
  }
  const instruction = scanned(text).instructions.find((i) => offset >= i.start && offset <= i.line.docEnd);
  const logical = instruction?.line.logicalOffset(offset);
  const prefix = instruction && logical !== undefined ? instruction.line.text.slice(0, logical) : before;
  return commandCompletions(prefix, context, false);
}

interface Context {
  offset: number;
  locale: Locale;
}

const spanOf = (context: Context, partial: string): Span => ({
  start: context.offset - partial.length,
  end: context.offset,
});

function commandCompletions(prefix: string, context: Context, trigger: boolean): DockerfileCompletion[] {
  const word = /^\s*([A-Za-z]*)$/.exec(prefix);
  if (word) return keywordCompletions(word[1] ?? '', context, trigger);
  const command = /^\s*(\S+)[\t\v\f\r ]+([\s\S]*)$/.exec(prefix);
  if (!command) return [];
  const keyword = (command[1] ?? '').toUpperCase();
  const rest = command[2] ?? '';
  if (keyword === 'ONBUILD' && !trigger) return commandCompletions(rest, context, true);
  const flags = /^(?:--\S*[\t\v\f\r ]+)*(--?\S*)$/.exec(rest);
  if (!flags?.[1]) return [];
  const partial = flags[1];
  const equals = partial.indexOf('=');
  if (equals < 0) return flagCompletions(keyword, rest, partial, context);
  const flag = partial.slice(2, equals);
  const value = partial.slice(equals + 1);
  if (keyword === 'RUN' && flag === 'mount') return mountCompletions(value, context);
  return valueCompletions(flagsOf(keyword)[flag], value, `--${flag}`, context);
}

function keywordCompletions(partial: string, context: Context, trigger: boolean): DockerfileCompletion[] {
  return instructionNames()
    .filter((name) => !trigger || !ONBUILD_FORBIDDEN.has(name))
    .map((name) => ({
      label: name,
      kind: 'keyword' as const,
      detail: annotation(instructionSchema(name), 'x-usage')?.[0] ?? name,
      ...documentation(instructionSchema(name), context.locale),
      insertText: `${name} `,
      span: spanOf(context, partial),
    }));
}

function documentation(node: DockerfileSchemaNode | undefined, locale: Locale): { documentation?: string } {
  const text = describe(node, locale);
  return text ? { documentation: text } : {};
}

function flagCompletions(keyword: string, rest: string, partial: string, context: Context): DockerfileCompletion[] {
  const used = new Set([...rest.matchAll(/--([\w-]+)/g)].map((m) => m[1]));
  return Object.entries(flagsOf(keyword))
    .filter(([name, node]) => isRepeatable(node) || !used.has(name) || `--${name}` === partial)
    .map(([name, node]) => ({
      label: `--${name}`,
      kind: 'flag' as const,
      detail: `${keyword} --${name}${annotation(node, 'x-value')?.replace(/^(?!\[)/, '=') ?? ''}`,
      ...documentation(node, context.locale),
      insertText: isBooleanFlag(node) ? `--${name}` : `--${name}=`,
      span: spanOf(context, partial),
    }));
}

function valueCompletions(
  node: DockerfileSchemaNode | undefined,
  partial: string,
  owner: string,
  context: Context,
): DockerfileCompletion[] {
  const boolean =
    ['boolean', 'mount-boolean'].includes(String(annotation(node, 'format') ?? '')) || isBooleanFlag(node);
  const values = boolean ? ['true', 'false'] : [...enumValues(node), ...(annotation(node, 'x-examples') ?? [])];
  return [...new Set(values)].map((value) => ({
    label: value,
    kind: 'value' as const,
    detail: owner,
    insertText: value,
    span: spanOf(context, partial),
  }));
}

/** Inside `--mount=`: the type after `type=`, an option of the mount's type, or an option's value. */
function mountCompletions(value: string, context: Context): DockerfileCompletion[] {
  const fields = value.split(',');
  const current = fields.pop() ?? '';
  const written = new Map(fields.map((f) => [f.split('=')[0]?.toLowerCase() ?? '', f.slice(f.indexOf('=') + 1)]));
  const type = written.get('type')?.toLowerCase() ?? 'bind';
  const equals = current.indexOf('=');
  if (equals >= 0) {
    const key = current.slice(0, equals).toLowerCase();
    const partial = current.slice(equals + 1);
    if (key === 'type') {
      return mountTypes().map((name) => ({
        label: name,
        kind: 'value' as const,
        detail: '--mount type',
        ...documentation(mountTypeSchema(name), context.locale),
        insertText: name,
        span: spanOf(context, partial),
      }));
    }
    return valueCompletions(ownValue(mountOptions(type), key), partial, `--mount ${key}`, context);
  }
  if (!mountTypeSchema(type)) return [];
  const options = Object.entries(mountOptions(type, true)).filter(([name]) => !written.has(name));
  return options.map(([name, node]) => ({
    label: name,
    kind: 'option' as const,
    detail: `--mount type=${type}`,
    ...documentation(node, context.locale),
    // Booleans (`ro`, `required`) stand alone; every other option takes a value.
    insertText: annotation(node, 'format') === 'mount-boolean' ? name : `${name}=`,
    span: spanOf(context, current),
  }));
}

function directiveCompletions(before: string, text: string, context: Context): DockerfileCompletion[] {
  const value = /^\s*#\s*([a-zA-Z]+)\s*=\s*(\S*)$/.exec(before);
  if (value) {
    const node = directiveSchemas()[(value[1] ?? '').toLowerCase()];
    return valueCompletions(node, value[2] ?? '', `# ${value[1]}=`, context);
  }
  const name = /^\s*#\s*([a-zA-Z]*)$/.exec(before);
  if (!name) return [];
  const present = new Set([...text.matchAll(/^\s*#\s*([a-zA-Z]+)\s*=/gm)].map((m) => m[1]?.toLowerCase()));
  return Object.entries(directiveSchemas())
    .filter(([directive]) => !present.has(directive))
    .map(([directive, node]) => ({
      label: directive,
      kind: 'directive' as const,
      detail: `# ${directive}=`,
      ...documentation(node, context.locale),
      insertText: `${directive}=`,
      span: spanOf(context, name[1] ?? ''),
    }));
}
