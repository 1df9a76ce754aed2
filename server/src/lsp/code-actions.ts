import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../engine/fix';
import { findRule } from '../rules';
import { sameRange } from '../engine/text';
import type { Finding } from '../engine/types';
import { isDiagnosticData } from './diagnostics';
import { candidateKind } from '../engine/detect';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cntutor`;

export interface CodeActionInput {
  params: CodeActionParams;
  document: TextDocument;
  findings: readonly Finding[];
  relint: (text: string) => readonly Finding[];
}

/** Quick fixes found through each diagnostic's `data`, an "ignore" action, and fix-all for save. */
export function codeActions({ params, document, findings, relint }: CodeActionInput): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'cntutor' || !isDiagnosticData(diagnostic.data)) continue;
      const ruleId = diagnostic.data.ruleId;
      const finding = findings.find((f) => f.ruleId === ruleId && sameRange(f.range, diagnostic.range));
      if (finding?.fix) {
        actions.push({
          title: finding.fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: { changes: { [document.uri]: finding.fix.edits } },
        });
      }
      const ignore = ignoreEdit(document, diagnostic, ruleId);
      if (ignore) {
        actions.push({
          title: `Ignore ${ruleId} here`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [document.uri]: [ignore] } },
        });
      }
    }
  }
  if (wants(FIX_ALL_KIND) && findings.some((f) => f.fix)) {
    const text = document.getText();
    const onSave = (t: string): Finding[] => relint(t).filter((f) => !findRule(f.ruleId)?.fixChangesBehaviour);
    const fixed = fixAll(text, onSave).text;
    if (fixed !== text) {
      actions.push({
        title: 'Fix all auto-fixable cntutor findings',
        kind: FIX_ALL_KIND,
        edit: {
          changes: {
            [document.uri]: [
              { range: { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, newText: fixed },
            ],
          },
        },
      });
    }
  }
  return actions;
}

/** `# cntutor ignore=<rule>` on its own line above the finding, indented like that line. */
function ignoreEdit(document: TextDocument, diagnostic: Diagnostic, ruleId: string): TextEdit | undefined {
  let line = diagnostic.range.start.line;
  // In a Dockerfile the comment must precede the whole instruction, not one of its continuation lines.
  if (candidateKind(document.uri, document.languageId) === 'dockerfile') {
    while (line > 0 && /\\\s*$/.test(lineText(document, line - 1))) line--;
  }
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}# cntutor ignore=${ruleId}${eol}`,
  };
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } });
}
