import type { LocalizedText } from '../../../engine/rule';

export const KUSTOMIZATION_SCHEMA_MESSAGES: Record<string, LocalizedText> = {
  yaml: {
    en: 'kustomize cannot read {file}: {detail}.',
    ko: 'kustomize가 {file}{을/를} 읽을 수 없습니다: {detail}.',
  },
  duplicate: {
    en: '`{key}` is written twice in one mapping: kustomize keeps only the last and drops what the first said, without a word.',
    ko: '한 매핑에 `{key}`{이/가} 두 번 적혀 있습니다. kustomize는 아무 말 없이 마지막 것만 남기고 앞의 내용을 버립니다.',
  },
  notAMap: {
    en: '{file} must be a mapping of fields (`resources:`, `images:` …), not {actual}: `kustomize build` stops.',
    ko: '{file}{은/는} 필드의 매핑(`resources:`, `images:` …)이어야 하며 {actual}{이/가} 아니어야 합니다. `kustomize build`가 멈춥니다.',
  },
  unknown: {
    en: 'kustomize has no field `{key}` {owner}: `kustomize build` stops (json: unknown field "{key}").',
    ko: 'kustomize에는 {owner} `{key}` 필드가 없습니다. `kustomize build`가 멈춥니다(json: unknown field "{key}").',
  },
  unknownSuggest: {
    en: 'kustomize has no field `{key}` {owner}; did you mean `{suggestion}`? `kustomize build` stops (json: unknown field "{key}").',
    ko: 'kustomize에는 {owner} `{key}` 필드가 없습니다. `{suggestion}`{을/를} 뜻했나요? `kustomize build`가 멈춥니다(json: unknown field "{key}").',
  },
  ownerTop: {
    en: 'at the top of a kustomization',
    ko: '최상위 수준에',
  },
  ownerStruct: {
    en: 'in `{parent}`',
    ko: '`{parent}` 안에',
  },
  required: {
    en: 'This `{parent}` entry has no `{key}`, which kustomize needs: `kustomize build` stops.',
    ko: '이 `{parent}` 항목에는 kustomize에 꼭 필요한 `{key}`{이/가} 없습니다. `kustomize build`가 멈춥니다.',
  },
  removed: {
    en: '`{key}` was removed in kustomize {release}, after years of doing nothing: `kustomize build` now stops (json: unknown field "{key}"). Delete it.',
    ko: '`{key}`{은/는} 오랫동안 아무 일도 하지 않다가 kustomize {release}에서 없어졌습니다. 이제 `kustomize build`가 멈춥니다(json: unknown field "{key}"). 지우세요.',
  },
  fixRemove: {
    en: 'Remove `{key}`',
    ko: '`{key}` 지우기',
  },
  fixRename: {
    en: 'Rename `{key}` to `{suggestion}`',
    ko: '`{key}`{을/를} `{suggestion}`{으로/로} 바꾸기',
  },
  quote: {
    en: 'YAML reads `{key}: {written}` as a {actual}, and kustomize wants text there: `kustomize build` stops ("cannot unmarshal {goActual} into Go struct field {goField} of type string"). Quote it: `"{written}"`.',
    ko: 'YAML은 `{key}: {written}`의 값을 {actual}{으로/로} 읽는데, kustomize는 그 자리에 텍스트를 기대합니다. `kustomize build`가 멈춥니다("cannot unmarshal {goActual} into Go struct field {goField} of type string"). 따옴표로 감싸세요: `"{written}"`.',
  },
  fixQuote: {
    en: 'Quote {written}',
    ko: '{written}{을/를} 따옴표로 감싸기',
  },
  wrongType: {
    en: '`{key}` takes {expected}, and this is {actual}: `kustomize build` stops ("cannot unmarshal {goActual} into Go struct field {goField} of type {goExpected}").',
    ko: '`{key}`에는 {expected}{이/가} 와야 하는데 {actual}{이/가} 있습니다. `kustomize build`가 멈춥니다("cannot unmarshal {goActual} into Go struct field {goField} of type {goExpected}").',
  },
  patchAsText: {
    en: 'Each entry of `{key}` is a mapping, and `{written}` is text: kustomize v5 stops ("cannot unmarshal string into Go struct field Kustomization.{key} of type types.Patch"). Name the file with `path: {written}`.',
    ko: '`{key}`의 각 항목은 매핑인데 `{written}`{은/는} 텍스트입니다. kustomize v5가 멈춥니다("cannot unmarshal string into Go struct field Kustomization.{key} of type types.Patch"). `path: {written}`{으로/로} 파일을 적으세요.',
  },
  fixPatchPath: {
    en: 'Write path: {written}',
    ko: 'path: {written}{으로/로} 쓰기',
  },
  fraction: {
    en: '`{key}` takes a whole number, and this is {written}: `kustomize build` stops ("cannot unmarshal number {written} into Go struct field {goField} of type int").',
    ko: '`{key}`에는 정수가 와야 하는데 {written}{이/가} 있습니다. `kustomize build`가 멈춥니다("cannot unmarshal number {written} into Go struct field {goField} of type int").',
  },
  badValue: {
    en: '`{key}` takes {values}; "{value}" is none of them.',
    ko: '`{key}`에는 {values} 중 하나가 와야 하는데 "{value}"{은/는} 어느 것도 아닙니다.',
  },
  badKind: {
    en: '`kind` is "{value}": kustomize reads only `Kustomization` and `Component` here, and `kustomize build` stops ("kind should be Kustomization or Component").',
    ko: '`kind`{이/가} "{value}"입니다. kustomize는 이 파일에서 `Kustomization`과 `Component`만 읽으며, `kustomize build`가 멈춥니다("kind should be Kustomization or Component").',
  },
  badApiVersion: {
    en: '`apiVersion` is "{value}", and a {kind} is `{expected}`: `kustomize build` stops ("apiVersion for {kind} should be {expected}").',
    ko: '`apiVersion`{이/가} "{value}"인데 {kind}의 값은 `{expected}`입니다. `kustomize build`가 멈춥니다("apiVersion for {kind} should be {expected}").',
  },
  fixApiVersion: {
    en: 'Write apiVersion {expected}',
    ko: 'apiVersion을 {expected}{으로/로} 쓰기',
  },
  'type.string': { en: 'text', ko: '텍스트' },
  'type.bool': { en: 'true or false', ko: 'true 또는 false' },
  'type.int': { en: 'a whole number', ko: '정수' },
  'type.number': { en: 'a number', ko: '숫자' },
  'type.array': { en: 'a list', ko: '목록' },
  'type.object': { en: 'a mapping', ko: '매핑' },
  'scalar.number': { en: 'number', ko: '숫자' },
  'scalar.bool': { en: 'boolean', ko: '불리언' },
};
