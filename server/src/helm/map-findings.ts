/**
 * Findings on a template's rendered text, moved to the template. The renderer says where each
 * piece of the output came from: text copied from the template maps character for character; text
 * an action wrote (`{{ .Values.image.tag }}`, an `include`, `toYaml`) maps to the whole action,
 * and the finding says what the line became. A fix moves only when rendering the template with the
 * fix's edits applied gives exactly the rendered text with the fix applied: then it repairs the
 * template as it would have repaired the output.
 */
import { applyEdits } from '../engine/fix';
import { LineIndex } from '../engine/text';
import type { Finding, Fix, Locale, Position, Range, RelatedLocation, TextEdit } from '../engine/types';
import type { IndexedObject } from '../engine/kubernetes/facts';
import type { Segment } from './template/render';
import { shownPath, uniquePaths, valuePathsOf } from './values-sources';

export interface RenderedTemplate {
  /** The template's text. */
  template: string;
  /** What it rendered to, and where each piece came from. */
  output: string;
  segments: readonly Segment[];
  /** Renders the template with another text, for checking a moved fix; undefined when that fails. */
  rerender(template: string): string | undefined;
  /** Where the value at a path of `.Values` is set (values-sources.ts); findings on a directive point there. */
  valueAt?(path: readonly string[]): { uri: string; range: Range } | undefined;
}

/** Moving a fix renders the template again; a template with more fixable findings keeps the first ones'. */
const MAX_CHECKED_FIXES = 40;

const VALUE_SET_HERE: Record<Locale, string> = {
  en: '`{path}` is set here',
  ko: '`{path}` 값은 여기서 정합니다',
};

const RENDERED_AS: Record<Locale, string> = {
  en: ' (rendered with the chart’s values as `{line}`)',
  ko: ' (차트의 values로 렌더링하면 `{line}`)',
};

/**
 * Where a finding on the template came from in the values: the directives that wrote what it
 * points at, and the `.Values` paths they read (see SegmentMapper.directivesBehind).
 */
export interface ValuesTrace {
  directives: string[];
  paths: string[][];
}

export function mapFindings(
  findings: readonly Finding[],
  rendered: RenderedTemplate,
  locale: Locale,
  /** Told of each finding moved whose place the values decide. */
  onTrace?: (moved: Finding, trace: ValuesTrace) => void,
): Finding[] {
  const mapper = new SegmentMapper(rendered);
  const seen = new Set<string>();
  const out: Finding[] = [];
  let fixesChecked = 0;
  const moveFix = (fix: Fix | undefined): Fix | undefined => {
    if (!fix || fixesChecked >= MAX_CHECKED_FIXES) return undefined;
    fixesChecked++;
    return mapper.fix(fix);
  };
  for (const finding of findings) {
    const { range, literal } = mapper.range(finding.range);
    // A loop's body renders once per item: its findings are one finding on the template's text.
    const key = `${finding.ruleId}\u0000${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const moved: Finding = { ...finding, range };
    // What a directive wrote is worth saying, unless the message names it already (a container
    // reported at its name, `{{ .Chart.Name }}`, is named in the message).
    const written = literal ? '' : mapper.writtenAt(finding.range.start).trim();
    const namesIt = written !== '' && finding.message.includes(`"${written}"`);
    if (!literal && !namesIt) {
      const line = mapper.renderedLine(finding.range.start.line);
      if (line !== '') moved.message += RENDERED_AS[locale].replace('{line}', line);
    }
    delete moved.fix;
    delete moved.choices;
    const fix = moveFix(finding.fix);
    if (fix) moved.fix = fix;
    const choices = (finding.choices ?? []).map(moveFix).filter((choice): choice is Fix => choice !== undefined);
    if (choices.length > 0) moved.choices = choices;
    const related = finding.related?.map((location) => mapper.related(location)) ?? [];
    // What a directive wrote came from the values it reads: the place to change them goes along.
    // A finding placed at a name a directive wrote (`- name: {{ .name }}`, `name: {{ include
    // "shop.fullname" . }}-test`) is about what the name names, not about the value that gave it;
    // one that quotes an image it wrote is about that value.
    const atName = written !== '' && /(?:^|[\s{,-])name:\s*["']?$/.test(mapper.beforeWritten(finding.range.start));
    const behind = atName ? [] : mapper.directivesBehind(finding.range, literal);
    const paths = uniquePaths(behind.flatMap((written) => valuePathsOf(written)));
    if (rendered.valueAt) related.push(...valuesRead(paths, rendered, locale));
    if (related.length > 0) moved.related = related;
    out.push(moved);
    if (onTrace && paths.length > 0) onTrace(moved, { directives: behind.map(({ directive }) => directive), paths });
  }
  return out;
}

function valuesRead(paths: readonly string[][], rendered: RenderedTemplate, locale: Locale): RelatedLocation[] {
  return paths.flatMap((path) => {
    const at = rendered.valueAt?.(path);
    return at ? [{ ...at, message: VALUE_SET_HERE[locale].replace('{path}', shownPath(path)) }] : [];
  });
}

/** Places ranges of the rendered text in the template, as findings are placed: an object's name, say. */
export function templateRanges(rendered: Omit<RenderedTemplate, 'rerender'>): (range: Range) => Range {
  const mapper = new SegmentMapper({ ...rendered, rerender: () => undefined });
  return (range) => mapper.range(range).range;
}

/** Objects read from a template's rendered text, moved to the template (and to the file at `uri`, when given). */
export function placedInTemplate(
  objects: readonly IndexedObject[],
  template: string,
  rendered: { text: string; segments: readonly Segment[] },
  uri?: string,
): IndexedObject[] {
  if (objects.length === 0) return [];
  const place = templateRanges({ template, output: rendered.text, segments: rendered.segments });
  return objects.map((object) => ({ ...object, ...(uri === undefined ? {} : { uri }), range: place(object.range) }));
}

/** What an action wrote from: its template text, where in `.Values` its `.` was, and what its helpers read. */
interface Written {
  directive: string;
  dot?: readonly string[];
  reads?: readonly (readonly string[])[];
}

class SegmentMapper {
  private readonly output: LineIndex;
  private readonly template: LineIndex;

  constructor(private readonly rendered: RenderedTemplate) {
    this.output = new LineIndex(rendered.output);
    this.template = new LineIndex(rendered.template);
  }

  /** The template range of an output range, and whether it lies in text copied from the template. */
  range(range: Range): { range: Range; literal: boolean } {
    const start = this.output.offsetAt(range.start);
    const end = this.output.offsetAt(range.end);
    const first = this.segmentAt(start, false);
    const last = start === end ? first : this.segmentAt(end, true);
    if (!first || !last) return { range: this.template.rangeOf(0, 0), literal: false };
    const from = first.literal ? first.sourceStart + (start - first.outputStart) : first.sourceStart;
    let to = last.literal ? last.sourceStart + (end - last.outputStart) : last.sourceEnd;
    // A range over a loop's body may end in an earlier pass than it starts in.
    if (to < from) to = first.sourceEnd;
    return { range: this.template.rangeOf(from, to), literal: first.literal && last.literal };
  }

  related(location: RelatedLocation): RelatedLocation {
    return location.uri === undefined ? { ...location, range: this.range(location.range).range } : location;
  }

  /** The text the directive wrote at a position of the output, or '' where the template's own text is. */
  writtenAt(position: Position): string {
    const segment = this.segmentAt(this.output.offsetAt(position), false);
    return segment && !segment.literal ? this.rendered.output.slice(segment.outputStart, segment.outputEnd) : '';
  }

  /** The rendered line up to where the directive that wrote a position of the output starts. */
  beforeWritten(position: Position): string {
    const segment = this.segmentAt(this.output.offsetAt(position), false);
    if (!segment) return '';
    const start = this.output.positionAt(segment.outputStart);
    return this.output.lineText(start.line).slice(0, start.character);
  }

  /** The action that wrote a segment: its template text, and where in `.Values` its `.` was. */
  private written(segment: Segment): Written {
    const directive = this.rendered.template.slice(segment.sourceStart, segment.sourceEnd);
    const written: Written = { directive };
    if (segment.dot) written.dot = segment.dot;
    if (segment.reads) written.reads = segment.reads;
    return written;
  }

  /**
   * The directives that wrote what a finding points at: the one that wrote its start; else those
   * that wrote part of its range (`image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"`);
   * else, for a key of the template's own text, those that wrote its whole value
   * (`securityContext:` followed by `{{- toYaml .Values.securityContext | nindent 12 }}`).
   */
  directivesBehind(range: Range, literal: boolean): Written[] {
    if (!literal) {
      const segment = this.segmentAt(this.output.offsetAt(range.start), false);
      return segment && !segment.literal ? [this.written(segment)] : [];
    }
    const start = this.output.offsetAt(range.start);
    const end = this.output.offsetAt(range.end);
    // A range over lines (a whole object, say) holds many directives: none of them is what it points at.
    const within = range.start.line === range.end.line ? this.writtenBetween(start, end) : undefined;
    if (within && within.length > 0) return within;
    const block = this.valueBlockAfter(range);
    return block ? (this.writtenBetween(block.start, block.end, true) ?? []) : [];
  }

  /**
   * The directives whose output lies in [start, end) and is more than white space; with `only`,
   * undefined when the template's own text there is more than white space too.
   */
  private writtenBetween(start: number, end: number, only = false): Written[] | undefined {
    const directives: Written[] = [];
    const { output, segments } = this.rendered;
    for (let i = this.segmentIndex(start); i < segments.length; i++) {
      const segment = segments[i] as Segment;
      if (segment.outputEnd <= start) continue;
      if (segment.outputStart >= end) break;
      const text = output.slice(Math.max(start, segment.outputStart), Math.min(end, segment.outputEnd));
      if (!/\S/.test(text)) continue;
      if (segment.literal) {
        if (only) return undefined;
        continue;
      }
      const written = this.written(segment);
      if (!directives.some((seen) => seen.directive === written.directive)) directives.push(written);
    }
    return directives;
  }

  /**
   * The value of the key a range ends on (`key:`, then the rest of its line and the lines indented
   * under the key), when it is a map or a list: a finding at a key whose value is a scalar
   * (`schedule:`, reported for a field missing beside it) is not about that value.
   */
  private valueBlockAfter(range: Range): { start: number; end: number } | undefined {
    const lineText = this.output.lineText(range.end.line);
    const colon = /^\s*:/.exec(lineText.slice(range.end.character));
    if (!colon) return undefined;
    const rest = lineText.slice(range.end.character + colon[0].length).trim();
    if (rest !== '' && !/^[{[]/.test(rest)) return undefined;
    if (rest === '') {
      const next = this.nextContentLine(range.end.line);
      if (next === undefined || !/^\s*(- |-$|[{[]|[^\s#][^#]*?:(\s|$))/.test(next)) return undefined;
    }
    const start = this.output.offsetAt(range.end) + colon[0].length;
    const column = range.start.line === range.end.line ? range.start.character : 0;
    let last = range.end.line;
    for (let line = last + 1; line < this.output.lineCount; line++) {
      const text = this.output.lineText(line);
      if (!/\S/.test(text)) continue;
      if ((/^\s*/.exec(text)?.[0].length ?? 0) <= column) break;
      last = line;
    }
    const end = this.output.offsetAt({ line: last, character: this.output.lineText(last).length });
    return end > start ? { start, end } : undefined;
  }

  private nextContentLine(after: number): string | undefined {
    for (let line = after + 1; line < this.output.lineCount; line++) {
      const text = this.output.lineText(line);
      if (/\S/.test(text)) return text;
    }
    return undefined;
  }

  renderedLine(line: number): string {
    const text = this.output.lineText(line).trim();
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  }

  /** The fix as edits of the template, when each edit lies in copied text and the result renders as it should. */
  fix(fix: Fix): Fix | undefined {
    const edits: TextEdit[] = [];
    for (const edit of fix.edits) {
      const start = this.output.offsetAt(edit.range.start);
      const end = this.output.offsetAt(edit.range.end);
      const segment = this.rendered.segments.find(
        (s) => s.literal && s.outputStart <= start && end <= s.outputEnd && start <= end,
      );
      if (!segment) return undefined;
      const from = segment.sourceStart + (start - segment.outputStart);
      const to = segment.sourceStart + (end - segment.outputStart);
      edits.push({ range: this.template.rangeOf(from, to), newText: edit.newText });
    }
    const expected = applyEdits(this.rendered.output, fix.edits);
    const rerendered = this.rendered.rerender(applyEdits(this.rendered.template, edits));
    return rerendered === expected ? { ...fix, edits } : undefined;
  }

  /**
   * The segment holding an offset: for a range's start, the piece that begins the character there;
   * for its end, the piece that holds the character before it.
   */
  private segmentAt(offset: number, isEnd: boolean): Segment | undefined {
    return this.rendered.segments[this.segmentIndex(isEnd && offset > 0 ? offset - 1 : offset)];
  }

  /** The index of the first segment that ends after `offset`. */
  private segmentIndex(offset: number): number {
    const segments = this.rendered.segments;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((segments[mid] as Segment).outputEnd <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
