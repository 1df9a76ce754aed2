/**
 * text/template/parse for one file: its own tree and the templates it defines. Errors carry the
 * offending token's offsets; the message follows Go's where one exists.
 */
import { RenderFailure, type SourceSpan } from './failure';
import { OPERAND_START, lex, type Token } from './lexer';
import { TokenCursor } from './token-cursor';
import { parseNumber, unquote } from './literals';
import {
  type ArgNode,
  type BranchNode,
  type CommandNode,
  type ListNode,
  type Node,
  type PipeNode,
  type TemplateDefinition,
  isEmptyTree,
} from './nodes';

export interface ParsedFile {
  root: ListNode;
  defines: TemplateDefinition[];
}

/** Nesting deeper than this is hostile input, not a chart: it is refused rather than recursed into. */
const MAX_NESTING = 100;

const NOT_EXECUTABLE = new Set(['bool', 'dot', 'nil', 'number', 'string']);

type EndMarker = { kind: 'end' | 'else'; span: SourceSpan; elseKeyword?: 'if' | 'with' };

export function parseTemplate(file: string, text: string, isFunction: (name: string) => boolean): ParsedFile {
  return new Parser(file, lex(text), isFunction).parseFile();
}

class Parser extends TokenCursor {
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private nesting = 0;
  private readonly defines = new Map<string, TemplateDefinition>();
  /** Start of the action being parsed, for the span of control nodes. */
  private actionStart = 0;

  constructor(
    file: string,
    tokens: Token[],
    private readonly isFunction: (name: string) => boolean,
  ) {
    super(file, tokens);
  }

  parseFile(): ParsedFile {
    const root: ListNode = { kind: 'list', nodes: [] };
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'leftDelim' && this.peekAfterDelim().value === 'define') {
        this.parseDefinition();
        continue;
      }
      const node = this.textOrAction();
      if ('kind' in node && (node.kind === 'end' || node.kind === 'else')) {
        throw this.failAt(node.span, `unexpected {{${node.kind}}}`);
      }
      root.nodes.push(node as Node);
    }
    return { root, defines: [...this.defines.values()] };
  }

  private enter(at: SourceSpan): void {
    if (++this.nesting > MAX_NESTING) {
      throw RenderFailure.unsupported(`${this.file} nests actions more than ${MAX_NESTING} deep.`, at);
    }
  }

  private parseDefinition(): void {
    const delim = this.next();
    this.nextNonSpace();
    const nameToken = this.nextNonSpace();
    if (nameToken.type !== 'string' && nameToken.type !== 'rawString')
      throw this.unexpected(nameToken, 'define clause');
    const name = unquote(nameToken.value);
    if (name === undefined) throw this.failAt(nameToken, 'invalid syntax');
    this.expect('rightDelim', 'define clause');
    const savedVars = this.vars;
    this.vars = ['$'];
    const [root, end] = this.itemList();
    this.vars = savedVars;
    if (end.kind !== 'end') throw this.failAt(end.span, 'unexpected {{else}} in define clause');
    this.add({ name, file: this.file, root, pos: delim.start }, delim);
  }

  private add(definition: TemplateDefinition, at: SourceSpan): void {
    const existing = this.defines.get(definition.name);
    if (!existing || isEmptyTree(existing.root)) this.defines.set(definition.name, definition);
    else if (!isEmptyTree(definition.root)) {
      throw this.failAt(at, `template: multiple definition of template ${JSON.stringify(definition.name)}`);
    }
  }

  private itemList(): [ListNode, EndMarker] {
    const list: ListNode = { kind: 'list', nodes: [] };
    while (this.peekNonSpace().type !== 'eof') {
      const node = this.textOrAction();
      if (node.kind === 'end' || node.kind === 'else') return [list, node as EndMarker];
      list.nodes.push(node as Node);
    }
    throw this.failAt(this.peek(), 'unexpected EOF');
  }

  private textOrAction(): Node | EndMarker {
    const token = this.nextNonSpace();
    if (token.type === 'text') return { kind: 'text', text: token.value, start: token.start, end: token.end };
    if (token.type === 'leftDelim') {
      this.actionStart = token.start;
      return this.action();
    }
    throw this.unexpected(token, 'input');
  }

  private spanTo(end: number): SourceSpan {
    return { start: this.actionStart, end };
  }

  private action(): Node | EndMarker {
    const start = this.actionStart;
    const token = this.nextNonSpace();
    if (token.type === 'keyword') {
      switch (token.value) {
        case 'block':
          return this.blockControl();
        case 'break':
        case 'continue': {
          const close = this.nextNonSpace();
          if (close.type !== 'rightDelim') throw this.unexpected(close, `{{${token.value}}}`);
          if (this.rangeDepth === 0) throw this.failAt(token, `{{${token.value}}} outside {{range}}`);
          return { kind: token.value, span: { start, end: close.end } };
        }
        case 'else': {
          const peek = this.peekNonSpace();
          if (peek.type === 'keyword' && (peek.value === 'if' || peek.value === 'with')) {
            this.nextNonSpace();
            return { kind: 'else', span: { start, end: peek.end }, elseKeyword: peek.value };
          }
          const close = this.expect('rightDelim', 'else');
          return { kind: 'else', span: { start, end: close.end } };
        }
        case 'end':
          return { kind: 'end', span: { start, end: this.expect('rightDelim', 'end').end } };
        case 'if':
        case 'range':
        case 'with':
          return this.control(token.value, start);
        case 'template':
          return this.templateControl(start);
      }
    }
    this.index--;
    const pipe = this.pipeline('command', 'rightDelim');
    return { kind: 'action', pipe, span: this.spanTo(this.tokens[this.index - 1]?.end ?? start) };
  }

  private control(kind: 'if' | 'range' | 'with', start: number): BranchNode {
    this.enter({ start, end: start + 2 });
    const savedVars = this.vars.length;
    const pipe = this.pipeline(kind, 'rightDelim');
    const span = { start, end: this.tokens[this.index - 1]?.end ?? start };
    if (kind === 'range') this.rangeDepth++;
    const [list, firstEnd] = this.itemList();
    let end = firstEnd;
    if (kind === 'range') this.rangeDepth--;
    let elseList: ListNode | undefined;
    if (end.kind === 'else') {
      // `{{ else if }}` chains an if; `{{ else with }}` (Go 1.23, so Helm 3.17 on) chains a with.
      if (end.elseKeyword !== undefined && end.elseKeyword === kind) {
        this.actionStart = end.span.start;
        elseList = { kind: 'list', nodes: [this.control(kind, end.span.start)] };
      } else {
        if (end.elseKeyword !== undefined) throw this.failAt(end.span, `unexpected ${end.elseKeyword} in else`);
        [elseList, end] = this.itemList();
        if (end.kind !== 'end') throw this.failAt(end.span, 'expected end; found {{else}}');
      }
    }
    this.vars.length = savedVars;
    this.nesting--;
    return { kind, pipe, list, elseList, span };
  }

  private templateName(context: string): string {
    const token = this.nextNonSpace();
    if (token.type !== 'string' && token.type !== 'rawString') throw this.unexpected(token, context);
    const name = unquote(token.value);
    if (name === undefined) throw this.failAt(token, 'invalid syntax');
    return name;
  }

  private templateControl(start: number): Node {
    const name = this.templateName('template clause');
    let pipe: PipeNode | undefined;
    if (this.peekNonSpace().type !== 'rightDelim') pipe = this.pipeline('template clause', 'rightDelim');
    else this.nextNonSpace();
    return { kind: 'template', name, pipe, span: this.spanTo(this.tokens[this.index - 1]?.end ?? start) };
  }

  private blockControl(): Node {
    const start = this.actionStart;
    this.enter({ start, end: start + 2 });
    const name = this.templateName('block clause');
    const pipe = this.pipeline('block clause', 'rightDelim');
    const span = this.spanTo(this.tokens[this.index - 1]?.end ?? start);
    const savedVars = this.vars;
    const savedRange = this.rangeDepth;
    this.vars = ['$'];
    this.rangeDepth = 0;
    const [root, end] = this.itemList();
    this.vars = savedVars;
    this.rangeDepth = savedRange;
    if (end.kind !== 'end') throw this.failAt(end.span, 'unexpected {{else}} in block clause');
    this.add({ name, file: this.file, root, pos: start }, span);
    this.nesting--;
    return { kind: 'template', name, pipe, span };
  }

  private pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const pipe: PipeNode = { kind: 'pipe', decl: [], isAssign: false, cmds: [], pos: this.peekNonSpace().start };
    for (;;) {
      const variable = this.peekNonSpace();
      if (variable.type !== 'variable') break;
      const saved = this.index;
      this.nextNonSpace();
      const after = this.peekNonSpace();
      if (after.type === 'assign' || after.type === 'declare') {
        pipe.isAssign = after.type === 'assign';
        this.nextNonSpace();
        pipe.decl.push(variable.value);
        this.vars.push(variable.value);
        break;
      }
      if (after.type === 'char' && after.value === ',') {
        this.nextNonSpace();
        pipe.decl.push(variable.value);
        this.vars.push(variable.value);
        if (context === 'range' && pipe.decl.length < 2) {
          const following = this.peekNonSpace().type;
          if (following === 'variable' || following === 'rightDelim' || following === 'rightParen') continue;
          throw this.failAt(after, 'range can only initialize variables');
        }
        throw this.failAt(after, `too many declarations in ${context}`);
      }
      this.index = saved;
      break;
    }
    for (;;) {
      const token = this.nextNonSpace();
      if (token.type === end) {
        if (pipe.cmds.length === 0) throw this.failAt(token, `missing value for ${context}`);
        pipe.cmds.slice(1).forEach((cmd, i) => {
          const first = cmd.args[0];
          if (first && NOT_EXECUTABLE.has(first.kind)) {
            throw this.failAt(token, `non executable command in pipeline stage ${i + 2}`);
          }
        });
        return pipe;
      }
      if (!(OPERAND_START.has(token.type) || (token.type === 'keyword' && token.value === 'nil'))) {
        throw this.unexpected(token, context);
      }
      this.index--;
      pipe.cmds.push(this.command());
    }
  }

  private command(): CommandNode {
    const cmd: CommandNode = { args: [], pos: this.peekNonSpace().start };
    for (;;) {
      this.peekNonSpace();
      while (this.peek().type === 'space') this.next();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.type === 'space') continue;
      if (token.type === 'rightDelim' || token.type === 'rightParen') this.index--;
      else if (token.type !== 'pipe') throw this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) throw this.failAt(this.peek(), 'empty command');
    return cmd;
  }

  private operand(): ArgNode | undefined {
    const node = this.term();
    if (!node || this.peek().type !== 'field') return node;
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().value.slice(1));
    switch (node.kind) {
      case 'field':
        return { kind: 'field', idents: [...node.idents, ...fields], pos: node.pos };
      case 'variable':
        return { kind: 'variable', idents: [...node.idents, ...fields], pos: node.pos };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        throw this.failAt(this.peek(), `unexpected . after term`);
    }
    return { kind: 'chain', node, fields, pos: node.pos };
  }

  private term(): ArgNode | undefined {
    const token = this.nextNonSpace();
    const pos = token.start;
    switch (token.type) {
      case 'identifier':
        if (!this.isFunction(token.value))
          throw this.failAt(token, `function ${JSON.stringify(token.value)} not defined`);
        return { kind: 'identifier', name: token.value, pos };
      case 'dot':
        return { kind: 'dot', pos };
      case 'keyword':
        if (token.value === 'nil') return { kind: 'nil', pos };
        break;
      case 'variable':
        if (!this.vars.includes(token.value))
          throw this.failAt(token, `undefined variable ${JSON.stringify(token.value)}`);
        return { kind: 'variable', idents: [token.value], pos };
      case 'field':
        return { kind: 'field', idents: [token.value.slice(1)], pos };
      case 'bool':
        return { kind: 'bool', value: token.value === 'true', pos };
      case 'charConstant':
      case 'number':
        try {
          return parseNumber(token.value, token.type === 'charConstant', pos);
        } catch (failure) {
          if (failure instanceof RenderFailure && failure.kind === 'error') throw this.failAt(token, failure.message);
          if (failure instanceof RenderFailure) failure.span = { start: token.start, end: token.end };
          throw failure;
        }
      case 'leftParen': {
        this.enter(token);
        const pipe = this.pipeline('parenthesized pipeline', 'rightParen');
        this.nesting--;
        return pipe;
      }
      case 'string':
      case 'rawString': {
        const value = unquote(token.value);
        if (value === undefined) throw this.failAt(token, 'invalid syntax');
        return { kind: 'string', value, pos };
      }
    }
    this.index--;
    return undefined;
  }
}
