/**
 * Where rendered text goes, and where each piece of it came from. The top-level output records a
 * segment per write; `include` and `tpl` capture into plain strings, whose provenance is the
 * action that prints them.
 */
import { RenderFailure, type SourceSpan } from './failure';

export interface Segment {
  outputStart: number;
  outputEnd: number;
  sourceStart: number;
  sourceEnd: number;
  literal: boolean;
  /** Where in `.Values` the action's `.` was (inside `{{ with .Values.securityContext }}`, say). */
  dot?: readonly string[];
  /**
   * The values the named templates it called read, by path (`include "shop.image" .` reads
   * `image.repository` and `image.tag`): its own text does not name them.
   */
  reads?: readonly (readonly string[])[];
}

export interface Provenance {
  literal: boolean;
  span: SourceSpan;
  dot?: readonly string[];
  reads?: readonly (readonly string[])[];
}

export interface Writer {
  write(text: string, provenance: Provenance): void;
}

/** Total characters any writer may take in one render, captured text included. */
export const MAX_OUTPUT = 4 * 1024 * 1024;

export class OutputBudget {
  private written = 0;

  take(length: number): void {
    this.written += length;
    if (this.written > MAX_OUTPUT) throw RenderFailure.error('The template writes more than 4 MB of text.');
  }
}

export class CaptureWriter implements Writer {
  private parts: string[] = [];

  constructor(private readonly budget: OutputBudget) {}

  write(text: string): void {
    this.budget.take(text.length);
    this.parts.push(text);
  }

  text(): string {
    return this.parts.join('');
  }
}

interface Piece {
  text: string;
  literal: boolean;
  span: SourceSpan;
  dot?: readonly string[];
  reads?: readonly (readonly string[])[];
}

export class SegmentWriter implements Writer {
  private pieces: Piece[] = [];

  constructor(private readonly budget: OutputBudget) {}

  write(text: string, provenance: Provenance): void {
    if (text === '') return;
    this.budget.take(text.length);
    const piece: Piece = { text, literal: provenance.literal, span: provenance.span };
    if (provenance.dot) piece.dot = provenance.dot;
    if (provenance.reads) piece.reads = provenance.reads;
    this.pieces.push(piece);
  }

  /**
   * The final text and its segments. Helm deletes every `<no value>` from a rendered file, even
   * one spanning two writes, so deletion is done here on the whole text.
   */
  finish(): { text: string; segments: Segment[] } {
    const whole = this.pieces.map((piece) => piece.text).join('');
    const removed: Array<[number, number]> = [];
    for (let at = whole.indexOf('<no value>'); at >= 0; at = whole.indexOf('<no value>', at + 10)) {
      removed.push([at, at + 10]);
    }
    const segments: Segment[] = [];
    let outputAt = 0;
    let inputAt = 0;
    let removal = 0;
    for (const piece of this.pieces) {
      const pieceStart = inputAt;
      const pieceEnd = inputAt + piece.text.length;
      inputAt = pieceEnd;
      let from = pieceStart;
      while (from < pieceEnd) {
        while (removal < removed.length && (removed[removal]?.[1] ?? 0) <= from) removal++;
        const cut = removed[removal];
        const keepEnd = cut && cut[0] < pieceEnd ? Math.max(from, cut[0]) : pieceEnd;
        if (keepEnd > from) {
          const length = keepEnd - from;
          const offset = from - pieceStart;
          const segment: Segment = {
            outputStart: outputAt,
            outputEnd: outputAt + length,
            sourceStart: piece.literal ? piece.span.start + offset : piece.span.start,
            sourceEnd: piece.literal ? piece.span.start + offset + length : piece.span.end,
            literal: piece.literal,
          };
          if (piece.dot) segment.dot = piece.dot;
          if (piece.reads) segment.reads = piece.reads;
          push(segments, segment);
          outputAt += length;
        }
        from = cut && cut[0] < pieceEnd ? Math.min(pieceEnd, cut[1]) : pieceEnd;
      }
    }
    let text = '';
    let last = 0;
    for (const [start, end] of removed) {
      text += whole.slice(last, start);
      last = end;
    }
    text += whole.slice(last);
    return { text, segments };
  }
}

/** Appends a segment, joining it to the previous one where they continue each other. */
function push(segments: Segment[], next: Segment): void {
  const previous = segments[segments.length - 1];
  if (previous && previous.literal === next.literal && previous.outputEnd === next.outputStart) {
    const continues = next.literal
      ? previous.sourceEnd === next.sourceStart
      : previous.sourceStart === next.sourceStart && previous.sourceEnd === next.sourceEnd;
    if (continues) {
      previous.outputEnd = next.outputEnd;
      if (next.literal) previous.sourceEnd = next.sourceEnd;
      // A named template's later writes follow more of its reads.
      if (next.reads) previous.reads = next.reads;
      return;
    }
  }
  segments.push(next);
}
