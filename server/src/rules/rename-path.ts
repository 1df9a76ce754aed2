import type { Scalar } from 'yaml';
import { replaceNode } from '../engine/kubernetes/yaml-edit';
import type { LineIndex } from '../engine/text';
import type { TextEdit } from '../engine/types';

/**
 * The edit that renames a path inside a scalar's text (`written` at `at`) to `closest`, for the
 * "did you mean" fixes of the rules that look up the paths a file names: a plain scalar keeps its
 * text as written, a quoted one is written again as a double-quoted string.
 */
export function renamePathEdit(
  index: LineIndex,
  node: Scalar,
  value: string,
  at: number,
  written: string,
  closest: string,
): TextEdit | undefined {
  const renamed = `${value.slice(0, at)}${closest}${value.slice(at + written.length)}`;
  return replaceNode(index, node, node.type === 'PLAIN' ? renamed : JSON.stringify(renamed));
}
