import { isNode, visit, type Document } from 'yaml';

/**
 * Moves every offset a parsed document holds through `to`: its range, each node's (map keys
 * included) and each problem's position. The cache moves a reused document to where it now starts;
 * the fast reader moves a CRLF text's document from its LF form back to the text as written.
 */
export function moveOffsets(document: Document.Parsed, to: (offset: number) => number): void {
  const move = (offsets: number[] | null | undefined): void => {
    if (!offsets) return;
    for (let i = 0; i < offsets.length; i++) offsets[i] = to(offsets[i] ?? 0);
  };
  move(document.range);
  // `visit` reaches every node, map keys included.
  visit(document, (_key, node) => {
    if (isNode(node)) move(node.range);
  });
  for (const problem of [...document.errors, ...document.warnings]) move(problem.pos);
}
