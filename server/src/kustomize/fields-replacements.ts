/**
 * Copying values between objects: `replacements` (api/types/replacement.go and
 * replacementfield.go) and the deprecated `vars` (api/types/var.go) they replace.
 */
import type { KustomizeField } from './fields';
import { BOOL, field, gvkFields, INT, list, resIdFields, STRING, STRINGS, struct } from './fields-build';

export const REPLACEMENT_STRUCTS: Readonly<Record<string, readonly KustomizeField[]>> = {
  // ReplacementField: Replacement inlined, plus `path`. The replacement filter requires a source (or
  // sourceValue) and targets, but only once the entry is read, so neither is required when `path` is set.
  ReplacementField: [
    field(
      'source',
      struct('SourceSelector'),
      'The object and field to copy the value from; the selection must match exactly one object. Give either `source` or `sourceValue`.',
      '값을 복사해 올 오브젝트와 필드입니다. 정확히 하나의 오브젝트만 골라야 합니다. `source`와 `sourceValue` 중 하나를 씁니다.',
    ),
    field(
      'targets',
      list('TargetSelector'),
      'Where to write the value: which objects, and which fields in them. An inline replacement needs at least one target.',
      '값을 써 넣을 곳으로, 어떤 오브젝트의 어떤 필드인지 정합니다. 인라인 replacement에는 대상이 하나 이상 필요합니다.',
    ),
    field(
      'sourceValue',
      STRING,
      'A literal value to write, instead of reading one with `source` (kustomize v5.7 and later). Example: `db.prod.svc`.',
      '`source`로 읽어 오는 대신 써 넣을 리터럴 값입니다(kustomize v5.7 이상). 예: `db.prod.svc`.',
    ),
    field(
      'path',
      STRING,
      'A file holding the replacement (its `source` and `targets`), instead of writing it inline; kustomize rejects `path` together with `source` or `targets`.',
      'replacement(`source`와 `targets`)를 인라인으로 쓰는 대신 담아 둔 파일입니다. `path`를 `source`나 `targets`와 함께 쓰면 kustomize가 거부합니다.',
      { path: 'file' },
    ),
  ],

  // SourceSelector: resid.ResId inlined, matched with ResId.IsSelectedBy (equal strings).
  SourceSelector: [
    ...resIdFields('exact'),
    field(
      'fieldPath',
      STRING,
      'Dot-separated path of the field to copy; defaults to `metadata.name`. Example: `spec.template.spec.containers.[name=app].image`.',
      '복사할 필드의 경로로, 점으로 구분하며 기본값은 `metadata.name`입니다. 예: `spec.template.spec.containers.[name=app].image`.',
    ),
    field(
      'options',
      struct('FieldOptions'),
      'Copy only part of the value: split it on `delimiter` and take the part at `index`.',
      '값의 일부만 복사합니다. `delimiter`로 나눈 뒤 `index` 위치의 조각을 씁니다.',
    ),
  ],

  TargetSelector: [
    // Required: the replacement filter (api/filters/replacement) fails with "target must specify resources to select".
    field(
      'select',
      struct('Selector'),
      'The objects to write into, by group, version, kind, name, namespace and label or annotation selectors.',
      '값을 써 넣을 오브젝트를 그룹, 버전, kind, 이름, 네임스페이스, 레이블이나 어노테이션 셀렉터로 고릅니다.',
      { required: true },
    ),
    field(
      'reject',
      list('Selector'),
      'Objects to leave out even when `select` matches them.',
      '`select`에 맞더라도 제외할 오브젝트입니다.',
    ),
    field(
      'fieldPaths',
      STRINGS,
      'Dot-separated paths of the fields to overwrite; defaults to `metadata.name`. Example: `spec.template.spec.containers.[name=app].env.[name=DB_HOST].value`.',
      '덮어쓸 필드의 경로 목록으로, 점으로 구분하며 기본값은 `metadata.name`입니다. 예: `spec.template.spec.containers.[name=app].env.[name=DB_HOST].value`.',
    ),
    field(
      'options',
      struct('FieldOptions'),
      'How to write: replace only one part of a delimited value, or `create` the field when it is missing.',
      '쓰는 방법입니다. 구분자로 나뉜 값의 한 조각만 바꾸거나, 필드가 없으면 `create`로 만듭니다.',
    ),
  ],

  FieldOptions: [
    field(
      'delimiter',
      STRING,
      'Split the value on this string to read or replace one part of it. Example: `:` or `.`.',
      '이 문자열로 값을 나눠 그중 한 조각을 읽거나 바꿉니다. 예: `:` 또는 `.`.',
    ),
    field(
      'index',
      INT,
      'Which part to use after splitting, from 0. In a target, an index below 0 puts the value in front and one past the end appends it.',
      '나눈 뒤 쓸 조각의 위치로, 0부터 셉니다. 대상에서 0보다 작으면 값을 맨 앞에, 끝을 넘으면 맨 뒤에 덧붙입니다.',
    ),
    field(
      'encoding',
      STRING,
      'Reserved for encodings such as base64; kustomize does not use it yet.',
      'base64 같은 인코딩을 위해 예약된 필드로, kustomize는 아직 쓰지 않습니다.',
    ),
    field(
      'create',
      BOOL,
      'In a target, create the field when the object does not have it. Default `false`.',
      '대상 오브젝트에 필드가 없으면 만듭니다. 기본값은 `false`입니다.',
    ),
  ],

  Var: [
    field(
      'name',
      STRING,
      'The variable’s name, written as `$(NAME)` where its value should go. Example: `DB_SERVICE`.',
      '변수 이름으로, 값이 들어갈 자리에 `$(NAME)`처럼 씁니다. 예: `DB_SERVICE`.',
    ),
    field(
      'objref',
      struct('Target'),
      'The object to read the value from, by kind and name as written before `namePrefix` and `nameSuffix`.',
      '값을 읽을 오브젝트로, kind와 `namePrefix`, `nameSuffix`가 붙기 전의 이름으로 가리킵니다.',
    ),
    field(
      'fieldref',
      struct('FieldSelector'),
      'The field to read from that object; defaults to `metadata.name`.',
      '그 오브젝트에서 읽을 필드로, 기본값은 `metadata.name`입니다.',
    ),
  ],

  // Target: apiVersion, then resid.Gvk inlined, then name and namespace.
  Target: [
    field(
      'apiVersion',
      STRING,
      'API version of the object, e.g. `apps/v1`; another way to give `group` and `version`.',
      '오브젝트의 API 버전입니다. 예: `apps/v1`. `group`과 `version`을 주는 다른 방법입니다.',
    ),
    ...gvkFields('exact'),
    field(
      'name',
      STRING,
      'Name of the object, as written before `namePrefix` and `nameSuffix`. Example: `my-service`.',
      '`namePrefix`와 `nameSuffix`가 붙기 전의 오브젝트 이름입니다. 예: `my-service`.',
    ),
    field(
      'namespace',
      STRING,
      'Namespace of the object, when objects in several namespaces share the name.',
      '여러 네임스페이스에 같은 이름의 오브젝트가 있을 때 쓰는 오브젝트의 네임스페이스입니다.',
    ),
  ],

  FieldSelector: [
    field(
      'fieldPath',
      STRING,
      'Dot-separated path of the field to read; defaults to `metadata.name`. Example: `spec.ports[0].port`.',
      '읽을 필드의 경로로, 점으로 구분하며 기본값은 `metadata.name`입니다. 예: `spec.ports[0].port`.',
    ),
  ],
};
