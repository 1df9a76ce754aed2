/**
 * Executes a parsed template as text/template's exec.go walks it: text, actions, `if`, `with`,
 * `range`, `template`, and Helm's `include` and `tpl`, writing what each produces with where in
 * the rendered template it came from.
 */
import { Evaluator } from './evaluate';
import { LoopSignal, RenderFailure, type SourceSpan } from './failure';
import { type CallContext, type TemplateFunction } from './function-types';
import { formatValue, stringerOf } from './go-fmt';
import { type BranchNode, type ListNode, type Node, type TemplateDefinition, type TemplateNode } from './nodes';
import { CaptureWriter, type OutputBudget, type Provenance, type Writer } from './output';
import {
  GoInt,
  GoMap,
  GoSlice,
  GoStruct,
  type GoValue,
  isTrue,
  newInt,
  orderedItems,
  sortedKeys,
  valuesPathOf,
} from './values';

/** Templates called within templates (`template`, `include`, `tpl`) nest at most this deep. */
export const MAX_TEMPLATE_DEPTH = 200;
/** Evaluation steps one render may take: a loop or recursion past this is stopped. */
export const MAX_STEPS = 2_000_000;

/** Named templates visible to a render; `tpl` layers its own `define`s over the chart's. */
export interface TemplateSet {
  lookup(name: string): TemplateDefinition | undefined;
}

/** What a render shares across nested template calls. */
export interface RunState {
  readonly functions: (name: string) => TemplateFunction;
  readonly budget: OutputBudget;
  readonly lineOf: (file: string, offset: number) => number;
  readonly parseTpl: (text: string, parent: TemplateSet) => { root: ListNode; set: TemplateSet };
  steps: number;
  /** The outermost action of the rendered template being executed: where a failure is shown. */
  currentSpan: SourceSpan;
  /**
   * The values the named templates called by that action read so far, each path once: a new
   * list on each read, so what a write took stays as it was.
   */
  helperReads: readonly (readonly string[])[];
  /** How many `if` conditions are being evaluated: their reads are not kept. */
  conditions: number;
}

/** Paths of a helper's reads kept per action: enough to place a finding, not a whole chart's values. */
const MAX_HELPER_READS = 8;

interface Frame {
  set: TemplateSet;
  out: Writer;
  /** Set inside a template called from the rendered file: all output belongs to that action. */
  forcedSpan: SourceSpan | undefined;
  definition: TemplateDefinition | undefined;
  depth: number;
}

export class Executor extends Evaluator {
  private frame: Frame;
  /** Offset of the node being executed inside `frame.definition`, for messages. */
  private position = 0;

  constructor(
    private readonly run: RunState,
    frame: Frame,
  ) {
    super();
    this.frame = frame;
  }

  static execute(run: RunState, root: ListNode, dot: GoValue, set: TemplateSet, out: Writer): void {
    const executor = new Executor(run, { set, out, forcedSpan: undefined, definition: undefined, depth: 0 });
    executor.vars = [{ name: '$', value: dot }];
    executor.walk(dot, root);
  }

  protected lookupFunction(name: string): TemplateFunction {
    return this.run.functions(name);
  }

  protected step(): void {
    if (++this.run.steps > MAX_STEPS) {
      throw RenderFailure.error(`The template takes more than ${MAX_STEPS} evaluation steps (an endless loop?).`);
    }
  }

  protected callContext(): CallContext {
    return {
      include: (name, data) => this.include(name, data),
      tpl: (text, values) => this.tpl(text, values),
      charge: (steps) => {
        this.run.steps += steps;
        this.step();
      },
    };
  }

  private enterAction(span: SourceSpan): void {
    if (this.frame.forcedSpan === undefined) {
      this.run.currentSpan = span;
      this.run.helperReads = [];
    } else this.position = span.start;
  }

  /** Reads inside a named template called from the rendered file are the calling action's. */
  protected valueRead(path: readonly string[]): void {
    if (this.frame.forcedSpan === undefined || this.run.conditions > 0) return;
    const reads = this.run.helperReads;
    if (reads.length >= MAX_HELPER_READS) return;
    if (reads.some((read) => read.length === path.length && read.every((part, i) => part === path[i]))) return;
    this.run.helperReads = [...reads, path];
  }

  private provenance(span: SourceSpan, dot?: GoValue): Provenance {
    if (this.frame.forcedSpan) return this.forced();
    const at = dot === undefined ? undefined : valuesPathOf(dot);
    const provenance: Provenance = at ? { literal: false, span, dot: at } : { literal: false, span };
    if (this.run.helperReads.length > 0) provenance.reads = this.run.helperReads;
    return provenance;
  }

  /** What a named template called from the rendered file writes belongs to the calling action. */
  private forced(): Provenance {
    const provenance: Provenance = { literal: false, span: this.frame.forcedSpan ?? { start: 0, end: 0 } };
    if (this.run.helperReads.length > 0) provenance.reads = this.run.helperReads;
    return provenance;
  }

  walk(dot: GoValue, node: Node): void {
    this.step();
    switch (node.kind) {
      case 'list':
        for (const child of node.nodes) this.walk(dot, child);
        return;
      case 'text':
        if (this.frame.forcedSpan) this.frame.out.write(node.text, this.forced());
        else this.frame.out.write(node.text, { literal: true, span: { start: node.start, end: node.end } });
        return;
      case 'action': {
        this.enterAction(node.span);
        const value = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.frame.out.write(printable(value), this.provenance(node.span, dot));
        return;
      }
      case 'if':
      case 'with':
        return this.walkIfOrWith(dot, node);
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'break':
      case 'continue':
        throw new LoopSignal(node.kind);
    }
  }

  /**
   * An `if`'s condition chooses what is written but is not written itself: the values it reads
   * (`.Values.hardened`) are not what a finding on the output is about. A `with`'s value is.
   */
  private evaluateBranch(dot: GoValue, node: BranchNode): GoValue {
    if (node.kind !== 'if') return this.evalPipeline(dot, node.pipe);
    this.run.conditions++;
    try {
      return this.evalPipeline(dot, node.pipe);
    } finally {
      this.run.conditions--;
    }
  }

  private walkIfOrWith(dot: GoValue, node: BranchNode): void {
    this.enterAction(node.span);
    const mark = this.vars.length;
    try {
      const value = this.evaluateBranch(dot, node);
      if (value instanceof GoStruct && value.opaque !== undefined) throw RenderFailure.unsupported(value.opaque);
      if (isTrue(value)) this.walk(node.kind === 'with' ? value : dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkRange(dot: GoValue, node: BranchNode): void {
    this.enterAction(node.span);
    const mark = this.vars.length;
    try {
      const value = this.evalPipeline(dot, node.pipe);
      const bodyMark = this.vars.length;
      const iterate = (index: GoValue, element: GoValue): boolean => {
        this.step();
        if (node.pipe.decl.length > 0) setTop(this.vars, 1, element);
        if (node.pipe.decl.length > 1) setTop(this.vars, 2, index);
        try {
          this.walk(element, node.list);
        } catch (signal) {
          if (!(signal instanceof LoopSignal)) throw signal;
          if (signal.kind === 'break') return false;
        } finally {
          this.vars.length = bodyMark;
        }
        return true;
      };
      let ran = false;
      if (value instanceof GoSlice) {
        const items = orderedItems(value, 'ranged over');
        for (let i = 0; i < items.length; i++) {
          ran = true;
          if (!iterate(newInt(i), items[i])) break;
        }
      } else if (value instanceof GoMap) {
        for (const key of sortedKeys(value)) {
          ran = true;
          if (!iterate(key, value.entries.get(key))) break;
        }
      } else if (value instanceof GoInt) {
        // Go 1.22 added ranging over an integer; Helm 3.15 and later are built with it.
        if (node.pipe.decl.length > 1) {
          throw RenderFailure.error(`can't use ${value.value} to iterate over more than one variable`);
        }
        for (let i = 0n; i < value.value; i++) {
          ran = true;
          const element = new GoInt(value.typeName, i);
          if (!iterate(element, element)) break;
        }
      } else if (value instanceof GoStruct && value.opaque !== undefined) {
        throw RenderFailure.unsupported(value.opaque);
      } else if (value !== undefined && value !== null) {
        throw RenderFailure.error(`range can't iterate over ${printable(value)}`);
      }
      if (!ran && node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkTemplate(dot: GoValue, node: TemplateNode): void {
    this.enterAction(node.span);
    const definition = this.frame.set.lookup(node.name);
    if (!definition) throw RenderFailure.error(`template ${JSON.stringify(node.name)} not defined`);
    const data = node.pipe ? this.evalPipeline(dot, node.pipe) : undefined;
    this.callTemplate(definition, data, {
      set: this.frame.set,
      out: this.frame.out,
      forcedSpan: this.frame.forcedSpan ?? node.span,
      definition,
      depth: this.frame.depth + 1,
    });
  }

  /** Runs a named template in a fresh variable scope, as Go does: only `$`, set to its data. */
  private callTemplate(definition: TemplateDefinition, data: GoValue, frame: Frame): void {
    if (frame.depth > MAX_TEMPLATE_DEPTH) {
      throw RenderFailure.error(
        `Templates call each other more than ${MAX_TEMPLATE_DEPTH} deep (endless recursion of ${JSON.stringify(definition.name)}?).`,
      );
    }
    const inner = new Executor(this.run, frame);
    inner.vars = [{ name: '$', value: data }];
    inner.position = definition.pos;
    try {
      inner.walk(data, definition.root);
    } catch (failure) {
      if (failure instanceof RenderFailure && !located.has(failure)) {
        located.add(failure);
        const line = this.run.lineOf(definition.file, inner.position);
        failure.message += ` (in template ${JSON.stringify(definition.name)}, ${definition.file} line ${line})`;
      }
      throw failure;
    }
  }

  private include(name: string, data: GoValue): string {
    const definition = this.frame.set.lookup(name);
    if (!definition) throw RenderFailure.error(`no template ${JSON.stringify(name)} associated with template "gotpl"`);
    const out = new CaptureWriter(this.run.budget);
    this.callTemplate(definition, data, {
      set: this.frame.set,
      out,
      forcedSpan: this.frame.forcedSpan ?? this.run.currentSpan,
      definition,
      depth: this.frame.depth + 1,
    });
    return out.text();
  }

  private tpl(text: string, values: GoValue): string {
    if (this.frame.depth + 1 > MAX_TEMPLATE_DEPTH) {
      throw RenderFailure.error(`\`tpl\` calls nest more than ${MAX_TEMPLATE_DEPTH} deep.`);
    }
    let parsed: { root: ListNode; set: TemplateSet };
    try {
      parsed = this.run.parseTpl(text, this.frame.set);
    } catch (failure) {
      if (failure instanceof RenderFailure) {
        failure.message = `\`tpl\` cannot parse its text: ${failure.message}`;
        failure.span = undefined;
      }
      throw failure;
    }
    const out = new CaptureWriter(this.run.budget);
    const definition: TemplateDefinition = { name: 'gotpl', file: '(tpl text)', root: parsed.root, pos: 0 };
    this.callTemplate(definition, values, {
      set: parsed.set,
      out,
      forcedSpan: this.frame.forcedSpan ?? this.run.currentSpan,
      definition,
      depth: this.frame.depth + 1,
    });
    return out.text().split('<no value>').join('');
  }
}

const located = new WeakSet<RenderFailure>();

function setTop(vars: { value: GoValue }[], n: number, value: GoValue): void {
  const variable = vars[vars.length - n];
  if (variable) variable.value = value;
}

/** What `{{ value }}` writes: `<no value>` for nothing (Helm deletes it later), Go's `%v` otherwise. */
export function printable(value: GoValue): string {
  if (value === undefined || value === null) return '<no value>';
  if (value instanceof GoStruct) {
    if (value.opaque !== undefined) throw RenderFailure.unsupported(value.opaque);
    const text = stringerOf(value);
    if (text !== undefined) return text;
  }
  return formatValue(value);
}
