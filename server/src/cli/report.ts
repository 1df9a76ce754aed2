import type { Finding } from '../engine/types';

/** The outcome of linting one file, as every output format sees it. */
export interface FileReport {
  file: string;
  findings: Finding[];
  /** A file that could not be read or linted, with the reason. */
  error?: string;
  /** How many fixes --fix applied. */
  fixed?: number;
  /** Why the file was not linted (not a Dockerfile or a Kubernetes manifest). */
  skipped?: string;
  /** Named on the command line rather than found in a folder. */
  explicit?: boolean;
  /** Rendered Helm output on standard input: the template each part came from, by its first line. */
  renderedFrom?: readonly RenderedPart[];
  /**
   * The findings of rendered output that belong to this template, which was not itself linted: the
   * name of the stream they were found in. Such a report counts as no file checked.
   */
  renderedInto?: string;
}

/** Where the part of a `helm template` stream rendered from one template starts (zero-based line). */
export interface RenderedPart {
  line: number;
  template: string;
}

/** The template a zero-based line of the stream was rendered from, if the stream says. */
export function templateAt(parts: readonly RenderedPart[], line: number): string | undefined {
  let found: string | undefined;
  for (const part of parts) {
    if (part.line > line) break;
    found = part.template;
  }
  return found;
}

/**
 * A report a `--jobs` worker has already written out as JSON: only what decides the exit code
 * crosses to the main thread with the text, where the findings as objects took longer to copy
 * across than to lint. The text crosses as UTF-8 bytes whose memory is handed over rather than
 * copied: as a string (two bytes a character once a message holds a curly quote) each worker
 * spent 0.7–0.8 s of a 50,000-object run copying its reports into messages.
 */
export interface RenderedReport {
  /** The report, its findings left out. */
  report: FileReport;
  /** The rank of its most severe finding; undefined without findings. */
  worst: number | undefined;
  json: Uint8Array;
}

/**
 * The report of `work` on one file, or, should it throw, a report of that file's error: reports
 * are streamed as files are linted, so an error escaping would cut the output short, leaving the
 * files before it reported and the rest never linted.
 */
export function reportOrError(file: string, work: () => FileReport): FileReport {
  try {
    return work();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { file, findings: [], error: `internal error while linting: ${detail} (please report it)` };
  }
}
