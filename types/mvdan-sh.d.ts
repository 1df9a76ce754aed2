// The package ships JavaScript only; these are the parts of its API the engine uses.
declare module 'mvdan-sh' {
  export interface Pos {
    Line(): number;
    Col(): number;
    Offset(): number;
  }
  export interface ShNode {
    Pos(): Pos;
    End(): Pos;
    [field: string]: unknown;
  }
  export interface Word extends ShNode {
    Lit(): string;
  }
  export interface CallExpr extends ShNode {
    Args: Word[] | null;
  }
  /** A statement: what BinaryCmd joins. */
  export interface Stmt extends ShNode {
    Cmd: ShNode | null;
  }
  /** `X && Y`, `X || Y`, `X | Y`, `X |& Y`. */
  export interface BinaryCmd extends ShNode {
    Op: number;
    X: Stmt;
    Y: Stmt;
  }
  export interface Parser {
    Parse(src: string, name: string): ShNode;
  }
  export const syntax: {
    NewParser(...options: unknown[]): Parser;
    Walk(node: ShNode, visit: (node: ShNode | null) => boolean): void;
    NodeType(node: ShNode): string;
    Variant(v: number): unknown;
    LangBash: number;
  };
}
