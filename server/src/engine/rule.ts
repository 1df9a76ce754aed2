import type { Fix, Locale, Peers, Range, RelatedLocation, Severity } from './types';
import { particle } from './korean';
import type { Config } from './config';
import type { DockerfileContext } from './dockerfile/context';
import type { BuildContext } from './dockerfile/build-context';
import type { ComposeContext } from './compose/context';
import type { ChartContext } from './chart/context';
import type { KustomizationContext } from './kustomization/context';
import type { KubernetesContext, KubernetesFileContext, KubernetesWorkspaceContext } from './kubernetes/context';

/** A text in every supported locale; in messages, `{name}` placeholders are filled from report data. */
export interface LocalizedText {
  en: string;
  ko: string;
}

/**
 * How far a fix may be trusted. A `safe` fix is an equivalent rewrite (syntax, spelling, a form that
 * means the same): editors may apply it on save and `cntutor lint --fix` applies it. An `unsafe` fix
 * writes what the rule asks for but changes what the image installs or how the workload runs
 * (another user, a read-only disk, fewer packages): it is offered as a quick fix and applied by the
 * CLI only with `--fix-unsafe`.
 */
export type FixSafety = 'safe' | 'unsafe';

export interface RuleExample {
  bad: string;
  good: string;
  /** Settings the pair is judged under when the defaults do not apply (e.g. `kubernetesVersion`). */
  config?: Partial<Config>;
  /** The build context each Dockerfile is judged with, for rules about `.dockerignore`. */
  buildContext?: { bad?: BuildContext; good?: BuildContext };
  /**
   * Other files of the workspace both are judged with, by name beside them, for cross-file rules
   * that need more than the manifest (the Dockerfile that builds its image, and the link to it).
   */
  files?: Readonly<Record<string, string>>;
}

export interface RuleMeta {
  /** kebab-case, self-explaining, stable and never reused. */
  id: string;
  title: LocalizedText;
  severity: Severity;
  /** The principle note every finding of this rule links to. */
  concept: string;
  /** The course-topic notes the rule illustrates (the idea underneath the principle). */
  topics: readonly string[];
  /** Why a finding matters: what goes wrong, in the terms of this rule, not of the concept at large. */
  description: LocalizedText;
  /** What to do about a finding. */
  remediation: LocalizedText;
  /** When the finding is legitimately ignored, and how to say so; shown in hovers and notes. */
  exceptions?: LocalizedText;
  peers: Peers;
  /** Why no other tool has an equivalent check; required when `peers` names none. */
  noPeer?: string;
  /**
   * A wrong/right pair: two complete files (a Dockerfile, or a manifest), so a test can prove that
   * the bad one fires the rule and the good one is clean. Hovers show the lines that differ.
   */
  example: RuleExample;
  messages: Record<string, LocalizedText>;
  /** The safety of the fixes this rule offers; absent when it offers none. A fix may override it. */
  fix?: FixSafety;
  /**
   * `false` makes the rule opt-in: a practice some teams hold and others rightly do not (a CPU limit
   * on every container, say). It runs only when the configuration names it (`on` or a severity).
   */
  enabled?: boolean;
}

export interface Report {
  range: Range;
  message: string;
  fix?: Fix;
  /** Fixes a person chooses between; see `Finding.choices`. */
  choices?: Fix[];
  /** Places in this or other files that explain the finding (the Deployment a Service misses…). */
  related?: RelatedLocation[];
  /**
   * Lower than the rule's own severity for this finding alone, such as a builder warning inside a
   * syntax rule; a severity configured for the rule still applies to all its findings.
   */
  severity?: Severity;
  /**
   * The peer checks this finding stands for, when narrower than the rule's (`DL3018` for an apk
   * pin, where the rule also stands for apt's DL3008): an ignore of another check leaves it alone.
   */
  peerIds?: string[];
}

export interface DockerfileRule extends RuleMeta {
  target: 'dockerfile';
  check(ctx: DockerfileContext): void;
}

export interface KubernetesRule extends RuleMeta {
  target: 'kubernetes';
  /**
   * Object kinds the rule looks at; omitted means every Kubernetes object. A list naming both `Pod`
   * and `Deployment` (`WORKLOAD_KINDS`, `SERVING_KINDS`) is about pods wherever they are: it also
   * takes in objects found by their pod template (DeploymentConfig, Rollout, custom resources).
   */
  kinds?: string[];
  /** Called once per object whose kind matches. */
  check?(ctx: KubernetesContext): void;
  /** Called once per file, for checks that relate objects of the file to each other or to the file itself. */
  checkFile?(ctx: KubernetesFileContext): void;
  /**
   * Called once per file with every object of the workspace in `ctx.inventory` (this file's as
   * they are now): for checks that relate objects across files. A rule with this hook has no
   * other, so an editor can recompute its findings when another file changes without linting this
   * one again. It waits while the workspace is still being indexed, and skips kustomize patches.
   */
  checkWorkspace?(ctx: KubernetesWorkspaceContext): void;
}

export interface ComposeRule extends RuleMeta {
  target: 'compose';
  /** Called once per Compose file that parsed to a mapping. */
  check(ctx: ComposeContext): void;
  /**
   * True for a rule that reads other files through `ctx.imageOf` (the Dockerfiles the services
   * build or are linked to): the editor runs it again when the workspace index changes.
   */
  readsWorkspace?: boolean;
}

export interface ChartRule extends RuleMeta {
  target: 'chart';
  /**
   * Whether the rule also judges a chart's requirements.yaml, which Helm decodes over Chart.yaml's
   * fields (its `dependencies` above all).
   */
  requirementsFile?: boolean;
  /** Called once per Chart.yaml (and requirements.yaml, with `requirementsFile`). */
  check(ctx: ChartContext): void;
}

export interface KustomizationRule extends RuleMeta {
  target: 'kustomization';
  /** Called once per kustomization file (kind `Kustomization` or `Component`). */
  check(ctx: KustomizationContext): void;
  /** True for a rule that reads what the kustomization builds through `ctx.workspace`: run again when the index changes. */
  readsWorkspace?: boolean;
}

/** A rule whose findings depend on other files than the one it reports in. */
export function isCrossFileRule(rule: Rule): boolean {
  if (rule.target === 'compose' || rule.target === 'kustomization') return rule.readsWorkspace === true;
  return rule.target === 'kubernetes' && rule.checkWorkspace !== undefined;
}

export type Rule = DockerfileRule | KubernetesRule | ComposeRule | ChartRule | KustomizationRule;

export function defineDockerfileRule(rule: Omit<DockerfileRule, 'target'>): DockerfileRule {
  return { ...rule, target: 'dockerfile' };
}

export function defineComposeRule(rule: Omit<ComposeRule, 'target'>): ComposeRule {
  return { ...rule, target: 'compose' };
}

export function defineChartRule(rule: Omit<ChartRule, 'target'>): ChartRule {
  return { ...rule, target: 'chart' };
}

export function defineKustomizationRule(rule: Omit<KustomizationRule, 'target'>): KustomizationRule {
  return { ...rule, target: 'kustomization' };
}

export function defineKubernetesRule(rule: Omit<KubernetesRule, 'target'>): KubernetesRule {
  return { ...rule, target: 'kubernetes' };
}

/**
 * Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed.
 * Korean particles follow how the filled-in value ends when read aloud: `{name|이/가}` writes the
 * value and its particle; a bare pair such as `{을/를}` picks for the value filled just before it,
 * so a closing quote may stand between them (`"{image}"{이/가}`).
 */
export function format(template: string, data: Record<string, string | number> = {}): string {
  let last = '';
  let text = '';
  for (const part of templateParts(template)) {
    if (typeof part === 'string') text += part;
    else if ('bare' in part) text += particle(last, part.bare);
    else if (!(part.name in data)) text += part.whole;
    else {
      last = String(data[part.name]);
      text += part.pair === undefined ? last : last + particle(last, part.pair);
    }
  }
  return text;
}

/** A template's literal text and its placeholders, in order. */
type TemplatePart = string | { name: string; pair: string | undefined; whole: string } | { bare: string };

const PLACEHOLDER = /\{(?:(\w+)(?:\|([^{}]+))?|([^{}\w\s|]+\/[^{}\s|]+))\}/gu;
/** Rules' messages are a few hundred templates, each filled for every finding: each is split once. */
const splitTemplates = new Map<string, TemplatePart[]>();
const SPLIT_TEMPLATES_KEPT = 5000;

function templateParts(template: string): TemplatePart[] {
  let parts = splitTemplates.get(template);
  if (parts) return parts;
  parts = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > at) parts.push(template.slice(at, match.index));
    const [whole, name, pair, bare] = match;
    parts.push(bare !== undefined ? { bare } : { name: name ?? '', pair, whole });
    at = match.index + whole.length;
  }
  if (at < template.length) parts.push(template.slice(at));
  if (splitTemplates.size < SPLIT_TEMPLATES_KEPT) splitTemplates.set(template, parts);
  return parts;
}

/** The placeholder names of a template, for checking that every locale fills the same ones. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)(?:\|[^{}]+)?\}/g)].map((m) => m[1] ?? '').sort();
}

/** The text in the locale, falling back to English where a locale is missing. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en;
}

/** Message lookup and reporting shared by every rule context. */
export class ReportingContext {
  constructor(
    protected readonly rule: RuleMeta,
    readonly locale: Locale,
    private readonly sink: (report: Report) => void,
  ) {}

  /** The rule's message `id` in the configured locale, with placeholders filled. */
  t(id: string, data?: Record<string, string | number>): string {
    const text = this.rule.messages[id];
    if (!text) throw new Error(`rule ${this.rule.id} has no message "${id}"`);
    return format(localize(text, this.locale), data);
  }

  report(report: Report): void {
    this.sink(report);
  }
}
