/**
 * Completion of the paths a kustomization names: typing an entry of `resources`, `components`,
 * `crds`, a generator's `files`… or a patch's `path:` offers what is in the folder the typed text
 * leads to, as kustomize would take it there (folders holding a kustomization, YAML files).
 */
import type { ComposeCompletion } from '../compose-schema/completion';
import { lineAt, pathAbove } from '../compose-schema/completion';
import type { Locale } from '../engine/types';
import { KUSTOMIZATION_FILE_NAMES } from '../engine/kustomization/file-names';
import { fieldFor } from './decode';
import type { PathRole } from './fields';
import { structAtPath } from './struct-path';

/** What a folder holds, as the editor lists it. */
export interface FolderEntry {
  name: string;
  folder: boolean;
  /** For a folder, the kind of the kustomization it holds, if it holds one. */
  kustomization?: string;
}

/** The entries of a folder given relative to the kustomization's (`''`, `../base`); undefined when unknown. */
export type FolderLister = (relative: string) => readonly FolderEntry[] | undefined;

const TYPING_ITEM = /^( *)- ([^\s#'"]*)$/;
const TYPING_PATH_VALUE = /^( *)(- )?([\w-]+) *: +([^\s#'"]*)$/;
const MANIFEST = /\.(ya?ml|json)$/i;
const MAX_ITEMS = 200;

export function pathCompletionsAt(
  text: string,
  offset: number,
  locale: Locale,
  list: FolderLister,
): ComposeCompletion[] | undefined {
  const { before, lines } = lineAt(text, offset);
  const item = TYPING_ITEM.exec(before);
  const value = item ? undefined : TYPING_PATH_VALUE.exec(before);
  let role: PathRole | undefined;
  let typed = '';
  if (item) {
    const path = pathAbove(lines, (item[1] ?? '').length + 2, true);
    const key = path?.[path.length - 2];
    const struct = path && key !== undefined ? structAtPath(path.slice(0, -2)) : undefined;
    const field = struct && key !== undefined ? fieldFor(struct, key) : undefined;
    role = field?.type.kind === 'strings' ? field.path : undefined;
    typed = item[2] ?? '';
  } else if (value) {
    const path = pathAbove(lines, (value[1] ?? '').length + (value[2] ? 2 : 0), value[2] !== undefined);
    const struct = path ? structAtPath(path) : undefined;
    const field = struct ? fieldFor(struct, value[3] ?? '') : undefined;
    role = field?.type.kind === 'string' ? field.path : undefined;
    typed = value[4] ?? '';
  }
  if (!role || /^[a-z][a-z0-9+.-]*:\/\//i.test(typed)) return undefined;
  // A generator file's `key=` stays as typed; the path after it is completed.
  const keyed = role === 'keyedFile' ? (/^[^=/]*=/.exec(typed)?.[0] ?? '') : '';
  const written = typed.slice(keyed.length);
  const cut = written.lastIndexOf('/');
  const folder = cut < 0 ? '' : written.slice(0, cut + 1);
  const entries = list(folder.replace(/\/$/, '')) ?? [];
  const ko = locale === 'ko';
  const items: ComposeCompletion[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || !fits(entry, role, folder === '')) continue;
    items.push({
      label: `${keyed}${folder}${entry.name}`,
      detail: detailOf(entry, ko),
      // Folders holding a kustomization first where one is what the field takes.
      sortText: `${entry.folder ? (entry.kustomization ? '0' : '1') : '2'}${entry.name}`,
      start: offset - typed.length,
      end: offset,
      insertText: `${keyed}${folder}${entry.name}`,
    });
    if (items.length >= MAX_ITEMS) break;
  }
  return items;
}

/** Whether kustomize takes the entry for a field of this role (a folder always leads further). */
function fits(entry: FolderEntry, role: PathRole, here: boolean): boolean {
  if (entry.folder) return true;
  if (here && KUSTOMIZATION_FILE_NAMES.includes(entry.name)) return false;
  if (role === 'component') return false;
  if (role === 'keyedFile' || role === 'envFile') return true;
  return MANIFEST.test(entry.name);
}

function detailOf(entry: FolderEntry, ko: boolean): string {
  if (!entry.folder) return ko ? '파일' : 'file';
  if (entry.kustomization) return `${ko ? '폴더' : 'folder'} · ${entry.kustomization}`;
  return ko ? '폴더' : 'folder';
}
