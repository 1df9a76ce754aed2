import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { defineKubernetesRule } from '../../../engine/rule';
import type { Fix, Range } from '../../../engine/types';
import { analyzeFile, validUnder, type IdentityIssue } from '../../../schema/analyze';
import { isScalar } from 'yaml';
import {
  emptyKeyRange,
  keyRange,
  locate,
  ownerRange,
  plainPairText,
  plainScalarText,
  valueRange,
} from '../../../schema/locate';
import type { SchemaIssue, TypeWord } from '../../../schema/validate';
import { containerWith, deployment } from '../example-files';
import { SCHEMA_MESSAGES } from './messages';

const TYPE_MESSAGE: Record<TypeWord, string> = {
  integer: 'typeInteger',
  number: 'typeNumber',
  string: 'typeString',
  boolean: 'typeBoolean',
  list: 'typeList',
  map: 'typeMap',
  empty: 'typeEmpty',
  'integer-or-string': 'typeIntegerOrString',
  quantity: 'typeQuantity',
};

/** Message id per issue code; a `Suggest` variant exists where a "did you mean" can be added. */
const ISSUE_MESSAGE: Record<SchemaIssue['code'], string> = {
  'unknown-field': 'unknownField',
  'wrong-type': 'wrongType',
  'missing-field': 'missingField',
  'bad-enum': 'badEnum',
  'bad-quantity': 'badQuantity',
  'int32-range': 'int32Range',
  'not-base64': 'notBase64',
  'bad-time': 'badTime',
  'too-small': 'tooSmall',
  'too-large': 'tooLarge',
  'too-short': 'tooShort',
  'too-long': 'tooLong',
  pattern: 'pattern',
  'too-few-items': 'tooFewItems',
  'too-many-items': 'tooManyItems',
  'duplicate-items': 'duplicateItems',
  'not-multiple': 'notMultiple',
  'too-few-fields': 'tooFewFields',
  'too-many-fields': 'tooManyFields',
  'no-matching-form': 'noMatchingForm',
};

const IDENTITY_MESSAGE: Record<IdentityIssue['code'], string> = {
  'unknown-kind': 'unknownKind',
  'kind-not-in-version': 'kindNotInVersion',
  'unknown-api-version': 'unknownApiVersion',
  'crd-version-missing': 'crdVersionMissing',
};

export default defineKubernetesRule({
  id: 'kubernetes-schema',
  title: {
    en: 'Write fields the Kubernetes API knows, with values of the right type',
    ko: '쿠버네티스 API가 아는 필드를 올바른 타입의 값으로 쓰기',
  },
  severity: 'error',
  concept: 'syntax-and-structure',
  topics: ['kubernetes-architecture'],
  description: {
    en: 'Every object is checked against the schema of its kind, for the Kubernetes release the tool ships (and against CustomResourceDefinitions for custom kinds): unknown or misspelt fields, values of the wrong type, missing required fields, values outside an enumeration, malformed quantities. The API server rejects such an object, or — worse — silently drops the misspelt field, so the setting you wrote never takes effect.',
    ko: '모든 오브젝트는 이 도구가 담고 있는 쿠버네티스 릴리스의 해당 종류 스키마(사용자 정의 종류는 CustomResourceDefinition)로 검사됩니다: 모르는 필드나 철자가 틀린 필드, 잘못된 타입의 값, 빠진 필수 필드, 허용 목록 밖의 값, 잘못된 수량 표기. API 서버는 그런 오브젝트를 거부하거나, 더 나쁘게는 철자가 틀린 필드를 조용히 버려서 적은 설정이 적용되지 않습니다.',
  },
  remediation: {
    en: 'Fix the field the finding points at: use the suggested spelling, quote values that must be strings ("8080", "yes"), add the missing field, or pick one of the listed values. Hover a key to read what it means.',
    ko: '결과가 가리키는 필드를 고치세요: 제안된 철자를 쓰고, 문자열이어야 하는 값은 따옴표로 감싸고("8080", "yes"), 빠진 필드를 추가하거나, 나열된 값 중 하나를 고르세요. 키에 마우스를 올리면 뜻을 읽을 수 있습니다.',
  },
  peers: {},
  noPeer:
    'Schema validation is what kubeconform and the YAML language server do; the linters in this catalogue leave it to them.',
  example: {
    bad: deployment({ container: containerWith({ ports: ['poarts:', '  - containerPort: 8080'] }) }),
    good: deployment(),
  },
  messages: SCHEMA_MESSAGES,
  fix: 'safe',
  check(ctx) {
    const analysis = analyzeFile(ctx.file, ctx.uri, ctx.workspace).of(ctx.object);
    if (!analysis) return;
    if (analysis.identity) reportIdentity(ctx, analysis.identity);
    const renames = typoRenames(ctx, analysis.issues);
    for (const issue of analysis.issues) reportIssue(ctx, issue, renames);
  },
});

/** Where a field name was misspelt, the fix that renames it, keyed by the owner's path and the intended field. */
function typoRenames(ctx: KubernetesContext, issues: readonly SchemaIssue[]): Map<string, Fix> {
  const renames = new Map<string, Fix>();
  for (const issue of issues) {
    const suggestion = issue.data.suggestion;
    if (issue.code !== 'unknown-field' || typeof suggestion !== 'string') continue;
    const parent = issue.path.slice(0, -1);
    // Renaming onto a field that is already there would write the key twice.
    if (locate(ctx.object.root, [...parent, suggestion]).pair) continue;
    const key = locate(ctx.object.root, issue.path).pair?.key;
    if (!isScalar(key) || key.type !== 'PLAIN' || !key.range) continue;
    renames.set(JSON.stringify([...parent, suggestion]), {
      title: ctx.t('renameFix', { field: String(key.value), suggestion }),
      edits: [{ range: ctx.index.rangeOf(key.range[0], key.range[1]), newText: suggestion }],
      // A spelling guess changes which setting the API applies: a person confirms it.
      safety: 'unsafe',
    });
  }
  return renames;
}

function isSecretData(ctx: KubernetesContext, path: SchemaIssue['path']): boolean {
  const { kind, apiVersion } = ctx.object;
  return kind === 'Secret' && apiVersion === 'v1' && path.length === 2 && path[0] === 'data';
}

function reportIssue(ctx: KubernetesContext, issue: SchemaIssue, renames: Map<string, Fix>): void {
  const root = ctx.object.root;
  const index = ctx.index;
  const parent = issue.path.slice(0, -1);
  const field = issue.path[issue.path.length - 1] ?? '';
  let range: Range | undefined;
  let id = ISSUE_MESSAGE[issue.code];
  if (issue.anchor === 'owner') {
    // `name:` written without a value is not missing, it is empty.
    const empty = emptyKeyRange(index, root, parent, field);
    if (empty) [range, id] = [empty, 'emptyField'];
    else range = ownerRange(index, root, parent) ?? ctx.kindRange();
  } else if (issue.anchor === 'key') range = keyRange(index, root, issue.path);
  else range = valueRange(index, root, issue.path);
  if (!range) return;
  const data: Record<string, string | number> = { ...issue.data };
  if (issue.code === 'wrong-type') {
    data.expected = ctx.t(TYPE_MESSAGE[issue.data.expected as TypeWord]);
    data.actual = ctx.t(TYPE_MESSAGE[issue.data.actual as TypeWord]);
  }
  if (issue.data.suggestion !== undefined) id += 'Suggest';
  // Only a Secret's data has a plain-text twin (stringData); other byte fields take base64 alone.
  if (issue.code === 'not-base64' && isSecretData(ctx, issue.path)) id = 'notBase64SecretData';
  let fix: Fix | undefined;
  if (issue.code === 'unknown-field' && typeof issue.data.suggestion === 'string')
    fix = renames.get(JSON.stringify([...parent, issue.data.suggestion]));
  else if (issue.code === 'missing-field') fix = renames.get(JSON.stringify(issue.path));
  else if (issue.code === 'bad-enum' && typeof issue.data.suggestion === 'string') {
    const scalar = plainScalarText(ctx.text, root, issue.path);
    if (scalar)
      fix = {
        title: ctx.t('replaceFix', { text: issue.data.suggestion }),
        edits: [{ range: index.rangeOf(scalar.start, scalar.end), newText: issue.data.suggestion }],
        safety: 'unsafe',
      };
  }
  if (issue.quotable) {
    const pair = plainPairText(ctx.text, root, issue.path);
    const scalar = plainScalarText(ctx.text, root, issue.path) ?? pair;
    if (scalar) {
      id = pair ? 'wrongTypeColon' : 'wrongTypeQuote';
      fix = {
        title: ctx.t('quoteFix'),
        edits: [{ range: index.rangeOf(scalar.start, scalar.end), newText: JSON.stringify(scalar.source) }],
        // `- --port: 8080` may have meant two items, or `--port=8080`: the text as written is offered, not applied.
        ...(pair ? { safety: 'unsafe' as const } : {}),
      };
    }
  }
  ctx.report({ range, message: ctx.t(id, data), ...(fix ? { fix } : {}) });
}

function reportIdentity(ctx: KubernetesContext, issue: IdentityIssue): void {
  let id = IDENTITY_MESSAGE[issue.code];
  if (issue.data.suggestionApiVersion !== undefined) id += 'Elsewhere';
  else if (issue.data.suggestion !== undefined && issue.code !== 'kind-not-in-version') id += 'Suggest';
  const range = ctx.valueRange([issue.field]);
  const replacement = issue.replacement;
  // A rewrite is offered only when the object is then valid as it stands: a confident guess, not a gamble.
  const safe =
    replacement !== undefined &&
    issue.code !== 'crd-version-missing' &&
    (issue.field === 'apiVersion'
      ? validUnder(ctx.object, replacement)
      : validUnder(ctx.object, ctx.object.apiVersion, replacement));
  const node = ctx.node([issue.field]);
  // A value folded over line breaks (`kind:\r Deployment`) would lose its separator: no rewrite then.
  const oneLine =
    !!node?.range && ctx.index.positionAt(node.range[0]).line === ctx.index.positionAt(node.range[1]).line;
  const fix: Fix | undefined =
    safe && node?.range && oneLine
      ? {
          title: ctx.t('replaceFix', { text: replacement }),
          edits: [{ range: ctx.index.rangeOf(node.range[0], node.range[1]), newText: replacement }],
        }
      : undefined;
  ctx.report({ range, message: ctx.t(id, issue.data), ...(fix ? { fix } : {}) });
}
