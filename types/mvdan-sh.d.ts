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
