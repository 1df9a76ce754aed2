import type { Fix, Locale, Peers, Range, Severity } from './types';
import type { DockerfileContext } from './dockerfile/context';
import type { KubernetesContext, KubernetesFileContext } from './kubernetes/context';

/** A message in every supported locale; `{name}` placeholders are filled from report data. */
export interface LocalizedText {
  en: string;
  ko: string;
}

export interface RuleMeta {
  /** kebab-case, self-explaining, stable and never reused. */
  id: string;
  title: string;
  severity: Severity;
  /** The concept note every finding of this rule links to. */
  concept: string;
  /** What the rule checks and why it matters. */
  description: string;
  /** What to do about a finding. */
  remediation: string;
  peers: Peers;
  /** A minimal wrong/right pair shown in hovers and docs. */
  example: { bad: string; good: string };
  messages: Record<string, LocalizedText>;
  /** True when the rule offers a fix that is always safe to apply. */
  fixable: boolean;
  /**
   * True when the fix, though it only writes what the rule asks for, changes how the workload runs
   * (another user, a read-only disk, fewer packages). Editors offer it as a quick fix but never
   * apply it on save; `cntutor lint --fix` applies it because it was asked to.
   */
  fixChangesBehaviour?: boolean;
}

export interface Report {
  range: Range;
  message: string;
  fix?: Fix;
}

export interface DockerfileRule extends RuleMeta {
  target: 'dockerfile';
  check(ctx: DockerfileContext): void;
}

export interface KubernetesRule extends RuleMeta {
  target: 'kubernetes';
  /** Object kinds the rule looks at; omitted means every Kubernetes object. */
  kinds?: string[];
  /** Called once per object whose kind matches. */
  check?(ctx: KubernetesContext): void;
  /** Called once per file, for checks that relate objects to each other or to the file itself. */
  checkFile?(ctx: KubernetesFileContext): void;
}

export type Rule = DockerfileRule | KubernetesRule;

export function defineDockerfileRule(rule: Omit<DockerfileRule, 'target'>): DockerfileRule {
  return { ...rule, target: 'dockerfile' };
}

export function defineKubernetesRule(rule: Omit<KubernetesRule, 'target'>): KubernetesRule {
  return { ...rule, target: 'kubernetes' };
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
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
    return format(text[this.locale] || text.en, data);
  }

  report(report: Report): void {
    this.sink(report);
  }
}
