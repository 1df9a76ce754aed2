/**
 * A Helm template linted as what Helm makes of it: rendered with the chart's own values.yaml, the
 * output linted as manifests, the findings moved back to the template (map-findings.ts). Only a
 * template whose every directive the renderer knows is rendered; any other gets one note saying it
 * was not checked and why, never findings on a guess of Helm's output.
 */
import type { Config } from '../engine/config';
import { format } from '../engine/rule';
import { LineIndex } from '../engine/text';
import type { Steps } from '../engine/steps';
import type { Finding, LintResult, Locale, Severity } from '../engine/types';
import { builtinKindDefinition, builtinKindIndex } from '../schema/store';
import { valuesLabel, type HelmChart } from './chart-files';
import { koreanReason } from './korean-reasons';
import { kubeVersionRefusal } from './chart-metadata';
import { mapFindings, placedInTemplate, type ValuesTrace } from './map-findings';
import { withoutReleaseChoices } from './release-choices';
import { valueLocation } from './values-sources';
import { renderTemplate, type RenderContext, type RenderResult, type TemplateFile } from './template/render';

export const HELM_TEMPLATE_NOT_CHECKED = 'helm-template-not-checked';
/** The note that explains how templates are checked, and why some are not. */
export const HELM_TEMPLATE_CONCEPT = 'helm-charts';

/** The template to lint: its chart, and the name Helm gives it there. */
export interface HelmTemplate {
  chart: HelmChart;
  name: string;
}

const NOTES: Record<'unsupported' | 'error' | 'unfetched' | 'problem' | 'empty' | 'off', Record<Locale, string>> = {
  unsupported: {
    en: 'This template was not checked: {reason}. Only templates whose directives cntutor renders exactly as Helm does are checked; lint `helm template` output with `cntutor lint - --chart DIR` to check this one.',
    ko: '이 템플릿은 검사하지 않았습니다: {reason}. cntutor는 Helm과 똑같이 렌더링할 수 있는 지시문만 쓴 템플릿을 검사합니다. 이 템플릿은 `helm template` 출력을 `cntutor lint - --chart DIR`로 검사하세요.',
  },
  error: {
    en: 'This template was not checked: with the chart’s {values}, Helm stops here ({reason}).',
    ko: '이 템플릿은 검사하지 않았습니다: 차트의 {values}로는 Helm이 여기서 멈춥니다({reason}).',
  },
  unfetched: {
    en: 'This template was not checked: with the chart’s {values}, Helm stops here ({reason}), and `charts/` does not hold {names} yet, whose named templates it may call. Run `helm dependency build`.',
    ko: '이 템플릿은 검사하지 않았습니다: 차트의 {values}로는 Helm이 여기서 멈춥니다({reason}). 이 템플릿이 부를 수 있는 이름 있는 템플릿을 정의한 {names}{이/가} 아직 `charts/`에 없습니다. `helm dependency build`를 실행하세요.',
  },
  problem: {
    en: 'This template was not checked: {reason}.',
    ko: '이 템플릿은 검사하지 않았습니다: {reason}.',
  },
  off: {
    en: 'With the parent chart’s {values}, `{reason}` is false and Helm leaves this subchart out of the release, so nothing in this template was checked.',
    ko: '부모 차트의 {values}에서 `{reason}` 값이 false이므로 Helm이 이 하위 차트를 릴리스에서 뺍니다. 그래서 이 템플릿의 내용은 검사하지 않았습니다.',
  },
  empty: {
    en: 'With the chart’s {values} this template renders nothing, so nothing in it was checked.',
    ko: '차트의 {values}로는 이 템플릿이 아무것도 렌더링하지 않으므로, 안의 내용은 검사하지 않았습니다.',
  },
};

/**
 * Lints a template: `lintRendered` lints the rendered text as manifests (with the cross-file rules
 * when the caller's index holds the chart's other templates, rendered: see whole-chart.ts).
 */
export function* lintHelmTemplate(
  text: string,
  template: HelmTemplate,
  config: Config,
  lintRendered: (output: string) => Steps<LintResult>,
  /** Only the cross-file rules run (the editor's rerun when another file changed): no note then. */
  crossFileOnly = false,
  /** Told of each finding whose place the values decide (lint-values.ts). */
  onTrace?: (finding: Finding, trace: ValuesTrace) => void,
): Steps<LintResult> {
  const { chart } = template;
  const quiet = (): LintResult => ({ kind: 'kubernetes', findings: [], internalErrors: [] });
  if (chart.problem) return crossFileOnly ? quiet() : note(text, chart, config, 'problem', chart.problem, 0, 0);
  if (chart.stops) return crossFileOnly ? quiet() : note(text, chart, config, 'error', chart.stops, 0, 0);
  const off = chart.release?.off;
  if (off)
    return crossFileOnly ? quiet() : note(text, chart, config, 'off', off, 0, Math.max(0, text.search(/[\r\n]|$/)));
  const refused = kubeVersionRefusal(chart.release?.chart ?? chart.chart, config.kubernetesVersion);
  if (refused) return crossFileOnly ? quiet() : note(text, chart, config, 'problem', refused, 0, 0);
  const rendered = renderHelmTemplate(text, template, config);
  if (!rendered.ok) {
    if (crossFileOnly) return quiet();
    // A dependency not fetched yet may define the named template that failed.
    const why = rendered.reason === 'error' && chart.unfetched ? 'unfetched' : rendered.reason;
    return note(text, chart, config, why, rendered.message, rendered.start, rendered.end);
  }
  if (!/\S/.test(rendered.text.replace(/^[ \t]*#.*$/gm, '')))
    return crossFileOnly ? quiet() : note(text, chart, config, 'empty', '', 0, Math.max(0, text.search(/[\r\n]|$/)));
  const linted = yield* lintRendered(rendered.text);
  if (linted.kind === undefined) return { kind: 'kubernetes', findings: [], internalErrors: linted.internalErrors };
  const findings = mapFindings(
    linted.findings,
    {
      template: text,
      output: rendered.text,
      segments: rendered.segments,
      rerender: (changed) => {
        const again = renderHelmTemplate(changed, template, config);
        return again.ok ? again.text : undefined;
      },
      valueAt: (path) => valueLocation(chart, path),
    },
    config.locale,
    onTrace,
  );
  const chosen = withoutReleaseChoices(findings, text, rendered, (namespace) =>
    renderTemplate(template.name, { ...renderContext(chart, template.name, text, config), release: { namespace } }),
  );
  const objects = linted.objects && placedInTemplate(linted.objects, text, rendered);
  return {
    kind: 'kubernetes',
    findings: chosen,
    internalErrors: linted.internalErrors,
    ...(objects ? { objects } : {}),
  };
}

/** The template's text rendered in its chart, with the Kubernetes release the configuration targets. */
export function renderHelmTemplate(text: string, template: HelmTemplate, config: Config): RenderResult {
  const { chart, name } = template;
  // A template as the chart holds it is rendered once per release however many ask: the index,
  // the whole-chart check and the CLI's lint of the same file. An edited text is rendered anew.
  if (chart.templates.find((file) => file.name === name)?.text !== text)
    return renderTemplate(name, renderContext(chart, name, text, config));
  let renders = chartRenders.get(chart);
  if (!renders) chartRenders.set(chart, (renders = new Map()));
  const key = `${config.kubernetesVersion}\u0000${name}`;
  let result = renders.get(key);
  if (!result) renders.set(key, (result = renderTemplate(name, renderContext(chart, name, text, config))));
  return result;
}

/** Renders of a chart's templates as it holds them, by release and name; a chart read again starts afresh. */
const chartRenders = new WeakMap<HelmChart, Map<string, RenderResult>>();

function renderContext(chart: HelmChart, name: string, text: string, config: Config): RenderContext {
  const templates: TemplateFile[] = chart.templates.filter((file) => file.name !== name);
  templates.push({ name, text });
  return {
    values: chart.values,
    chart: chart.chart,
    templates,
    capabilities: { kubeVersion: `v${config.kubernetesVersion}.0`, hasApiVersion: servesApi },
  };
}

/** `.Capabilities.APIVersions.Has`: an apiVersion (`policy/v1`) or an API (`networking.k8s.io/v1/Ingress`) of the schemas' release. */
function servesApi(api: string): boolean {
  if (Object.hasOwn(builtinKindIndex(), api)) return true;
  const slash = api.lastIndexOf('/');
  return slash > 0 && builtinKindDefinition(api.slice(0, slash), api.slice(slash + 1)) !== undefined;
}

const SEVERITY: Record<keyof typeof NOTES, Severity> = {
  unsupported: 'info',
  error: 'info',
  unfetched: 'info',
  problem: 'info',
  empty: 'hint',
  off: 'hint',
};

function note(
  text: string,
  chart: HelmChart,
  config: Config,
  why: keyof typeof NOTES,
  reason: string,
  start: number,
  end: number,
): LintResult {
  const setting = config.rules[HELM_TEMPLATE_NOT_CHECKED];
  if (setting === 'off') return { kind: 'kubernetes', findings: [], internalErrors: [] };
  const finding: Finding = {
    ruleId: HELM_TEMPLATE_NOT_CHECKED,
    severity: setting === undefined || setting === 'on' ? SEVERITY[why] : setting,
    // The renderer's reasons are sentences; here each is a clause of the note's own sentence.
    message: format(NOTES[why][config.locale] || NOTES[why].en, {
      reason: (config.locale === 'ko' ? koreanReason(reason) : undefined) ?? reason.replace(/\.$/, ''),
      values: valuesLabel(chart),
      names: (chart.unfetched ?? []).map((name) => `\`${name}\``).join(', '),
    }),
    range: new LineIndex(text).rangeOf(start, end),
    concept: HELM_TEMPLATE_CONCEPT,
  };
  return { kind: 'kubernetes', findings: [finding], internalErrors: [] };
}
