import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { KustomizationContext } from '../../../engine/kustomization/context';
import { indentUnit, replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineKustomizationRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { walkKustomization, type WrittenField } from '../../../kustomize/decode';
import { plainScalarType } from '../../../kustomize/go-scalar';
import { KUSTOMIZATION_FILES, kustomizationFile } from '../example-files';
import { KUSTOMIZATION_DEPRECATED_FIELD_MESSAGES } from './messages';

/**
 * Deprecated fields whose entries kustomize itself appends to the new field when it loads the file
 * (`FixKustomization`), so writing them under the new name, where that is not written yet, builds
 * the same objects.
 */
const SAME_WHEN_RENAMED = new Set(['bases', 'imageTags']);

export default defineKustomizationRule({
  id: 'kustomization-deprecated-field',
  title: {
    en: 'Move off the fields kustomize deprecates',
    ko: 'kustomize가 폐기 예정으로 둔 필드에서 옮기기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations'],
  description: {
    en: 'kustomize keeps reading `bases`, `commonLabels`, `patchesStrategicMerge`, `patchesJson6902`, `imageTags`, `vars`, a generator’s `env` and `helmChartInflationGenerator`, but warns on every build and drops them in a later release; an overlay still written with them stops building on the day the team upgrades kustomize or kubectl. Their replacements do more: `patches` takes both kinds of patch and a `target` that selects many objects, `replacements` copies a field without `$(VAR)` placeholders.',
    ko: 'kustomize는 `bases`, `commonLabels`, `patchesStrategicMerge`, `patchesJson6902`, `imageTags`, `vars`, 생성기의 `env`, `helmChartInflationGenerator`를 아직 읽지만 빌드할 때마다 경고하고 이후 릴리스에서 없앱니다. 이 필드로 쓴 오버레이는 팀이 kustomize나 kubectl을 올리는 날 빌드가 멈춥니다. 대신 쓰는 필드가 더 많은 일을 합니다. `patches`는 두 종류의 패치를 모두 받고 여러 오브젝트를 고르는 `target`을 쓸 수 있으며, `replacements`는 `$(VAR)` 자리표시자 없이 필드를 복사합니다.',
  },
  remediation: {
    en: 'Write the field the message names; `kustomize edit fix` rewrites a whole kustomization the same way.',
    ko: '메시지가 알려 주는 필드로 쓰세요. `kustomize edit fix`는 kustomization 전체를 같은 방식으로 고쳐 씁니다.',
  },
  peers: {},
  noPeer:
    'hadolint, kube-linter, kube-score and Polaris do not read kustomization files; kustomize prints the same warning when it builds, and `kustomize edit fix` rewrites the file.',
  example: {
    bad: kustomizationFile({ replace: { 'resources:': 'bases:' } }),
    good: kustomizationFile(),
    files: KUSTOMIZATION_FILES,
  },
  messages: KUSTOMIZATION_DEPRECATED_FIELD_MESSAGES,
  fix: 'safe',
  check(ctx) {
    const { file } = ctx;
    if (file.problems.length > 0 || !file.root) return;
    const written: WrittenField[] = [];
    walkKustomization(file.document, file.root, (field) => {
      if (field.field.deprecated) written.push(field);
    });
    for (const field of written) report(ctx, field);
  },
});

function report(ctx: KustomizationContext, written: WrittenField): void {
  const use = written.field.deprecated?.use ?? '';
  const key = String(written.key.value);
  const owner = ctx.node(written.path.slice(0, -1)) ?? ctx.file.root;
  const taken = isMap(owner) && owner.items.some((pair) => isScalar(pair.key) && pair.key.value === use);
  const data = { key, use };
  const range = ctx.rangeOf(written.key);
  if (written.field.key === 'vars') {
    ctx.report({ range, message: ctx.t('vars') });
    return;
  }
  if (written.field.key === 'commonLabels' && !taken) {
    const fix = isMap(owner) ? fixFor(ctx, written, owner, use) : undefined;
    ctx.report({ range, message: ctx.t('commonLabels'), ...(fix ? { fix } : {}) });
    return;
  }
  const name = written.field.key;
  const fix = taken || !isMap(owner) ? undefined : fixFor(ctx, written, owner, use);
  const message = taken ? 'deprecatedMerge' : name === 'patchesStrategicMerge' ? name : 'deprecated';
  ctx.report({ range, message: ctx.t(message, data), ...(fix ? { fix } : {}) });
}

function fixFor(ctx: KustomizationContext, written: WrittenField, owner: YAMLMap, use: string): Fix | undefined {
  const { key, value } = written;
  const name = written.field.key;
  const rename = replaceNode(ctx.file.index, key, use);
  if (!rename) return undefined;
  const title = ctx.t('fixRename', { key: String(key.value), use });
  if (SAME_WHEN_RENAMED.has(name)) return { title, edits: [rename] };
  if (name === 'env' && isScalar(value) && typeof value.value === 'string' && value.range) {
    // kustomize appends `env` to `envs` when it loads the file: one entry, the same file.
    const edit = replaceNode(ctx.file.index, value, `[${JSON.stringify(value.value)}]`);
    return edit ? { title: ctx.t('fixEnvs', { value: value.value }), edits: [rename, edit] } : undefined;
  }
  if (name === 'commonLabels' && isMap(value) && owner === ctx.file.root) return commonLabelsFix(ctx, written, value);
  const hasKey = (other: string) => owner.items.some((pair) => isScalar(pair.key) && pair.key.value === other);
  if (name === 'patchesJson6902' && !hasKey('patchesStrategicMerge'))
    // kustomize applies these after the namespace, prefix and label transformers, and `patches`
    // before them: a target named as renamed may then be missed. A person checks.
    return { title, edits: [rename], safety: 'unsafe' };
  if (name === 'patchesStrategicMerge' && !hasKey('patchesJson6902') && isSeq(value)) {
    const items = value.items as unknown[];
    const files = items.filter((item): item is Scalar => isScalar(item) && isFileEntry(item));
    if (files.length !== items.length || files.length === 0) return undefined;
    const edits = [rename];
    for (const item of files) {
      const edit = replaceNode(ctx.file.index, item as Node, `path: ${String(item.value)}`);
      if (!edit) return undefined;
      edits.push(edit);
    }
    // `kustomize edit fix` writes the same; a file of several patches is one `patches` entry, which
    // older releases took differently: a person checks.
    return { title: ctx.t('fixPatches'), edits, safety: 'unsafe' };
  }
  return undefined;
}

/**
 * `commonLabels` as `kustomize edit fix` writes it: one `labels` entry with the same pairs and
 * `includeSelectors: true`, which labels the selectors and templates as `commonLabels` did. Left
 * to a person when comments sit among the pairs, which the rewrite would drop.
 */
function commonLabelsFix(ctx: KustomizationContext, written: WrittenField, value: YAMLMap): Fix | undefined {
  const { index } = ctx.file;
  const start = written.key.range?.[0];
  const end = value.range?.[1];
  if (start === undefined || end === undefined || index.text.slice(start, end).includes('#')) return undefined;
  const pairs: string[] = [];
  for (const pair of value.items) {
    if (!isScalar(pair.key) || !(pair.value === null || isScalar(pair.value))) return undefined;
    const label = pair.value === null ? '' : String((pair.value as Scalar).value ?? '');
    pairs.push(`${yamlText(String(pair.key.value))}: ${yamlText(label)}`);
  }
  const unit = ' '.repeat(indentUnit(index));
  const lines = ['labels:', `${unit}- includeSelectors: true`, `${unit}  pairs:`];
  for (const pair of pairs) lines.push(`${unit}    ${pair}`);
  const text = index.text.slice(start, end);
  const newline = text.endsWith('\n') ? '\n' : '';
  return {
    title: ctx.t('fixLabels'),
    edits: [{ range: index.rangeOf(start, end), newText: lines.join('\n') + newline }],
  };
}

/** Text as a YAML scalar that stays text: plain where go-yaml reads it so, quoted otherwise. */
function yamlText(text: string): string {
  return /^[A-Za-z0-9][\w./-]*$/.test(text) && plainScalarType(text) === 'string' ? text : JSON.stringify(text);
}

/** A plain one-line path, not an inline patch. */
function isFileEntry(item: Scalar): boolean {
  return (
    typeof item.value === 'string' && item.type === 'PLAIN' && !/[\n:#]/.test(item.value) && item.value.trim() !== ''
  );
}
