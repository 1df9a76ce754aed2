/**
 * Why a render stopped. `unsupported` means the template steps outside what this renderer
 * reproduces exactly; `error` means Helm itself would stop here. Failures are thrown while
 * rendering and caught once, in `renderTemplate`, which places them on the action responsible.
 */
export type FailureKind = 'unsupported' | 'error';

export interface SourceSpan {
  start: number;
  end: number;
}

export class RenderFailure extends Error {
  /** Where in the rendered template's text, once known; the renderer fills it in on the way out. */
  span: SourceSpan | undefined;

  constructor(
    readonly kind: FailureKind,
    message: string,
    span?: SourceSpan,
  ) {
    super(message);
    this.span = span;
  }

  static unsupported(message: string, span?: SourceSpan): RenderFailure {
    return new RenderFailure('unsupported', message, span);
  }

  static error(message: string, span?: SourceSpan): RenderFailure {
    return new RenderFailure('error', message, span);
  }
}

/** Ends the current iteration of a `range` (`{{ continue }}`) or the whole loop (`{{ break }}`). */
export class LoopSignal {
  constructor(readonly kind: 'break' | 'continue') {}
}
