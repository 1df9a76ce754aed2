/**
 * Where `cntutor lint`'s reports go as each file is linted. JSON and text are written a file at a
 * time, so a run holds one file's findings, not every file's: 50,000 objects made 257,000
 * findings and a 134 MB JSON text, and holding them took the run to 1.3 GB. SARIF is one document
 * whose rules and results are laid out together, so its reports are kept for the end.
 */
import type { FailOn } from '../engine/config';
import { SEVERITY_RANK } from '../engine/types';
import { allRules } from '../rules';
import { VERSION } from '../version';
import { JsonWriter } from './formats/json';
import { formatSarif } from './formats/sarif';
import { TextWriter, type TextOptions } from './formats/text';
import type { FileReport, RenderedReport } from './report';

interface Writer {
  add(report: FileReport): string | Uint8Array;
  end(): string;
}

class SarifWriter implements Writer {
  private readonly reports: FileReport[] = [];
  constructor(private readonly locale: TextOptions['locale']) {}
  add(report: FileReport): string {
    this.reports.push(report);
    return '';
  }
  end(): string {
    return formatSarif(this.reports, allRules(), VERSION, this.locale);
  }
}

/** What decides the exit code, gathered as the reports pass. */
export class LintOutput {
  private readonly writer: Writer;
  private files = 0;
  private skipped = 0;
  private errors = 0;
  private failing = false;

  constructor(
    format: 'text' | 'json' | 'sarif',
    text: TextOptions,
    private readonly failOn: FailOn,
    /** Writes the text; false when the stream has taken more than it has written yet. */
    private readonly write: (chunk: string | Uint8Array) => boolean,
  ) {
    this.writer =
      format === 'json' ? new JsonWriter() : format === 'sarif' ? new SarifWriter(text.locale) : new TextWriter(text);
  }

  add(report: FileReport): void {
    this.count(report, worstRank(report));
    this.out(this.writer.add(report));
  }

  /** A report made into JSON elsewhere (see `renderJson`); the output must be JSON. */
  addRendered({ report, worst, json }: RenderedReport): void {
    if (!(this.writer instanceof JsonWriter)) throw new Error('a report rendered as JSON reached another format');
    this.count(report, worst);
    this.out(this.writer.separator());
    this.out(json);
  }

  private count(report: FileReport, worst: number | undefined): void {
    if (report.renderedInto === undefined) this.files++;
    if (report.skipped) this.skipped++;
    if (report.error) this.errors++;
    if (this.failOn !== 'none' && worst !== undefined) this.failing ||= worst >= SEVERITY_RANK[this.failOn];
  }

  private out(chunk: string | Uint8Array): void {
    if (chunk.length > 0 && !this.write(chunk)) this.backlog = true;
  }

  /**
   * Whether the reader lags behind: a pipe takes 64 KB before it waits for its reader, and the
   * rest of each write waits in memory, so the lint waits for it to drain (see lint-command.ts).
   */
  takeBacklog(): boolean {
    const backlog = this.backlog;
    this.backlog = false;
    return backlog;
  }
  private backlog = false;

  end(): void {
    this.write(this.writer.end());
  }

  /** A file that could not be read makes 2, as does a run where no file was a lint target. */
  get unreadable(): boolean {
    return this.errors > 0;
  }

  get nothingLinted(): boolean {
    return this.files > 0 && this.skipped === this.files;
  }

  get failed(): boolean {
    return this.failing;
  }
}

function worstRank(report: FileReport): number | undefined {
  let worst: number | undefined;
  for (const finding of report.findings) worst = Math.max(worst ?? 0, SEVERITY_RANK[finding.severity]);
  return worst;
}

/** The report as JSON, with what decides the exit code: what a `--jobs` worker sends for `--format json`. */
export function renderJson(report: FileReport): RenderedReport {
  // The body is an array of its own (not a slice of a shared pool), so it can be handed over.
  return { report: { ...report, findings: [] }, worst: worstRank(report), json: JsonWriter.body(report) };
}
