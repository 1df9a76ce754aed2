import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileKey } from '../../schema/file-key';
import type { Rule } from '../../engine/rule';
import type { Severity } from '../../engine/types';
import { localize } from '../../engine/rule';
import type { Locale } from '../../engine/types';
import { explainRule, explanationMarkdown, type Explanation } from '../../teaching/explain';
import { ui } from '../../teaching/ui-text';
import type { FileReport } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/** SARIF 2.1.0: one run, every rule with its help link, exact one-based line and column ranges. */
export function formatSarif(
  reports: readonly FileReport[],
  rules: readonly Rule[],
  version: string,
  locale: Locale = 'en',
): string {
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  // Findings of the engine itself (file-too-large) have no rule module; they still get a rule entry.
  const engineRules: { id: string; concept: string }[] = [];
  for (const finding of reports.flatMap((report) => report.findings)) {
    if (ruleIndex.has(finding.ruleId)) continue;
    ruleIndex.set(finding.ruleId, rules.length + engineRules.length);
    engineRules.push({ id: finding.ruleId, concept: finding.concept });
  }
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(report.file) },
            region: {
              startLine: finding.range.start.line + 1,
              startColumn: finding.range.start.character + 1,
              endLine: finding.range.end.line + 1,
              endColumn: finding.range.end.character + 1,
            },
          },
        },
      ],
      ...(finding.fix || finding.choices
        ? {
            fixes: [...(finding.fix ? [finding.fix] : []), ...(finding.choices ?? [])].map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation: { uri: artifactUri(report.file) },
                  replacements: fix.edits.map((edit) => ({
                    deletedRegion: {
                      startLine: edit.range.start.line + 1,
                      startColumn: edit.range.start.character + 1,
                      endLine: edit.range.end.line + 1,
                      endColumn: edit.range.end.character + 1,
                    },
                    insertedContent: { text: edit.newText },
                  })),
                },
              ],
            })),
          }
        : {}),
      ...(finding.related
        ? {
            relatedLocations: finding.related.map((related, id) => ({
              id,
              physicalLocation: {
                artifactLocation: { uri: artifactUri(related.uri ?? report.file) },
                region: {
                  startLine: related.range.start.line + 1,
                  startColumn: related.range.start.character + 1,
                  endLine: related.range.end.line + 1,
                  endColumn: related.range.end.character + 1,
                },
              },
              message: { text: related.message },
            })),
          }
        : {}),
    })),
  );
  const notifications = reports
    .filter((report) => report.error)
    .map((report) => ({ level: 'error', message: { text: `${report.file}: ${report.error}` } }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cntutor',
            fullName: 'Cloud Native Tutor',
            version,
            semanticVersion: version,
            rules: [
              ...rules.map((rule) => {
                const explanation = explainRule(rule, locale);
                return {
                  id: rule.id,
                  name: rule.id,
                  shortDescription: { text: localize(rule.title, locale) },
                  fullDescription: { text: localize(rule.description, locale) },
                  // Code scanning shows help where the finding is read; no link here would survive the upload.
                  help: { text: helpText(explanation, locale), markdown: explanationMarkdown(explanation, { locale }) },
                  defaultConfiguration: { level: LEVEL[rule.severity], enabled: rule.enabled !== false },
                  properties: {
                    concept: rule.concept,
                    topics: rule.topics,
                    peers: rule.peers,
                    fix: rule.fix ?? null,
                    target: rule.target,
                  },
                };
              }),
              ...engineRules.map((rule) => ({
                id: rule.id,
                name: rule.id,
                shortDescription: { text: rule.id.replace(/-/g, ' ') },
                properties: { concept: rule.concept },
              })),
            ],
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** The explanation as plain text: SARIF viewers that do not render markdown show this. */
function helpText(e: Explanation, locale: Locale): string {
  return [
    `${ui('why', locale)}: ${e.why}`,
    `❌ ${ui('insteadOf', locale)}:\n${e.bad}`,
    `✅ ${ui('write', locale)}:\n${e.good}`,
    `${ui('howToFix', locale)}: ${e.remediation}`,
    ...(e.exceptions ? [`${ui('exceptions', locale)}: ${e.exceptions}`] : []),
    `${ui('concept', locale)}: ${e.concept.title} — ${e.concept.line} (cntutor explain ${e.concept.id})`,
  ].join('\n\n');
}

function artifactUri(file: string): string {
  // A related file under the folder the run started in is named as the linted files are, relative
  // to it, so code scanning finds it in the repository; any other stays an absolute URI.
  if (file.startsWith('file:')) {
    const full = fileKey(file);
    if (full === file) return file;
    const relative = path.relative(process.cwd(), full);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
      ? relative.split(path.sep).join('/')
      : file;
  }
  return path.isAbsolute(file) ? pathToFileURL(file).href : file.split(path.sep).join('/');
}
