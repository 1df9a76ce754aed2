import { fieldFor } from './decode';
import { KUSTOMIZATION_ROOT, type KustomizeType } from './fields';

/** The struct a path of keys and list indexes leads into, or undefined where no struct is. */
export function structAtPath(path: readonly string[]): string | undefined {
  let struct: string | undefined = KUSTOMIZATION_ROOT;
  let list: string | undefined;
  for (const part of path) {
    if (/^\d+$/.test(part)) {
      if (list === undefined) return undefined;
      struct = list;
      list = undefined;
      continue;
    }
    if (struct === undefined || list !== undefined) return undefined;
    const type: KustomizeType | undefined = fieldFor(struct, part)?.type;
    if (type?.kind === 'struct' || type?.kind === 'stringOrStruct') struct = type.name;
    else if (type?.kind === 'list') {
      list = type.of;
      struct = undefined;
    } else return undefined;
  }
  return list === undefined ? struct : undefined;
}
