/**
 * What is under the cursor in a Dockerfile, in the schema's terms: a parser directive, an
 * instruction keyword, a flag (name or value), a `--mount` option or its type. Shared by hovers.
 */
import { scanDockerfile, type ScannedDockerfile } from './scan';
import { csvFields, splitCommand, type Command, type Span } from './split';

export type Spot =
  | { kind: 'directive'; name: string; span: Span }
  | { kind: 'keyword'; keyword: string; span: Span }
  | { kind: 'flag'; keyword: string; flag: string; span: Span }
  | { kind: 'mount-option'; type: string; option: string; span: Span }
  | { kind: 'mount-type'; type: string; span: Span };

let last: { text: string; scan: ScannedDockerfile } | undefined;

/** Hovers and completions come in runs on the same text: it is scanned once for all of them. */
export function scanned(text: string): ScannedDockerfile {
  if (last?.text !== text) last = { text, scan: scanDockerfile(text) };
  return last.scan;
}

const inside = (span: Span, offset: number): boolean => offset >= span.start && offset <= span.end;

/** The spot at a document offset; spans in the result are document offsets. */
export function spotAt(text: string, offset: number): Spot | undefined {
  const scan = scanned(text);
  for (const directive of scan.directives) {
    if (inside(directive.line, offset)) return { kind: 'directive', name: directive.name, span: directive.name_ };
  }
  const instruction = scan.instructions.find((i) => offset >= i.start && offset <= i.line.docEnd);
  const logical = instruction?.line.logicalOffset(offset);
  if (!instruction || logical === undefined) return undefined;
  const spot = commandSpot(splitCommand(instruction.line.text), logical);
  return spot && { ...spot, span: instruction.line.docSpan(spot.span) };
}

function commandSpot(command: Command, at: number): Spot | undefined {
  const keyword = command.keyword.text.toUpperCase();
  if (inside(command.keyword.span, at)) return { kind: 'keyword', keyword, span: command.keyword.span };
  for (const flag of command.flags) {
    if (inside(flag.nameSpan, at)) return { kind: 'flag', keyword, flag: flag.name, span: flag.nameSpan };
    if (flag.value === null || !inside(flag.valueSpan, at)) continue;
    if (keyword === 'RUN' && flag.name === 'mount') {
      const fields = csvFields(flag.value, flag.valueOffsets, flag.valueSpan) ?? [];
      const type = fields.find((f) => f.key === 'type')?.value?.toLowerCase() ?? 'bind';
      const field = fields.find((f) => inside(f.span, at));
      if (field?.key === 'type' && field.value !== null && inside(field.valueSpan, at))
        return { kind: 'mount-type', type, span: field.valueSpan };
      if (field) return { kind: 'mount-option', type, option: field.key, span: field.keySpan };
    }
    return { kind: 'flag', keyword, flag: flag.name, span: flag.span };
  }
  if (keyword === 'ONBUILD' && command.args.text !== '')
    return commandSpot(splitCommand(command.args.text, command.args.span.start), at);
  return undefined;
}
