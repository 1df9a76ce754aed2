/**
 * Renders one Helm chart template exactly as Helm 3 would, or says why it will not. The render
 * follows Go's text/template, the Sprig functions and Helm's own (`include`, `tpl`, `toYaml` …)
 * for a known subset; any other construct makes the render `unsupported` rather than guessed.
 * Every character of the output is traced to the template text it was copied from, or to the
 * outermost action that produced it.
 */
import { Executor, type RunState, type TemplateSet } from './exec';
import { RenderFailure, type SourceSpan } from './failure';
import { isHelmFunction, lookupFunction } from './functions-helm';
import { rootData } from './helm-data';
import { type ListNode, type TemplateDefinition } from './nodes';
import { OutputBudget, SegmentWriter, type Segment } from './output';
import { type ParsedFile, parseTemplate } from './parser';

export type { Segment } from './output';

export interface TemplateFile {
  name: string;
  text: string;
}

export interface RenderContext {
  values: unknown;
  chart: Record<string, unknown>;
  release?: { name?: string; namespace?: string };
  capabilities?: { kubeVersion?: string; hasApiVersion?: (groupVersionOrGvk: string) => boolean };
  templates: readonly TemplateFile[];
}

export type RenderResult =
  | { ok: true; text: string; segments: Segment[] }
  | { ok: false; reason: 'unsupported' | 'error'; message: string; start: number; end: number };

const PARSE_CACHE_LIMIT = 256;
const parseCache = new Map<string, ParsedFile | RenderFailure>();

/** Parses a file, remembering recent results: an editor renders the same helpers on every keystroke. */
function parseCached(name: string, text: string): ParsedFile {
  const key = `${name}\u0000${text}`;
  let parsed = parseCache.get(key);
  if (parsed === undefined) {
    try {
      parsed = parseTemplate(name, text, isHelmFunction);
    } catch (failure) {
      if (!(failure instanceof RenderFailure)) throw failure;
      parsed = failure;
    }
    if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.delete(parseCache.keys().next().value ?? '');
    parseCache.set(key, parsed);
  } else {
    parseCache.delete(key);
    parseCache.set(key, parsed);
  }
  if (parsed instanceof RenderFailure) throw new RenderFailure(parsed.kind, parsed.message, parsed.span);
  return parsed;
}

/** Helm parses files deepest path first, then in reverse name order; a later `define` of a name wins. */
function helmParseOrder(files: readonly TemplateFile[]): TemplateFile[] {
  const depth = (name: string): number => name.split('/').length;
  return [...files].sort((a, b) => depth(b.name) - depth(a.name) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

class DefinitionSet implements TemplateSet {
  readonly definitions = new Map<string, TemplateDefinition>();

  constructor(private readonly parent?: TemplateSet) {}

  /** text/template's associate: a later definition replaces an earlier one, unless it is empty. */
  add(definition: TemplateDefinition): void {
    const existing = this.definitions.get(definition.name) ?? this.parent?.lookup(definition.name);
    if (existing && isBlank(definition.root)) return;
    this.definitions.set(definition.name, definition);
  }

  lookup(name: string): TemplateDefinition | undefined {
    return this.definitions.get(name) ?? this.parent?.lookup(name);
  }
}

const isBlank = (root: ListNode): boolean =>
  root.nodes.every((node) => node.kind === 'text' && node.text.trim() === '');

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function renderTemplate(name: string, context: RenderContext): RenderResult {
  const target = context.templates.find((file) => file.name === name);
  if (!target) return { ok: false, reason: 'error', message: `There is no template named ${name}.`, start: 0, end: 0 };
  const run: RunState = {
    functions: lookupFunction,
    budget: new OutputBudget(),
    lineOf: (file, offset) => lineOf(context.templates.find((t) => t.name === file)?.text ?? '', offset),
    parseTpl: (text, parent) => {
      const parsed = parseTemplate('tpl', text, isHelmFunction);
      const set = new DefinitionSet(parent);
      for (const definition of parsed.defines) set.add(definition);
      return { root: parsed.root, set };
    },
    steps: 0,
    currentSpan: { start: 0, end: 0 },
    helperReads: [],
    conditions: 0,
  };
  try {
    const set = new DefinitionSet();
    let root: ListNode | undefined;
    const failures: RenderFailure[] = [];
    for (const file of helmParseOrder(context.templates)) {
      let parsed: ParsedFile;
      try {
        parsed = parseCached(file.name, file.text);
      } catch (failure) {
        if (!(failure instanceof RenderFailure)) throw failure;
        if (file.name !== name) {
          const line = lineOf(file.text, failure.span?.start ?? 0);
          failure.message = `${failure.message} (${file.name} line ${line}; Helm parses every template of the chart before rendering any)`;
          failure.span = { start: 0, end: 0 };
        }
        failures.push(failure);
        if (file.name === name) throw failure;
        continue;
      }
      set.add({ name: file.name, file: file.name, root: parsed.root, pos: 0 });
      for (const definition of parsed.defines) set.add(definition);
      if (file.name === name) root = parsed.root;
    }
    if (failures[0]) throw failures[0];
    const out = new SegmentWriter(run.budget);
    Executor.execute(run, root ?? { kind: 'list', nodes: [] }, rootData(name, context), set, out);
    return { ok: true, ...out.finish() };
  } catch (failure) {
    return failed(failure, run.currentSpan);
  }
}

function failed(failure: unknown, current: SourceSpan): RenderResult {
  if (failure instanceof RenderFailure) {
    const span = failure.span ?? current;
    return { ok: false, reason: failure.kind, message: failure.message, start: span.start, end: span.end };
  }
  // A fault of the renderer itself, or the engine's stack running out on hostile input: nothing
  // Helm would say, so nothing is claimed about the template.
  const message = failure instanceof Error ? failure.message : String(failure);
  return {
    ok: false,
    reason: 'unsupported',
    message: `The renderer could not follow this template (${message}).`,
    start: current.start,
    end: current.end,
  };
}
