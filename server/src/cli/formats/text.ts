import { findRule } from '../../rules';
import type { Locale, Severity } from '../../engine/types';
import { explainRule, explanationText } from '../../teaching/explain';
import { severityWord, ui } from '../../teaching/ui-text';
import { templateAt, type FileReport } from '../report';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A related file as the user typed paths: relative to the working folder when it lies below it. */
function displayPath(uriOrPath: string): string {
  let file = uriOrPath;
  if (uriOrPath.startsWith('file:')) {
    try {
      file = fileURLToPath(uriOrPath);
    } catch {
      return uriOrPath;
    }
  }
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

const COLORS: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };

export interface TextOptions {
  color: boolean;
  locale: Locale;
  /** Print the rule's explanation under its first finding. */
  explain: boolean;
  fixMode: 'none' | 'safe' | 'all';
}

const WORDS = {
  en: {
    fixable: '(fixable)',
    fixableUnsafe: '(fixable with --fix-unsafe)',
    skipped: 'skipped',
    checked: (n: number) => `${n} file(s) checked`,
    none: 'no findings',
    counts: (c: Record<Severity, number>) =>
      `${c.error} error(s), ${c.warning} warning(s), ${c.info} info, ${c.hint} hint(s)`,
    skippedCount: (n: number) => `${n} skipped`,
    applied: (n: number) => `${n} fix(es) applied`,
    unsafeLeft: (n: number) => `${n} more with --fix-unsafe (they change how the image or workload runs)`,
  },
  ko: {
    fixable: '(수정 가능)',
    fixableUnsafe: '(--fix-unsafe로 수정 가능)',
    skipped: '건너뜀',
    checked: (n: number) => `파일 ${n}개 검사`,
    none: '결과 없음',
    counts: (c: Record<Severity, number>) =>
      `오류 ${c.error}개, 경고 ${c.warning}개, 정보 ${c.info}개, 힌트 ${c.hint}개`,
    skippedCount: (n: number) => `${n}개 건너뜀`,
    applied: (n: number) => `수정 ${n}개 적용`,
    unsafeLeft: (n: number) => `--fix-unsafe로 ${n}개 더 고칠 수 있음(이미지나 워크로드의 실행 방식이 바뀝니다)`,
  },
};

/** The whole output at once: the same text a TextWriter writes piece by piece. */
export function formatText(reports: readonly FileReport[], options: TextOptions): string {
  const writer = new TextWriter(options);
  return reports.map((report) => writer.add(report)).join('') + writer.end();
}

/** Writes each file's lines as its report comes, and the summary at the end. */
export class TextWriter {
  private readonly words: (typeof WORDS)['en'];
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  private readonly explained = new Set<string>();
  private reports = 0;
  private fixed = 0;
  private unsafeLeft = 0;
  private skipped = 0;

  constructor(private readonly options: TextOptions) {
    this.words = WORDS[options.locale];
  }

  private paint(code: string, text: string): string {
    return this.options.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  }

  add(report: FileReport): string {
    const { locale } = this.options;
    const words = this.words;
    const lines: string[] = [];
    // The templates rendered output's findings moved to were not linted themselves.
    if (report.renderedInto === undefined) this.reports++;
    this.fixed += report.fixed ?? 0;
    if (report.error) {
      lines.push(`${report.file}: ${this.paint('31', severityWord('error', locale))} ${report.error}`);
      this.counts.error++;
    } else if (report.skipped) {
      this.skipped++;
      if (report.explicit) lines.push(`${report.file}: ${this.paint('90', words.skipped)} — ${report.skipped}`);
    } else this.addFindings(report, lines);
    return lines.map((line) => `${line}\n`).join('');
  }

  private addFindings(report: FileReport, lines: string[]): void {
    const { locale } = this.options;
    const words = this.words;
    for (const finding of report.findings) {
      this.counts[finding.severity]++;
      const template = report.renderedFrom && templateAt(report.renderedFrom, finding.range.start.line);
      const from = template ? ` (${ui('renderedFrom', locale, { template })})` : '';
      const where = `${report.file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}${from}`;
      const unsafe = finding.fix?.safety === 'unsafe';
      if (unsafe && this.options.fixMode === 'safe') this.unsafeLeft++;
      const fixable = finding.fix ? ` ${unsafe ? words.fixableUnsafe : words.fixable}` : '';
      lines.push(
        `${where}: ${this.paint(COLORS[finding.severity], severityWord(finding.severity, locale))} ${finding.message} ${this.paint('90', `[${finding.ruleId}]`)}${fixable}`,
      );
      // Where the other side of a cross-file finding is: the Deployment a Service misses, say.
      for (const related of finding.related ?? []) {
        const file = related.uri ? displayPath(related.uri) : report.file;
        const at = `${file}:${related.range.start.line + 1}:${related.range.start.character + 1}`;
        lines.push(this.paint('90', `  ${ui('related', locale)}: ${at}: ${related.message}`));
      }
      const rule = findRule(finding.ruleId);
      if (this.options.explain && rule && !this.explained.has(rule.id)) {
        this.explained.add(rule.id);
        lines.push(this.paint('90', explanationText(explainRule(rule, locale), locale)));
      }
    }
  }

  end(): string {
    const { counts, words } = this;
    const checked = this.reports - this.skipped;
    const total = counts.error + counts.warning + counts.info + counts.hint;
    let summary = `${words.checked(checked)}${this.skipped > 0 ? `, ${words.skippedCount(this.skipped)}` : ''}: ${total === 0 ? words.none : words.counts(counts)}`;
    if (this.fixed > 0) summary += `; ${words.applied(this.fixed)}`;
    if (this.unsafeLeft > 0) summary += `; ${words.unsafeLeft(this.unsafeLeft)}`;
    return `${summary}\n`;
  }
}
