import { isMap, isScalar, type Node, type Scalar } from 'yaml';
import type { ChartContext, ChartPath } from '../../../engine/chart/context';
import { removeMapEntry, replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineChartRule } from '../../../engine/rule';
import {
  convertedToText,
  fieldKey,
  fieldsAt,
  findField,
  goType,
  jsonType,
  typeMismatches,
  type JsonType,
} from '../../../helm/chart-metadata';
import { firstLine, wordEnd } from '../../../schema/locate';
import { closest } from '../../../schema/suggest';
import { pathText } from '../chart-quote-strings/rule';
import { chartFile } from '../example-files';
import { CHART_SCHEMA_MESSAGES } from './messages';

const REQUIRED = ['apiVersion', 'name', 'version'] as const;
/** Fields of Helm 2's chart model that Helm 3 dropped: charts written then still carry them. */
const HELM_2_KEYS = new Set(['engine', 'tillerVersion']);

export default defineChartRule({
  id: 'chart-schema',
  title: {
    en: 'Write a Chart.yaml Helm can load',
    ko: 'Helm이 불러올 수 있는 Chart.yaml 쓰기',
  },
  severity: 'error',
  requirementsFile: true,
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: 'Helm loads Chart.yaml before it renders a single template: without `apiVersion`, `name` or `version`, with a list where it expects text, or with a `type` other than `application` or `library`, every `helm template`, `helm install` and `helm package` stops, and the message names a Go struct field rather than the line. A key Helm does not know (`appversion` is known, `app_version` is not) is silently ignored, so what it was meant to say never happens.',
    ko: 'Helm은 템플릿을 하나라도 렌더링하기 전에 Chart.yaml을 불러옵니다. `apiVersion`, `name`, `version` 중 하나가 없거나, 텍스트 자리에 목록이 있거나, `type`이 `application`도 `library`도 아니면 `helm template`, `helm install`, `helm package`가 모두 멈추고, 오류 메시지는 줄이 아니라 Go 구조체 필드를 가리킵니다. Helm이 모르는 키(`appversion`은 알지만 `app_version`은 모름)는 조용히 무시되므로, 그 키로 뜻한 일은 일어나지 않습니다.',
  },
  remediation: {
    en: 'Add the required keys, correct the value or key the message names; Helm’s chart reference (helm.sh/docs/topics/charts) lists every field of Chart.yaml.',
    ko: '필수 키를 넣고, 메시지가 가리키는 값이나 키를 고치세요. Chart.yaml의 모든 필드는 Helm의 차트 문서(helm.sh/docs/topics/charts)에 있습니다.',
  },
  exceptions: {
    en: 'A field newer than the Helm release this catalogue follows may be reported as unknown; `# cntutor ignore=chart-schema` on the line before keeps it.',
    ko: '이 카탈로그가 따르는 Helm 릴리스보다 새 필드는 모르는 키로 보고될 수 있습니다. 앞 줄에 `# cntutor ignore=chart-schema`를 쓰면 유지됩니다.',
  },
  peers: { helmLint: ['validateChartYamlFormat', 'validateChartYamlStrictFormat', 'validateChartAPIVersion'] },
  example: {
    bad: chartFile({ replace: { version: '' } }),
    good: chartFile(),
  },
  messages: CHART_SCHEMA_MESSAGES,
  // A suggested key is a guess at what was meant: a person confirms it.
  fix: 'unsafe',
  check(ctx) {
    const { file } = ctx;
    for (const problem of file.problems)
      ctx.report({
        range: file.index.rangeOf(problem.start, wordEnd(file.index.text, problem.start, problem.end)),
        message: ctx.t('yaml', { file: ctx.fileName, detail: problem.message.replace(/\.$/, '') }),
      });
    if (file.problems.length > 0) return;
    const contents = file.document.contents;
    if (!file.root || !ctx.value) {
      const empty = !contents || (isScalar(contents) && contents.value === null);
      // An empty requirements.yaml lists no dependencies, which Helm reads without a word.
      if (empty && !ctx.isRequirements) ctx.report({ range: file.index.rangeOf(0, 0), message: ctx.t('empty') });
      else if (contents && !empty)
        ctx.report({
          range: firstLine(ctx.file.index, ctx.rangeOf(contents)),
          message: ctx.t(ctx.isRequirements ? 'notAMapRequirements' : 'notAMap', {
            actual: typeWord(ctx, jsonType(contents.toJSON())),
          }),
        });
      return;
    }
    if (ctx.isRequirements) {
      checkRequirements(ctx);
      return;
    }
    const value = ctx.value;
    const absent: string[] = [];
    for (const key of REQUIRED) {
      const found = fieldKey(value, key);
      const given = found === undefined ? undefined : value[found];
      // A value of another type is reported below, or by chart-quote-strings; an empty one is missing.
      if (given !== undefined && given !== null && given !== '') continue;
      // Helm 3 loads a chart with no apiVersion as a v1 chart (Helm 2 wrote none); `helm lint` fails it.
      if (key === 'apiVersion')
        ctx.report({
          range: ctx.keyRange([found ?? Object.keys(value)[0] ?? '']),
          message: ctx.t('missingApiVersion'),
        });
      else if (found === undefined) absent.push(key);
      else ctx.report({ range: ctx.keyRange([found]), message: ctx.t('missing', { keys: `\`${key}\``, first: key }) });
    }
    // Keys that are not there at all have no line of their own: one finding on the file's first key.
    if (absent.length > 0)
      ctx.report({
        range: ctx.keyRange([Object.keys(value)[0] ?? '']),
        message: ctx.t('missing', { keys: absent.map((key) => `\`${key}\``).join(', '), first: absent[0] ?? '' }),
      });
    enumValue(ctx, 'apiVersion', ['v1', 'v2'], 'badApiVersion');
    enumValue(ctx, 'type', ['application', 'library', ''], 'badType');
    wrongTypes(ctx, value);
    unknownKeys(ctx, ctx.file.root, []);
  },
});

/**
 * A requirements.yaml: Helm decodes it over Chart.yaml's fields, without the strict check `helm
 * lint` gives Chart.yaml. Its values must decode (a list of dependencies), a field of Chart.yaml
 * written here replaces Chart.yaml's, and a key Helm does not know is ignored.
 */
function checkRequirements(ctx: ChartContext): void {
  const root = ctx.file.root;
  if (!root || !ctx.value) return;
  wrongTypes(ctx, ctx.value);
  const fields = fieldsAt([]) ?? [];
  for (const pair of root.items) {
    const key = pair.key;
    if (!isScalar(key) || typeof key.value !== 'string' || key.value === '<<') continue;
    const field = findField(fields, key.value);
    if (field?.key === 'dependencies') continue;
    if (field)
      ctx.report({
        range: ctx.rangeOf(key),
        message: ctx.t('replacesChartYaml', { key: key.value }),
        severity: 'warning',
      });
    else unknownKey(ctx, key, fields, ctx.fileName, 'unknownKeyIgnored');
  }
  const list = ctx.node([fieldKey(ctx.value, 'dependencies') ?? 'dependencies']);
  if (list && 'items' in list && Array.isArray(list.items))
    list.items.forEach((item, i) => unknownKeys(ctx, item as Node, ['dependencies', i], 'unknownKeyIgnored'));
}

function wrongTypes(ctx: ChartContext, value: Record<string, unknown>): void {
  for (const mismatch of typeMismatches(value)) {
    // A number or boolean where text belongs is chart-quote-strings', with its fix.
    if (convertedToText(mismatch)) continue;
    ctx.report({
      range: firstLine(ctx.file.index, ctx.valueRange(mismatch.path)),
      message: ctx.t('wrongType', {
        key: pathText(mismatch.path),
        expected: typeWord(ctx, mismatch.expected),
        actual: typeWord(ctx, mismatch.actual),
        goExpected: goType(mismatch.expected),
        goActual: goType(mismatch.actual),
      }),
    });
  }
}

function enumValue(ctx: ChartContext, key: string, allowed: readonly string[], message: string): void {
  const value = ctx.value?.[key];
  if (typeof value !== 'string' || value === '' || allowed.includes(value)) return;
  ctx.report({ range: ctx.valueRange([key]), message: ctx.t(message, { value }) });
}

/** Keys Helm's strict decoding refuses, at the top level and in each maintainer and dependency. */
function unknownKeys(
  ctx: ChartContext,
  node: Node | null | undefined,
  path: ChartPath,
  plainMessage = 'unknownKey',
): void {
  const fields = fieldsAt(path);
  if (!fields || !isMap(node)) return;
  for (const pair of node.items) {
    const key = pair.key;
    if (!isScalar(key) || typeof key.value !== 'string') continue;
    const name = key.value;
    if (findField(fields, name)) {
      if ((name === 'maintainers' || name === 'dependencies') && path.length === 0) {
        const items = ctx.node([name]);
        if (items && 'items' in items && Array.isArray(items.items))
          items.items.forEach((item, i) => unknownKeys(ctx, item as Node, [name, i]));
      }
      continue;
    }
    // Merge keys are YAML's, not Helm's fields.
    if (name === '<<') continue;
    if (path.length === 0 && HELM_2_KEYS.has(name)) {
      const edit = isMap(ctx.file.root) ? removeMapEntry(ctx.file.index, ctx.file.root, name) : undefined;
      ctx.report({
        range: ctx.rangeOf(key),
        message: ctx.t('helm2Key', { key: name }),
        severity: 'warning',
        // Helm ignores the key, so deleting it changes nothing Helm does.
        ...(edit ? { fix: { title: ctx.t('fixRemove', { key: name }), edits: [edit], safety: 'safe' } } : {}),
      });
      continue;
    }
    const owner =
      path.length === 0 ? ctx.fileName : ctx.t(path[0] === 'maintainers' ? 'ownerMaintainer' : 'ownerDependency');
    unknownKey(ctx, key, fields, owner, plainMessage);
  }
}

/** A key Helm does not decode: ignored, with the field it most likely meant when one is close. */
function unknownKey(
  ctx: ChartContext,
  key: Scalar,
  fields: readonly { key: string }[],
  owner: string,
  plainMessage: string,
): void {
  const name = String(key.value);
  const suggestion = closest(
    name,
    fields.map((f) => f.key),
  );
  const data = { key: name, owner, ...(suggestion ? { suggestion } : {}) };
  const edit = suggestion ? replaceNode(ctx.file.index, key, suggestion) : undefined;
  ctx.report({
    range: ctx.rangeOf(key),
    message: ctx.t(suggestion ? 'unknownKeySuggest' : plainMessage, data),
    // `helm lint` warns; Helm itself loads the chart and ignores the key.
    severity: 'warning',
    ...(edit ? { fix: { title: ctx.t('fixRename', data), edits: [edit] } } : {}),
  });
}

function typeWord(ctx: ChartContext, type: JsonType | 'boolean'): string {
  return ctx.t(`type.${type}`);
}
