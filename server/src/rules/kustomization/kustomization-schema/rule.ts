import { isMap, isScalar } from 'yaml';
import type { KustomizationContext } from '../../../engine/kustomization/context';
import { removeMapEntry, replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { KUSTOMIZE_REMOVED_FIELDS } from '../../../kustomize/fields';
import { defineKustomizationRule } from '../../../engine/rule';
import { lastKey, walkKustomization, type DecodeIssue } from '../../../kustomize/decode';
import { firstLine, wordEnd } from '../../../schema/locate';
import { goType, jsonType } from '../../../helm/chart-metadata';
import { kustomizationFile } from '../example-files';
import { KUSTOMIZATION_SCHEMA_MESSAGES } from './messages';

/** A map, not an object: a kind is the user's text, and `valueOf` is no kind. */
const KIND_API_VERSIONS: ReadonlyMap<string, string> = new Map([
  ['Kustomization', 'kustomize.config.k8s.io/v1beta1'],
  ['Component', 'kustomize.config.k8s.io/v1alpha1'],
]);

export default defineKustomizationRule({
  id: 'kustomization-schema',
  title: {
    en: 'Write a kustomization kustomize can decode',
    ko: 'kustomize가 해석할 수 있는 kustomization 쓰기',
  },
  severity: 'error',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations'],
  description: {
    en: 'kustomize decodes kustomization.yaml strictly before it reads a single resource: a field it does not know (`namePrefx`, `patchesStrategicMerge` under `images`), a list where it wants a mapping, or a number where it wants text stops `kustomize build` and `kubectl apply -k`. The last trips people most: `newTag: 3.6` and `newTag: 20240101` are numbers in YAML, and kustomize, unlike Helm, does not turn them back into text ("cannot unmarshal number into Go struct field Image.images.newTag of type string"). The message names a Go struct, not the line.',
    ko: 'kustomize는 리소스를 하나라도 읽기 전에 kustomization.yaml을 엄격하게 해석합니다. 모르는 필드(`namePrefx`, `images` 아래의 `patchesStrategicMerge`), 매핑 자리의 목록, 텍스트 자리의 숫자가 있으면 `kustomize build`와 `kubectl apply -k`가 멈춥니다. 마지막 경우에 가장 많이 걸립니다. `newTag: 3.6`과 `newTag: 20240101`은 YAML에서 숫자이며, kustomize는 Helm과 달리 이를 텍스트로 되돌리지 않습니다(`cannot unmarshal number into Go struct field Image.images.newTag of type string`). 오류 메시지는 줄이 아니라 Go 구조체를 가리킵니다.',
  },
  remediation: {
    en: 'Correct the field or value the message names; quote tags, versions and other text that looks like a number. The kustomization reference (kubectl.docs.kubernetes.io/references/kustomize/kustomization) lists every field.',
    ko: '메시지가 가리키는 필드나 값을 고치세요. 숫자처럼 보이는 태그, 버전 같은 텍스트는 따옴표로 감싸세요. 모든 필드는 kustomization 문서(kubectl.docs.kubernetes.io/references/kustomize/kustomization)에 있습니다.',
  },
  exceptions: {
    en: 'A field newer than the kustomize release this catalogue follows may be reported as unknown; `# cntutor ignore=kustomization-schema` on the line before keeps it.',
    ko: '이 카탈로그가 따르는 kustomize 릴리스보다 새 필드는 모르는 필드로 보고될 수 있습니다. 앞 줄에 `# cntutor ignore=kustomization-schema`를 쓰면 유지됩니다.',
  },
  peers: {},
  noPeer:
    'hadolint, kube-linter, kube-score and Polaris do not read kustomization files; `kustomize build` reports one of these at a time, when it runs, naming a Go struct rather than the line.',
  example: {
    bad: kustomizationFile({ replace: { '    newTag: "1.4.2"': '    newTag: 1.4' } }),
    good: kustomizationFile(),
  },
  messages: KUSTOMIZATION_SCHEMA_MESSAGES,
  // Quoting keeps the value as written; a suggested field name is a guess, which its own fix says.
  fix: 'safe',
  check(ctx) {
    const { file } = ctx;
    for (const problem of file.problems) {
      const end = wordEnd(file.index.text, problem.start, problem.end);
      const range = file.index.rangeOf(problem.start, end);
      // go-yaml v2, under sigs.k8s.io/yaml, keeps the last of two equal keys without a word.
      const key = problem.code === 'DUPLICATE_KEY' ? file.index.text.slice(problem.start, end) : '';
      ctx.report({
        range,
        message: key
          ? ctx.t('duplicate', { key })
          : ctx.t('yaml', { file: ctx.fileName, detail: problem.message.replace(/\.$/, '') }),
      });
    }
    if (file.problems.length > 0) return;
    const contents = file.document.contents;
    if (!file.root) {
      // An empty kustomization builds nothing, without a word from kustomize.
      if (contents && !(isScalar(contents) && contents.value === null))
        ctx.report({
          range: firstLine(file.index, ctx.rangeOf(contents)),
          message: ctx.t('notAMap', {
            file: ctx.fileName,
            actual: ctx.t(`type.${goType(jsonType(contents.toJSON()))}`),
          }),
        });
      return;
    }
    for (const issue of walkKustomization(file.document, file.root)) report(ctx, issue);
    kindAndApiVersion(ctx);
  },
});

function report(ctx: KustomizationContext, issue: DecodeIssue): void {
  if (issue.kind === 'required') {
    const parent = lastKey(issue.path) ?? '';
    ctx.report({
      range: firstLine(ctx.file.index, ctx.rangeOf(issue.node)),
      message: ctx.t('required', { key: issue.key, parent }),
    });
    return;
  }
  if (issue.kind === 'unknown') {
    const key = String(issue.key.value);
    const removed = KUSTOMIZE_REMOVED_FIELDS[issue.struct]?.find((field) => field.key === key);
    const map = ctx.node(issue.path.slice(0, -1)) ?? ctx.file.root;
    if (removed) {
      const edit = isMap(map) ? removeMapEntry(ctx.file.index, map, key) : undefined;
      ctx.report({
        range: ctx.rangeOf(issue.key),
        message: ctx.t('removed', { key, release: removed.removedIn }),
        // The field did nothing for years before kustomize dropped it: deleting it changes no object.
        ...(edit ? { fix: { title: ctx.t('fixRemove', { key }), edits: [edit] } } : {}),
      });
      return;
    }
    const parent = lastKey(issue.path.slice(0, -1));
    const owner = parent === undefined ? ctx.t('ownerTop') : ctx.t('ownerStruct', { parent });
    const data = { key, owner, ...(issue.suggestion ? { suggestion: issue.suggestion } : {}) };
    const edit = issue.suggestion ? replaceNode(ctx.file.index, issue.key, issue.suggestion) : undefined;
    ctx.report({
      range: ctx.rangeOf(issue.key),
      message: ctx.t(issue.suggestion ? 'unknownSuggest' : 'unknown', data),
      // The suggestion is the closest known name: a person confirms it was meant.
      ...(edit ? { fix: { title: ctx.t('fixRename', data), edits: [edit], safety: 'unsafe' } } : {}),
    });
    return;
  }
  const key = lastKey(issue.path) ?? '';
  const range = firstLine(ctx.file.index, ctx.rangeOf(issue.node));
  const common = { key, goField: issue.goField, goActual: issue.actual, written: issue.written ?? '' };
  if (
    issue.expected === 'string' &&
    issue.written !== undefined &&
    (issue.actual === 'number' || issue.actual === 'bool')
  ) {
    const edit = replaceNode(ctx.file.index, issue.node, JSON.stringify(issue.written));
    ctx.report({
      range,
      message: ctx.t('quote', { ...common, actual: ctx.t(`scalar.${issue.actual}`) }),
      // Quoted, the value reaches kustomize as the very text written.
      ...(edit ? { fix: { title: ctx.t('fixQuote', { written: issue.written }), edits: [edit] } } : {}),
    });
    return;
  }
  const entryOf = issue.path[0];
  if (
    (entryOf === 'patches' || entryOf === 'patchesJson6902') &&
    issue.path.length === 2 &&
    issue.actual === 'string' &&
    isScalar(issue.node) &&
    typeof issue.node.value === 'string' &&
    !issue.node.value.includes('\n')
  ) {
    // Older kustomize read a file named alone under `patches:`; a `path:` entry names the same file.
    const edit = replaceNode(ctx.file.index, issue.node, `path: ${issue.node.value}`);
    ctx.report({
      range,
      message: ctx.t('patchAsText', { key: entryOf, written: issue.node.value }),
      ...(edit ? { fix: { title: ctx.t('fixPatchPath', { written: issue.node.value }), edits: [edit] } } : {}),
    });
    return;
  }
  if (issue.fraction) {
    ctx.report({ range, message: ctx.t('fraction', common) });
    return;
  }
  ctx.report({
    range,
    message: ctx.t('wrongType', {
      ...common,
      expected: ctx.t(`type.${issue.expected}`),
      actual: ctx.t(`type.${issue.actual}`),
      goExpected: issue.expected,
    }),
  });
}

/** kustomize's `EnforceFields`: the kind, and the apiVersion that goes with it, when written. */
function kindAndApiVersion(ctx: KustomizationContext): void {
  const value = ctx.value;
  if (!value) return;
  const kind = typeof value.kind === 'string' && value.kind !== '' ? value.kind : undefined;
  if (kind !== undefined && !KIND_API_VERSIONS.has(kind)) {
    ctx.report({ range: ctx.valueRange(['kind']), message: ctx.t('badKind', { value: kind }) });
    return;
  }
  const apiVersion = value.apiVersion;
  const expected = KIND_API_VERSIONS.get(kind ?? 'Kustomization') ?? '';
  if (typeof apiVersion !== 'string' || apiVersion === '' || apiVersion === expected) return;
  const node = ctx.node(['apiVersion']);
  const edit = node ? replaceNode(ctx.file.index, node, expected) : undefined;
  ctx.report({
    range: ctx.valueRange(['apiVersion']),
    message: ctx.t('badApiVersion', { value: apiVersion, kind: kind ?? 'Kustomization', expected }),
    // kustomize accepts only this value for the kind: writing it changes nothing else.
    ...(edit ? { fix: { title: ctx.t('fixApiVersion', { expected }), edits: [edit] } } : {}),
  });
}
