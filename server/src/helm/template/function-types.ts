/** The shape of template functions: Go signatures the evaluator converts arguments for, and what they may ask of the render. */
import { RenderFailure } from './failure';
import { type GoValue, type ParamType } from './values';

/** What Helm's late-bound functions (`include`, `tpl`) and `.Capabilities` need from the render. */
export interface CallContext {
  include(name: string, data: GoValue): string;
  tpl(text: string, values: GoValue): string;
  /** Counts work done inside a function, so a huge `until` or string is stopped like a long loop. */
  charge(steps: number): void;
}

export interface TemplateFunction {
  readonly params: readonly ParamType[];
  /** The element type of a trailing `...` parameter. */
  readonly variadic?: ParamType;
  /** Go's `and`/`or`, which evaluate their arguments lazily. */
  readonly shortCircuit?: 'and' | 'or';
  readonly call: (args: GoValue[], context: CallContext) => GoValue;
}

export type FunctionTable = Record<string, TemplateFunction>;

export const fn = (
  params: readonly ParamType[],
  call: (args: GoValue[], context: CallContext) => GoValue,
  variadic?: ParamType,
): TemplateFunction => (variadic ? { params, variadic, call } : { params, call });

/** A Go error returned by the function: the template stops, as in Helm. */
export const goError = (message: string): RenderFailure => RenderFailure.error(message);

/** Longest string any function may build; past it the render stops rather than exhaust memory. */
export const MAX_STRING = 4 * 1024 * 1024;

export function checkSize(text: string, what: string): string {
  if (text.length > MAX_STRING)
    throw RenderFailure.error(`${what} builds a string longer than 4 MB (the renderer's limit).`);
  return text;
}

export const str = (value: GoValue): string => (typeof value === 'string' ? value : '');
