/**
 * Requests of the tutor side of the server: concept notes and rule explanations as markdown with
 * working links, the list of notes with the rules that teach them, the findings in the workspace
 * (for a concept browser), and the exercises. Any LSP client may use them; the VS Code extension
 * builds its Concepts view, note pages and exercise commands on them.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { collectFiles } from '../cli/files';
import { getConcept, renderConcept } from '../concepts';
import { conceptFileUri } from '../concepts/links';
import { localize } from '../engine/rule';
import type { Finding, Locale, Range, Severity } from '../engine/types';
import { checkExercise, checkReport, EXERCISES, findExercise } from '../exercises';
import { allRules, findRule } from '../rules';
import { explainRule, explanationMarkdown } from '../teaching/explain';
import { listNotes, noteAppendix } from '../teaching/note-links';
import { ui } from '../teaching/ui-text';

/** What the requests need from the running server. */
export interface TutorHost {
  /** The language of a request that names none: the editor's, or `cntutor.locale`. */
  defaultLocale(): Locale;
  /** Workspace folders (file system paths) whose files the findings cover. */
  roots(): readonly string[];
  /** Findings of an open document, linted now if needed; undefined for a file that is not open. */
  openFindings(uri: string): Promise<Finding[] | undefined>;
  /** Findings of a file on disk, with the settings and project file that apply to it. */
  lintFile(uri: string, text: string): Promise<Finding[]>;
}

interface LinkParams {
  id: string;
  locale?: Locale;
  /**
   * Prefix for links: `${linkBase}concept/ID` and `${linkBase}rule/ID` (an editor's own scheme).
   * Without it, notes link to the note files shipped in the package.
   */
  linkBase?: string;
}

export interface WorkspaceFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
}

/** Files above this size, or beyond this many, are left out of the workspace findings. */
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_FILES = 2000;

export function registerTutorRequests(connection: Connection, host: TutorHost): void {
  const localeOf = (params: { locale?: Locale } | undefined): Locale =>
    params?.locale === 'en' || params?.locale === 'ko' ? params.locale : host.defaultLocale();
  const links = (params: LinkParams, locale: Locale) => ({
    concept: (id: string) => (params.linkBase ? `${params.linkBase}concept/${id}` : conceptFileUri(id, locale)),
    rule: params.linkBase ? (id: string) => `${params.linkBase}rule/${id}` : undefined,
  });

  connection.onRequest('cntutor/concept', (params: LinkParams) => {
    const locale = localeOf(params);
    const note = getConcept(params.id, locale);
    if (!note) return null;
    const link = links(params, locale);
    const appendix = noteAppendix(note, locale, link.concept, link.rule);
    return {
      id: note.id,
      title: note.title,
      kind: note.topic ? 'topic' : 'principle',
      markdown: renderConcept(note) + (appendix ? `\n${appendix}\n` : ''),
    };
  });

  connection.onRequest('cntutor/rule', (params: LinkParams) => {
    const locale = localeOf(params);
    const rule = findRule(params.id);
    if (!rule) return null;
    const explanation = explainRule(rule, locale);
    const body = explanationMarkdown(explanation, { locale, link: links(params, locale).concept });
    return {
      id: rule.id,
      title: explanation.title,
      concept: rule.concept,
      markdown: `# ${explanation.title}\n\n\`${rule.id}\` · ${ui(rule.severity, locale)}\n\n${body}\n`,
    };
  });

  connection.onRequest('cntutor/concepts', (params: { locale?: Locale } | undefined) => {
    const locale = localeOf(params);
    return listNotes(locale).map((summary) => ({
      ...summary,
      summary: getConcept(summary.id, locale)?.summary ?? '',
      rules: summary.rules.map((id) => {
        const rule = allRules().find((r) => r.id === id);
        return {
          id,
          title: rule ? localize(rule.title, locale) : id,
          severity: rule?.severity ?? 'warning',
          principle: rule?.concept === summary.id,
        };
      }),
    }));
  });

  const cache = new Map<string, { stamp: string; findings: WorkspaceFinding[] }>();
  connection.onRequest('cntutor/workspaceFindings', async () => {
    const files: { uri: string; findings: WorkspaceFinding[] }[] = [];
    const seen = new Set<string>();
    for (const root of host.roots()) {
      let found: string[] = [];
      try {
        found = collectFiles([root]).map((f) => f.file);
      } catch {
        continue;
      }
      for (const file of found) {
        if (seen.size >= MAX_FILES) break;
        const uri = pathToFileURL(file).href;
        if (seen.has(uri)) continue;
        seen.add(uri);
        const findings = (await host.openFindings(uri)) ?? (await fromDisk(file, uri));
        if (findings && findings.length > 0) files.push({ uri, findings: findings.map(plain) });
        // Other requests (hovers, edits) are answered between files.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return files;
  });

  async function fromDisk(file: string, uri: string): Promise<Finding[] | undefined> {
    try {
      const stat = statSync(file);
      if (stat.size > MAX_FILE_BYTES) return undefined;
      const stamp = `${stat.mtimeMs}:${stat.size}`;
      const cached = cache.get(uri);
      if (cached?.stamp === stamp) return cached.findings as Finding[];
      const findings = (await host.lintFile(uri, readFileSync(file, 'utf8'))).map(plain);
      cache.set(uri, { stamp, findings });
      return findings as Finding[];
    } catch {
      return undefined;
    }
  }

  connection.onRequest('cntutor/exercises', (params: { locale?: Locale } | undefined) => {
    const locale = localeOf(params);
    return EXERCISES.map((e) => exercisePayload(e.id, locale));
  });

  connection.onRequest('cntutor/exercise', (params: { id: string; locale?: Locale }) =>
    findExercise(params.id) ? exercisePayload(params.id, localeOf(params)) : null,
  );

  connection.onRequest('cntutor/checkExercise', (params: { id: string; text: string; locale?: Locale }) => {
    const exercise = findExercise(params.id);
    if (!exercise) return null;
    const locale = localeOf(params);
    const result = checkExercise(exercise, params.text, locale);
    return { passed: result.passed, lines: checkReport(exercise, result, locale) };
  });
}

function plain(finding: Finding): WorkspaceFinding {
  return { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, range: finding.range };
}

function exercisePayload(id: string, locale: Locale) {
  const exercise = findExercise(id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  return {
    id: exercise.id,
    topic: exercise.topic,
    file: exercise.file,
    title: localize(exercise.title, locale),
    goal: localize(exercise.goal, locale),
    hints: exercise.hints.map((hint) => localize(hint, locale)),
    targets: [...exercise.targets],
    start: exercise.start,
  };
}
