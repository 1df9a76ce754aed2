import { findRule } from '../../rules';
import type { Locale, Severity } from '../../engine/types';
import { explainRule, explanationText } from '../../teaching/explain';
import { severityWord, ui } from '../../teaching/ui-text';
import type { FileReport } from '../report';
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

export function formatText(reports: readonly FileReport[], options: TextOptions): string {
  const { color, locale } = options;
  const words = WORDS[locale];
  const paint = (code: string, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const explained = new Set<string>();
  let fixed = 0;
  let unsafeLeft = 0;
  let skipped = 0;
  for (const report of reports) {
    fixed += report.fixed ?? 0;
    if (report.error) {
      lines.push(`${report.file}: ${paint('31', severityWord('error', locale))} ${report.error}`);
      counts.error++;
      continue;
    }
    if (report.skipped) {
      skipped++;
      if (report.explicit) lines.push(`${report.file}: ${paint('90', words.skipped)} — ${report.skipped}`);
      continue;
    }
    for (const finding of report.findings) {
      counts[finding.severity]++;
      const where = `${report.file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      const unsafe = finding.fix?.safety === 'unsafe';
      if (unsafe && options.fixMode === 'safe') unsafeLeft++;
      const fixable = finding.fix ? ` ${unsafe ? words.fixableUnsafe : words.fixable}` : '';
      lines.push(
        `${where}: ${paint(COLORS[finding.severity], severityWord(finding.severity, locale))} ${finding.message} ${paint('90', `[${finding.ruleId}]`)}${fixable}`,
      );
      // Where the other side of a cross-file finding is: the Deployment a Service misses, say.
      for (const related of finding.related ?? []) {
        const file = related.uri ? displayPath(related.uri) : report.file;
        const at = `${file}:${related.range.start.line + 1}:${related.range.start.character + 1}`;
        lines.push(paint('90', `  ${ui('related', locale)}: ${at}: ${related.message}`));
      }
      const rule = findRule(finding.ruleId);
      if (options.explain && rule && !explained.has(rule.id)) {
        explained.add(rule.id);
        lines.push(paint('90', explanationText(explainRule(rule, locale), locale)));
      }
    }
  }
  const checked = reports.length - skipped;
  const total = counts.error + counts.warning + counts.info + counts.hint;
  let summary = `${words.checked(checked)}${skipped > 0 ? `, ${words.skippedCount(skipped)}` : ''}: ${total === 0 ? words.none : words.counts(counts)}`;
  if (fixed > 0) summary += `; ${words.applied(fixed)}`;
  if (unsafeLeft > 0) summary += `; ${words.unsafeLeft(unsafeLeft)}`;
  lines.push(summary);
  return lines.join('\n') + '\n';
}
