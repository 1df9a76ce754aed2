import type { LocalizedText } from '../../../engine/rule';

/** Messages of kubernetes-schema: one per kind of problem, short enough to read in a squiggle's tooltip. */
export const SCHEMA_MESSAGES: Record<string, LocalizedText> = {
  unknownField: {
    en: 'Unknown field "{field}" in {owner}.',
    ko: '{owner}에 알 수 없는 필드 "{field}"{이/가} 있습니다.',
  },
  unknownFieldSuggest: {
    en: 'Unknown field "{field}" in {owner}; did you mean "{suggestion}"?',
    ko: '{owner}에 알 수 없는 필드 "{field}"{이/가} 있습니다. "{suggestion}"{을/를} 뜻했나요?',
  },
  wrongType: {
    en: '"{field}" must be {expected}, not {actual}.',
    ko: '"{field}"에는 {actual}{이/가} 아니라 {expected}{이/가} 와야 합니다.',
  },
  wrongTypeQuote: {
    en: '"{field}" must be {expected}, not {actual}; put the value in quotes.',
    ko: '"{field}"에는 {actual}{이/가} 아니라 {expected}{이/가} 와야 합니다. 값을 따옴표로 감싸세요.',
  },
  wrongTypeColon: {
    en: '"{field}" must be {expected}, not {actual}: the ": " inside makes YAML read a key and a value; put the whole value in quotes.',
    ko: '"{field}"에는 {actual}{이/가} 아니라 {expected}{이/가} 와야 합니다. 안에 있는 ": " 때문에 YAML이 키와 값으로 읽습니다. 값 전체를 따옴표로 감싸세요.',
  },
  missingField: {
    en: '{owner} needs the field "{field}".',
    ko: '{owner}에 필수 필드 "{field}"{이/가} 없습니다.',
  },
  emptyField: {
    en: '"{field}" is required and cannot be empty.',
    ko: '"{field}"{은/는} 필수이며 비워 둘 수 없습니다.',
  },
  badEnum: {
    en: '"{value}" is not a valid {field}; use one of: {allowed}.',
    ko: '"{value}"{은/는} {field}에 쓸 수 없는 값입니다. 다음 중 하나를 쓰세요: {allowed}.',
  },
  badEnumSuggest: {
    en: '"{value}" is not a valid {field}; did you mean "{suggestion}"? (allowed: {allowed})',
    ko: '"{value}"{은/는} {field}에 쓸 수 없는 값입니다. "{suggestion}"{을/를} 뜻했나요? (허용: {allowed})',
  },
  badQuantity: {
    en: '"{value}" is not a valid quantity for "{field}"; write a number with an optional unit, such as 500m, 128Mi or 2.',
    ko: '"{value}"{은/는} "{field}"에 쓸 수 있는 수량이 아닙니다. 500m, 128Mi, 2처럼 숫자와 선택적 단위로 쓰세요.',
  },
  int32Range: {
    en: '{value} does not fit in "{field}", which holds a 32-bit integer.',
    ko: '{value}{은/는} 32비트 정수 필드인 "{field}"에 들어가지 않습니다.',
  },
  notBase64: {
    en: '"{field}" must be base64-encoded (the API server decodes it to bytes).',
    ko: '"{field}"{은/는} base64로 인코딩해야 합니다(API 서버가 이를 바이트로 디코딩합니다).',
  },
  notBase64SecretData: {
    en: '"{field}" must be base64-encoded; to write plain text in a Secret, use stringData instead of data.',
    ko: '"{field}"{은/는} base64로 인코딩해야 합니다. 시크릿에 평문을 쓰려면 data 대신 stringData를 쓰세요.',
  },
  badTime: {
    en: '"{value}" is not a time; write it in RFC 3339 form, such as 2024-01-31T12:00:00Z.',
    ko: '"{value}"{은/는} 시각이 아닙니다. 2024-01-31T12:00:00Z처럼 RFC 3339 형식으로 쓰세요.',
  },
  tooSmall: { en: '"{field}" is below its minimum of {limit}.', ko: '"{field}"{이/가} 최솟값 {limit}보다 작습니다.' },
  tooLarge: { en: '"{field}" is above its maximum of {limit}.', ko: '"{field}"{이/가} 최댓값 {limit}보다 큽니다.' },
  tooShort: {
    en: '"{field}" must be at least {limit} characters long.',
    ko: '"{field}"{은/는} {limit}자 이상이어야 합니다.',
  },
  tooLong: {
    en: '"{field}" must be at most {limit} characters long.',
    ko: '"{field}"{은/는} {limit}자 이하여야 합니다.',
  },
  pattern: {
    en: '"{field}" does not match the pattern {pattern}.',
    ko: '"{field}"{이/가} 패턴 {pattern}에 맞지 않습니다.',
  },
  tooFewItems: {
    en: '"{field}" needs at least {limit} items.',
    ko: '"{field}"에는 항목이 {limit}개 이상 있어야 합니다.',
  },
  tooManyItems: {
    en: '"{field}" allows at most {limit} items.',
    ko: '"{field}"에는 항목을 {limit}개까지만 쓸 수 있습니다.',
  },
  duplicateItems: {
    en: '"{field}" lists the same item more than once.',
    ko: '"{field}"에 같은 항목이 두 번 이상 있습니다.',
  },
  notMultiple: { en: '"{field}" must be a multiple of {limit}.', ko: '"{field}"{은/는} {limit}의 배수여야 합니다.' },
  tooFewFields: {
    en: '"{field}" needs at least {limit} entries.',
    ko: '"{field}"에는 항목이 {limit}개 이상 있어야 합니다.',
  },
  tooManyFields: {
    en: '"{field}" allows at most {limit} entries.',
    ko: '"{field}"에는 항목을 {limit}개까지만 쓸 수 있습니다.',
  },
  noMatchingForm: {
    en: '"{field}" does not match any of the forms its schema allows.',
    ko: '"{field}"{이/가} 스키마가 허용하는 어떤 형태에도 맞지 않습니다.',
  },
  unknownKind: {
    en: 'Unknown kind "{kind}" in {apiVersion}.',
    ko: '{apiVersion}에 알 수 없는 kind "{kind}"입니다.',
  },
  unknownKindSuggest: {
    en: 'Unknown kind "{kind}" in {apiVersion}; did you mean "{suggestion}"?',
    ko: '{apiVersion}에 알 수 없는 kind "{kind}"입니다. "{suggestion}"{을/를} 뜻했나요?',
  },
  unknownKindElsewhere: {
    en: 'Unknown kind "{kind}" in {apiVersion}; did you mean "{suggestion}" (apiVersion {suggestionApiVersion})?',
    ko: '{apiVersion}에 알 수 없는 kind "{kind}"입니다. "{suggestion}"(apiVersion {suggestionApiVersion}){을/를} 뜻했나요?',
  },
  kindNotInVersion: {
    en: '{kind} is not part of {apiVersion}; it is served as apiVersion {suggestion}.',
    ko: '{kind}{은/는} {apiVersion}에 속하지 않습니다. apiVersion {suggestion}{으로/로} 제공됩니다.',
  },
  unknownApiVersion: {
    en: 'Unknown apiVersion "{apiVersion}" for {kind}.',
    ko: '{kind}에 알 수 없는 apiVersion "{apiVersion}"입니다.',
  },
  unknownApiVersionSuggest: {
    en: 'Unknown apiVersion "{apiVersion}" for {kind}; did you mean "{suggestion}"?',
    ko: '{kind}에 알 수 없는 apiVersion "{apiVersion}"입니다. "{suggestion}"{을/를} 뜻했나요?',
  },
  crdVersionMissing: {
    en: 'The CustomResourceDefinition of {kind} ({source}) serves {versions}, not {apiVersion}.',
    ko: '{kind}의 CustomResourceDefinition({source}){은/는} {apiVersion}{이/가} 아니라 {versions}{을/를} 제공합니다.',
  },
  crdVersionMissingSuggest: {
    en: 'The CustomResourceDefinition of {kind} ({source}) serves {versions}, not {apiVersion}; did you mean "{suggestion}"?',
    ko: '{kind}의 CustomResourceDefinition({source}){은/는} {apiVersion}{이/가} 아니라 {versions}{을/를} 제공합니다. "{suggestion}"{을/를} 뜻했나요?',
  },
  quoteFix: { en: 'Put the value in quotes', ko: '값을 따옴표로 감싸기' },
  renameFix: { en: 'Rename "{field}" to "{suggestion}"', ko: '"{field}"의 이름을 "{suggestion}"{으로/로} 바꾸기' },
  replaceFix: { en: 'Change to "{text}"', ko: '"{text}"{으로/로} 바꾸기' },
  typeInteger: { en: 'an integer', ko: '정수' },
  typeNumber: { en: 'a number', ko: '숫자' },
  typeString: { en: 'a string', ko: '문자열' },
  typeBoolean: { en: 'true or false', ko: 'true 또는 false' },
  typeList: { en: 'a list', ko: '목록' },
  typeMap: { en: 'a map of fields', ko: '필드 맵' },
  typeEmpty: { en: 'empty', ko: '빈 값' },
  typeIntegerOrString: { en: 'a whole number or a name', ko: '정수 또는 이름' },
  typeQuantity: { en: 'a quantity such as 500m or 1Gi', ko: '500m, 1Gi 같은 수량' },
};
