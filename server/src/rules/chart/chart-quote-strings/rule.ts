import { isScalar } from 'yaml';
import type { ChartContext } from '../../../engine/chart/context';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineChartRule } from '../../../engine/rule';
import { convertedToText, typeMismatches, type TypeMismatch } from '../../../helm/chart-metadata';
import { helmStringOf } from '../../../helm/template/helm-data';
import { chartFile } from '../example-files';

export default defineChartRule({
  id: 'chart-quote-strings',
  title: {
    en: 'Quote versions and annotations in Chart.yaml',
    ko: 'Chart.yaml의 버전과 애너테이션을 따옴표로 감싸기',
  },
  severity: 'error',
  requirementsFile: true,
  concept: 'helm-charts',
  topics: ['kubernetes-operations'],
  description: {
    en: 'Helm reads the fields of Chart.yaml as text, but YAML decides a value’s type from how it is written: `appVersion: 1.10` is the number 1.1, `010` is 8 in the YAML 1.1 Helm reads, and `72225e2` (a commit hash) is 7,222,500. Helm writes such a number back as text in its own form, so the chart says `appVersion` "1.1", and the image tag `helm create`’s Deployment takes from it names another release, or none. `helm lint` fails a chart whose `version` or `appVersion` is not written as text, even when nothing changed.',
    ko: 'Helm은 Chart.yaml의 필드를 텍스트로 읽지만, YAML은 값을 쓴 모양으로 형식을 정합니다. `appVersion: 1.10`은 숫자 1.1이고, Helm이 읽는 YAML 1.1에서 `010`은 8, `72225e2`(커밋 해시)는 7,222,500입니다. Helm은 그런 숫자를 자기 방식대로 다시 텍스트로 쓰므로 차트의 `appVersion`은 "1.1"이 되고, `helm create`의 디플로이먼트가 여기서 가져오는 이미지 태그는 다른 릴리스를 가리키거나 없는 태그가 됩니다. 값이 바뀌지 않은 경우에도 `version`이나 `appVersion`이 텍스트로 쓰이지 않으면 `helm lint`가 차트를 실패로 처리합니다.',
  },
  remediation: {
    en: 'Put the value in double quotes, exactly as written (`appVersion: "1.10"`): YAML then keeps it as text.',
    ko: '값을 쓴 그대로 큰따옴표로 감싸세요(`appVersion: "1.10"`). 그러면 YAML이 텍스트로 둡니다.',
  },
  peers: { helmLint: ['validateChartVersionType', 'validateChartAppVersionType'] },
  example: {
    bad: chartFile({ replace: { appVersion: 'appVersion: 1.10' } }),
    good: chartFile({ replace: { appVersion: 'appVersion: "1.10"' } }),
  },
  messages: {
    changed: {
      en: '`{key}` reaches Helm as "{helm}", not "{text}": YAML reads `{text}` as the {kind} {read}, and Helm writes it back as text in its own form. Quote it: `"{text}"`.',
      ko: '`{key}`{은/는} Helm에 "{text}"{이/가} 아니라 "{helm}"{으로/로} 전달됩니다. YAML이 `{text}`{을/를} {kind} {read}{으로/로} 읽고, Helm이 이를 자기 방식대로 다시 텍스트로 쓰기 때문입니다. 따옴표로 감싸세요: `"{text}"`.',
    },
    lint: {
      en: '`{key}` is written as a {kind}: Helm reads "{helm}" back here, but `helm lint` fails the chart ("{key} should be of type string but it\'s of type {goType}"), and a value such as `1.10` would become "1.1". Quote it: `"{text}"`.',
      ko: '`{key}`{이/가} {kind}{으로/로} 쓰였습니다. 여기서는 Helm이 "{helm}"{을/를} 그대로 읽지만, `helm lint`는 차트를 실패로 처리하며("{key} should be of type string but it\'s of type {goType}"), `1.10` 같은 값이라면 "1.1"이 됩니다. 따옴표로 감싸세요: `"{text}"`.',
    },
    'kind.number': { en: 'number', ko: '숫자' },
    'kind.boolean': { en: 'boolean', ko: '불리언' },
    fix: {
      en: 'Quote `{text}`',
      ko: '`{text}` 따옴표로 감싸기',
    },
  },
  // The quotes keep the text as written: what the author meant, and the only value Helm can load.
  fix: 'safe',
  check(ctx) {
    if (!ctx.value) return;
    for (const mismatch of typeMismatches(ctx.value)) if (convertedToText(mismatch)) report(ctx, mismatch);
  },
});

/** `helm lint` checks the type of these two alone. */
const LINTED = new Set(['version', 'appversion']);

function report(ctx: ChartContext, mismatch: TypeMismatch): void {
  const node = ctx.node(mismatch.path);
  // An alias or a tagged value (`!!int 5`) is not quoted here: its text is not the value's.
  if (!isScalar(node) || !node.range || node.tag || node.type !== 'PLAIN') return;
  const text = ctx.file.index.text.slice(node.range[0], node.range[1]);
  const helm = helmStringOf(node.value);
  const key = pathText(mismatch.path);
  const linted = mismatch.path.length === 1 && LINTED.has(String(mismatch.path[0]).toLowerCase());
  // Text Helm reads back unchanged, in a field `helm lint` does not type-check, is what was meant.
  if (helm === undefined || (helm === text && !linted)) return;
  const kind = ctx.t(`kind.${mismatch.actual === 'number' ? 'number' : 'boolean'}`);
  const data = {
    text,
    helm,
    key,
    kind,
    read: String(node.value),
    goType: mismatch.actual === 'number' ? 'float64' : 'bool',
  };
  const edit = replaceNode(ctx.file.index, node, JSON.stringify(text));
  ctx.report({
    range: ctx.rangeOf(node),
    message: ctx.t(helm === text ? 'lint' : 'changed', data),
    ...(edit ? { fix: { title: ctx.t('fix', data), edits: [edit] } } : {}),
  });
}

/** A path as a reader writes it: `dependencies[0].version`, `annotations.artifacthub.io/license`. */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
