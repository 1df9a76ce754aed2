import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../engine/fix';
import { sameRange } from '../engine/text';
import type { Finding, Locale } from '../engine/types';
import { ui } from '../teaching/ui-text';
import { isDiagnosticData } from './diagnostics';
import { candidateKind } from '../engine/detect';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cntutor`;

export interface CodeActionInput {
  params: CodeActionParams;
  document: TextDocument;
  findings: readonly Finding[];
  relint: (text: string) => readonly Finding[];
  locale: Locale;
}

/** Quick fixes found through each diagnostic's `data`, an "ignore" action, and fix-all for save. */
export function codeActions({ params, document, findings, relint, locale }: CodeActionInput): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    // One "ignore" per rule and line, however many findings the rule made there.
    const ignoring = new Map<string, CodeAction>();
    // Two findings can offer the same edit (a misspelt key is unknown, and the key it meant is missing).
    const offered = new Map<string, CodeAction>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'cntutor' || !isDiagnosticData(diagnostic.data)) continue;
      const ruleId = diagnostic.data.ruleId;
      const finding = findings.find((f) => f.ruleId === ruleId && sameRange(f.range, diagnostic.range));
      for (const fix of [...(finding?.fix ? [finding.fix] : []), ...(finding?.choices ?? [])]) {
        const safe = fix.safety === 'safe' && fix === finding?.fix;
        const same = `${fix.title}\u0000${JSON.stringify(fix.edits)}`;
        const earlier = offered.get(same);
        if (earlier) {
          earlier.diagnostics?.push(diagnostic);
          continue;
        }
        const action: CodeAction = {
          title: safe ? fix.title : ui('reviewFix', locale, { title: fix.title }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          // Editors may apply a preferred fix without showing it; only rewrites that change nothing else qualify.
          isPreferred: safe,
          edit: { changes: { [document.uri]: fix.edits } },
        };
        offered.set(same, action);
        actions.push(action);
      }
      const ignore = ignoreEdit(document, diagnostic, ruleId);
      if (!ignore) continue;
      const key = `${ruleId}@${ignore.range.start.line}`;
      const existing = ignoring.get(key);
      if (existing) {
        existing.diagnostics?.push(diagnostic);
        continue;
      }
      ignoring.set(key, {
        title: ui('ignoreHere', locale, { rule: ruleId }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri]: [ignore] } },
      });
    }
    actions.push(...ignoring.values());
  }
  if (wants(FIX_ALL_KIND) && findings.some((f) => f.fix?.safety === 'safe')) {
    const text = document.getText();
    const onSave = (t: string): Finding[] => relint(t).filter((f) => f.fix?.safety === 'safe');
    const fixed = fixAll(text, onSave).text;
    if (fixed !== text) {
      actions.push({
        title: ui('fixAll', locale),
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
