/**
 * A kustomization in the editor: the hover on a key says what kustomize does with it, and
 * completion offers the fields kustomize decodes where the cursor is (at the top, in an image
 * entry, a patch's target…), deprecated ones last, and the values of `kind`, `apiVersion`, enums
 * and booleans. The words come from kustomize's types (fields.ts); the cursor's place is found as in
 * a Compose file, from indentation while a line is being typed.
 */
import { parseDocument, type Node } from 'yaml';
import { keyAt } from '../compose-schema/hover';
import { lineAt, pathAbove, siblingKeys, TYPING_KEY, type ComposeCompletion } from '../compose-schema/completion';
import type { Locale } from '../engine/types';
import { fieldFor } from './decode';
import { pathCompletionsAt, type FolderLister } from './path-completion';
import { structAtPath } from './struct-path';
import { KUSTOMIZE_STRUCTS, type KustomizeField, type KustomizeType } from './fields';

export interface KustomizationHover {
  /** Markdown. */
  contents: string;
  start: number;
  end: number;
}

const KIND_VALUES = ['Kustomization', 'Component'];
const API_VERSION_VALUES = ['kustomize.config.k8s.io/v1beta1', 'kustomize.config.k8s.io/v1alpha1'];
const TYPING_VALUE = /^( *)(- )?([\w-]+) *: +([\w./-]*)$/;

export function kustomizationHoverAt(
  text: string,
  offset: number,
  locale: Locale = 'en',
  fileName = 'kustomization.yaml',
): KustomizationHover | undefined {
  const document = parseDocument(text, { version: '1.1', prettyErrors: false, logLevel: 'silent' });
  const found = keyAt(document.contents as Node | null, offset, []);
  if (!found) return undefined;
  const struct = structAtPath(found.path.slice(0, -1));
  const key = found.path[found.path.length - 1];
  const field = struct && key !== undefined ? fieldFor(struct, key) : undefined;
  if (!field) return undefined;
  const ko = locale === 'ko';
  const lines = [`**\`${field.key}\`** · ${fileName}`, field.description[ko ? 'ko' : 'en']];
  lines.push(`${ko ? '형식' : 'Type'}: ${typeWords(field.type, ko)}`);
  if (field.deprecated)
    lines.push(
      ko
        ? `더 이상 권장되지 않습니다. \`${field.deprecated.use}\`를 쓰세요.`
        : `Deprecated: write \`${field.deprecated.use}\`.`,
    );
  return { contents: lines.join('\n\n'), start: found.start, end: found.end };
}

export function kustomizationCompletionsAt(
  text: string,
  offset: number,
  locale: Locale = 'en',
  /** The folders around the file, for completing the paths it names. */
  list?: FolderLister,
): ComposeCompletion[] {
  const paths = list ? pathCompletionsAt(text, offset, locale, list) : undefined;
  if (paths) return paths;
  const { lineStart, before, lines } = lineAt(text, offset);
  const ko = locale === 'ko';
  const value = TYPING_VALUE.exec(before);
  if (value) {
    const column = (value[1] ?? '').length + (value[2] ? 2 : 0);
    const path = pathAbove(lines, column, value[2] !== undefined);
    const key = value[3] ?? '';
    const struct = path ? structAtPath(path) : undefined;
    const field = struct ? fieldFor(struct, key) : undefined;
    const start = offset - (value[4] ?? '').length;
    return valuesOf(field, path?.length === 0).map((choice) => ({
      label: choice,
      detail: key,
      start,
      end: offset,
      insertText: choice,
    }));
  }
  const typed = TYPING_KEY.exec(before);
  if (!typed) return [];
  const column = (typed[1] ?? '').length + (typed[2] ? 2 : 0);
  const path = pathAbove(lines, column, typed[2] !== undefined);
  const struct = path ? structAtPath(path) : undefined;
  const fields = struct ? KUSTOMIZE_STRUCTS[struct] : undefined;
  if (!fields) return [];
  const present = siblingKeys(text, lineStart, column);
  const start = offset - (typed[3] ?? '').length;
  return fields
    .filter((field) => !present.has(field.key))
    .map((field) => ({
      label: field.key,
      detail: field.deprecated
        ? `${typeWords(field.type, ko)} · ${ko ? '권장되지 않음' : 'deprecated'}`
        : typeWords(field.type, ko),
      documentation: field.description[ko ? 'ko' : 'en'],
      // Deprecated fields after the others, so the one to write comes first.
      sortText: `${field.deprecated ? '1' : '0'}${field.key}`,
      start,
      end: offset,
      insertText: `${field.key}: `,
    }));
}

function valuesOf(field: KustomizeField | undefined, topLevel: boolean): readonly string[] {
  if (!field) return [];
  if (topLevel && field.key === 'kind') return KIND_VALUES;
  if (topLevel && field.key === 'apiVersion') return API_VERSION_VALUES;
  if (field.type.kind === 'enum') return field.type.values;
  return field.type.kind === 'bool' ? ['true', 'false'] : [];
}

function typeWords(type: KustomizeType, ko: boolean): string {
  switch (type.kind) {
    case 'string':
      return ko ? '텍스트' : 'text';
    case 'enum':
      return type.values.map((value) => `\`${value}\``).join(ko ? ', ' : ' | ');
    case 'bool':
      return ko ? '불리언' : 'boolean';
    case 'int':
      return ko ? '정수' : 'whole number';
    case 'strings':
      return ko ? '텍스트 목록' : 'list of text';
    case 'stringMap':
      return ko ? '텍스트 매핑' : 'map of text';
    case 'anyMap':
    case 'any':
      return ko ? '자유 형식 YAML' : 'free-form YAML';
    case 'struct':
    case 'stringOrStruct':
      return ko ? '매핑' : 'mapping';
    case 'list':
      return ko ? '매핑 목록' : 'list of mappings';
  }
}
