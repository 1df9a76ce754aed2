/**
 * Every syntax issue of a Dockerfile, in document offsets: the parser directives (validated by
 * the schema's `directives` definition), each instruction (check.ts), here-documents that never
 * close, and what only the whole file shows — a file that does not start with FROM, stage
 * names used twice or reserved by the builder, and mounts that land on / (mount-targets.ts).
 */
import { dockerfileValidator } from './compile';
import { checkInstruction, type CheckedInstruction, type IssueCode, type SyntaxIssue } from './check';
import { mountTargetIssues } from './mount-targets';
import type { ScannedDockerfile, ScannedInstruction } from './scan';
import type { Span } from './split';

export type FileIssueCode =
  | IssueCode
  | 'no-from'
  | 'duplicate-stage'
  | 'reserved-stage'
  | 'unterminated-heredoc'
  | 'duplicate-directive'
  | 'misplaced-directive'
  | 'bad-escape'
  | 'bad-check'
  | 'mount-needs-target'
  | 'mount-may-need-target'
  | 'mount-on-root';

export interface FileIssue extends Omit<SyntaxIssue, 'code'> {
  code: FileIssueCode;
}

/** Stage names the builder gives a meaning of its own. */
const RESERVED_STAGE_NAMES = new Set(['scratch', 'context']);

export function dockerfileIssues(scan: ScannedDockerfile): FileIssue[] {
  const issues: FileIssue[] = [];
  directiveIssues(scan, issues);
  const checked = scan.instructions.map((instruction) => checkInstruction(instruction.line.text, scan.escape));
  const stageNames = new Set<string>();
  checked.forEach((check, i) => {
    const instruction = scan.instructions[i] as ScannedInstruction;
    const toDocument = (issue: SyntaxIssue): FileIssue => ({
      ...issue,
      span: instruction.line.docSpan(issue.span),
      ...(issue.fix ? { fix: documentFix(issue.fix, (span) => instruction.line.docSpan(span)) } : {}),
    });
    for (const issue of check.issues) {
      // An image named after an earlier stage is that stage, whatever the reference grammar says.
      const namesStage =
        issue.code === 'bad-argument' &&
        check.keyword === 'FROM' &&
        stageNames.has((check.image?.text ?? '').toLowerCase());
      if (!namesStage) issues.push(toDocument(issue));
    }
    if (check.stage) stageNames.add(check.stage.text.toLowerCase());
    for (const heredoc of instruction.heredocs) {
      if (!heredoc.terminated)
        issues.push({
          code: 'unterminated-heredoc',
          span: instruction.line.docSpan(heredoc.span),
          data: { name: heredoc.name },
        });
    }
  });
  fromIssues(scan, checked, issues);
  stageIssues(scan, checked, issues);
  for (const issue of mountTargetIssues(scan, checked)) issues.push(issue);
  return issues.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function documentFix(fix: NonNullable<SyntaxIssue['fix']>, docSpan: (span: Span) => Span): FileIssue['fix'] {
  const { span, text, above } = fix;
  const at = above && docSpan({ start: above.at, end: above.at }).start;
  return { span: docSpan(span), text, ...(above && at !== undefined ? { above: { at, text: above.text } } : {}) };
}

function directiveIssues(scan: ScannedDockerfile, issues: FileIssue[]): void {
  for (const problem of scan.problems) {
    issues.push({
      code: problem.code,
      span: problem.directive.line,
      data: { name: problem.directive.name },
      ...(problem.code === 'misplaced-directive' ? { warning: true } : {}),
    });
  }
  const validate = dockerfileValidator('directives');
  const values = Object.fromEntries(scan.directives.map((d) => [d.name, d.value]));
  if (!validate || validate(values)) return;
  for (const error of validate.errors ?? []) {
    const name = error.instancePath.slice(1);
    const directive = scan.directives.find((d) => d.name === name);
    if (!directive) continue;
    issues.push({
      code: name === 'escape' ? 'bad-escape' : 'bad-check',
      span: directive.value_,
      data: { value: directive.value },
    });
  }
}

/** Only ARG may come before the first FROM, and a file needs a FROM at all. */
function fromIssues(scan: ScannedDockerfile, checked: CheckedInstruction[], issues: FileIssue[]): void {
  const first = checked.findIndex((check) => check.keyword !== 'ARG');
  const check = checked[first];
  if (!check) {
    issues.push({ code: 'no-from', span: { start: 0, end: 0 }, data: {} });
    return;
  }
  // `FORM alpine` is one mistake: it is reported as an unknown instruction, not also as a missing FROM.
  if (check.keyword === 'FROM' || !check.known) return;
  const instruction = scan.instructions[first] as ScannedInstruction;
  issues.push({ code: 'no-from', span: instruction.line.docSpan(check.keywordSpan), data: {} });
}

function stageIssues(scan: ScannedDockerfile, checked: CheckedInstruction[], issues: FileIssue[]): void {
  const byName = new Map<string, { span: Span; text: string }[]>();
  checked.forEach((check, i) => {
    if (!check.stage) return;
    const span = (scan.instructions[i] as ScannedInstruction).line.docSpan(check.stage.span);
    const name = check.stage.text.toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), { span, text: check.stage.text }]);
    if (RESERVED_STAGE_NAMES.has(name)) issues.push({ code: 'reserved-stage', span, data: { name: check.stage.text } });
  });
  for (const stages of byName.values()) {
    if (stages.length < 2) continue;
    for (const { span, text } of stages) issues.push({ code: 'duplicate-stage', span, data: { name: text } });
  }
}
