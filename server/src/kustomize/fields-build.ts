/**
 * Small constructors shared by the tables of kustomize fields, and the group/version/kind/name/namespace
 * fields that several kustomize structs inline (kyaml's `resid.Gvk` and `resid.ResId`).
 */
import type { KustomizeField, KustomizeType, PathRole } from './fields';

export const STRING: KustomizeType = { kind: 'string' };
export const BOOL: KustomizeType = { kind: 'bool' };
export const INT: KustomizeType = { kind: 'int' };
export const STRINGS: KustomizeType = { kind: 'strings' };
export const STRING_MAP: KustomizeType = { kind: 'stringMap' };
export const ANY_MAP: KustomizeType = { kind: 'anyMap' };

export const struct = (name: string): KustomizeType => ({ kind: 'struct', name });
export const list = (of: string): KustomizeType => ({ kind: 'list', of });
export const oneOf = (...values: string[]): KustomizeType => ({ kind: 'enum', values });

interface FieldExtras {
  deprecated?: { use: string };
  path?: PathRole;
  required?: boolean;
  known?: readonly string[];
}

export function field(
  key: string,
  type: KustomizeType,
  en: string,
  ko: string,
  extras: FieldExtras = {},
): KustomizeField {
  return { key, type, description: { en, ko }, ...extras };
}

/**
 * How group, version, kind, name and namespace are compared. `regex` is for the Selector struct, which
 * `patches` targets match through kustomize's SelectorRegex (anchored regular expressions) and
 * replacements through `ResId.IsSelectedBy` (equal strings); `exact` is for structs only ever
 * compared as equal strings.
 */
export type Matching = 'regex' | 'exact';

const HOW: Record<Matching, { en: string; ko: string }> = {
  regex: {
    en: ' In `patches` targets the value is a regular expression that must match the whole value; in replacements it must be equal.',
    ko: ' `patches`의 `target`에서는 값 전체와 맞아야 하는 정규식이고, replacements에서는 같은 문자열이어야 합니다.',
  },
  exact: { en: '', ko: '' },
};

/** `resid.Gvk`, inlined: group, version and kind, each empty to match any. */
export function gvkFields(matching: Matching): KustomizeField[] {
  const how = HOW[matching];
  return [
    field(
      'group',
      STRING,
      'API group of the objects to match, e.g. `apps`; empty matches any group.' + how.en,
      '맞출 오브젝트의 API 그룹입니다. 예: `apps`. 비우면 모든 그룹에 맞습니다.' + how.ko,
    ),
    field(
      'version',
      STRING,
      'API version of the objects to match, e.g. `v1`; empty matches any version.' + how.en,
      '맞출 오브젝트의 API 버전입니다. 예: `v1`. 비우면 모든 버전에 맞습니다.' + how.ko,
    ),
    field(
      'kind',
      STRING,
      'Kind of the objects to match, e.g. `Deployment`; empty matches any kind.' + how.en,
      '맞출 오브젝트의 kind입니다. 예: `Deployment`. 비우면 모든 kind에 맞습니다.' + how.ko,
    ),
  ];
}

/** `resid.ResId`, inlined: `resid.Gvk` plus name and namespace. */
export function resIdFields(matching: Matching): KustomizeField[] {
  const how = HOW[matching];
  return [
    ...gvkFields(matching),
    field(
      'name',
      STRING,
      'Name of the object to match, e.g. `web`; empty matches any name.' + how.en,
      '맞출 오브젝트의 이름입니다. 예: `web`. 비우면 모든 이름에 맞습니다.' + how.ko,
    ),
    field(
      'namespace',
      STRING,
      'Namespace of the object to match, e.g. `prod`; empty matches any namespace.' + how.en,
      '맞출 오브젝트의 네임스페이스입니다. 예: `prod`. 비우면 모든 네임스페이스에 맞습니다.' + how.ko,
    ),
  ];
}
