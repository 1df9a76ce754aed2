import type { LocalizedText } from '../../../engine/rule';

/** Messages of compose-schema: one per kind of problem, and the words they are built from. */
export const COMPOSE_SCHEMA_MESSAGES: Record<string, LocalizedText> = {
  yaml: {
    en: 'Docker Compose cannot read this YAML: {detail}.',
    ko: 'Docker Compose가 이 YAML을 읽을 수 없습니다: {detail}.',
  },
  notAMap: {
    en: 'A Compose file is a mapping of top-level keys (`services`, `networks`, `volumes`…), not {actual}.',
    ko: 'Compose 파일은 최상위 키(`services`, `networks`, `volumes` 등)의 매핑이어야 하는데 {actual}입니다.',
  },
  unknownKey: {
    en: 'Compose knows no key "{key}" in {owner}.',
    ko: '{owner}에는 "{key}"{이라는/라는} 키가 없습니다.',
  },
  unknownKeySuggest: {
    en: 'Compose knows no key "{key}" in {owner}; did you mean "{suggestion}"?',
    ko: '{owner}에는 "{key}"{이라는/라는} 키가 없습니다. "{suggestion}"{을/를} 뜻했나요?',
  },
  badName: {
    en: 'The name "{key}" in {owner} may use only letters, digits, ".", "_" and "-".',
    ko: '{owner}의 이름 "{key}"에는 글자, 숫자, ".", "_", "-"만 쓸 수 있습니다.',
  },
  wrongType: {
    en: '{owner} must be {expected}, not {actual}.',
    ko: '{owner}에는 {actual}{이/가} 아니라 {expected}{이/가} 와야 합니다.',
  },
  badEnum: {
    en: '"{value}" is not a value of {owner}; use one of: {allowed}.',
    ko: '"{value}"{은/는} {owner}에 쓸 수 없는 값입니다. 다음 중 하나를 쓰세요: {allowed}.',
  },
  badEnumSuggest: {
    en: '"{value}" is not a value of {owner}; did you mean "{suggestion}"? (allowed: {allowed})',
    ko: '"{value}"{은/는} {owner}에 쓸 수 없는 값입니다. "{suggestion}"{을/를} 뜻했나요? (허용: {allowed})',
  },
  missingKey: {
    en: '{owner} needs the key "{key}".',
    ko: '{owner}에 필요한 키 "{key}"{이/가} 없습니다.',
  },
  duplicateItem: {
    en: '{owner} lists "{value}" more than once.',
    ko: '{owner}에 "{value}"{이/가} 두 번 이상 있습니다.',
  },
  pattern: {
    en: '"{value}" is not a valid {owner} (it must match {pattern}).',
    ko: '"{value}"{은/는} {owner}에 맞지 않는 값입니다({pattern} 형식이어야 합니다).',
  },
  other: {
    en: '{owner} is not valid Compose: {detail}.',
    ko: '{owner}{이/가} Compose 형식에 맞지 않습니다: {detail}.',
  },
  fixRename: {
    en: 'Rename "{key}" to "{suggestion}"',
    ko: '"{key}"{을/를} "{suggestion}"{으로/로} 바꾸기',
  },
  ownerItemKey: { en: 'an item of "{key}"', ko: '"{key}"의 항목' },
  ownerItemKeyInService: { en: 'an item of "{key}" of service "{name}"', ko: '서비스 "{name}"의 "{key}" 항목' },
  version1: {
    en: 'This file is in the version 1 Compose format ("{name}" and the other services at the top level), which Docker Compose v2 does not read: put the services under `services:`.',
    ko: '이 파일은 버전 1 Compose 형식("{name}" 등 서비스가 최상위에 있음)이라 Docker Compose v2가 읽지 않습니다. 서비스를 `services:` 아래로 옮기세요.',
  },
  ownerTop: { en: 'the top level', ko: '최상위' },
  ownerService: { en: 'service "{name}"', ko: '서비스 "{name}"' },
  ownerKey: { en: '"{key}"', ko: '"{key}" 항목' },
  ownerKeyInService: { en: '"{key}" of service "{name}"', ko: '서비스 "{name}"의 "{key}"' },
  'type.string': { en: 'a string', ko: '문자열' },
  'type.number': { en: 'a number', ko: '숫자' },
  'type.integer': { en: 'an integer', ko: '정수' },
  'type.boolean': { en: 'true or false', ko: 'true나 false' },
  'type.array': { en: 'a list', ko: '목록' },
  'type.object': { en: 'a map', ko: '매핑' },
  'type.null': { en: 'an empty value', ko: '빈 값' },
  or: { en: ' or ', ko: ' 또는 ' },
};
