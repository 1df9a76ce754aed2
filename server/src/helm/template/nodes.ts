/** The parse tree of a Go template, as text/template/parse builds it, with source offsets. */
import { type SourceSpan } from './failure';

export interface ListNode {
  kind: 'list';
  nodes: Node[];
}

/** Literal text, already trimmed; `start`/`end` are its offsets in the source. */
export interface TextNode {
  kind: 'text';
  text: string;
  start: number;
  end: number;
}

export interface ActionNode {
  kind: 'action';
  pipe: PipeNode;
  span: SourceSpan;
}

export interface BranchNode {
  kind: 'if' | 'with' | 'range';
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | undefined;
  span: SourceSpan;
}

export interface TemplateNode {
  kind: 'template';
  name: string;
  pipe: PipeNode | undefined;
  span: SourceSpan;
}

export interface LoopControlNode {
  kind: 'break' | 'continue';
  span: SourceSpan;
}

export type Node = ListNode | TextNode | ActionNode | BranchNode | TemplateNode | LoopControlNode;

export interface PipeNode {
  kind: 'pipe';
  /** Variables the pipeline declares (`$x :=`) or assigns (`$x =`). */
  decl: string[];
  isAssign: boolean;
  cmds: CommandNode[];
  pos: number;
}

export interface CommandNode {
  args: ArgNode[];
  pos: number;
}

export interface FieldNode {
  kind: 'field';
  idents: string[];
  pos: number;
}

/** `$x.a.b`: `idents[0]` is the variable's name, with its `$`. */
export interface VariableNode {
  kind: 'variable';
  idents: string[];
  pos: number;
}

/** `(pipeline).a.b`, or a function name followed by fields. */
export interface ChainNode {
  kind: 'chain';
  node: ArgNode;
  fields: string[];
  pos: number;
}

export interface IdentifierNode {
  kind: 'identifier';
  name: string;
  pos: number;
}

export interface NumberNode {
  kind: 'number';
  text: string;
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  int: bigint;
  float: number;
  pos: number;
}

export interface SimpleNode {
  kind: 'dot' | 'nil';
  pos: number;
}

export interface BoolNode {
  kind: 'bool';
  value: boolean;
  pos: number;
}

export interface StringNode {
  kind: 'string';
  value: string;
  pos: number;
}

export type ArgNode =
  FieldNode | VariableNode | ChainNode | IdentifierNode | NumberNode | SimpleNode | BoolNode | StringNode | PipeNode;

/** A named template: a file's own text, or a `define`/`block`, with the file it is written in. */
export interface TemplateDefinition {
  name: string;
  file: string;
  root: ListNode;
  /** Offset of the `define` in its file, for messages. */
  pos: number;
}

/** What `nodeText` shows of a node in messages: roughly the source of an argument. */
export function describeArg(node: ArgNode): string {
  switch (node.kind) {
    case 'field':
      return '.' + node.idents.join('.');
    case 'variable':
      return node.idents.join('.');
    case 'chain':
      return `${describeArg(node.node)}.${node.fields.join('.')}`;
    case 'identifier':
      return node.name;
    case 'number':
      return node.text;
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(node.value);
    case 'string':
      return JSON.stringify(node.value);
    case 'pipe':
      return '(…)';
  }
}

/** Go's parse.IsEmptyTree: a definition holding only blank text and comments. */
export function isEmptyTree(list: ListNode): boolean {
  return list.nodes.every((node) => node.kind === 'text' && node.text.trim() === '');
}
