/**
 * `helm template … | cntutor lint -`: findings on the rendered stream reported where they can be
 * fixed, in the chart's templates. Helm heads each rendered document with the template it came
 * from (`# Source: shop/templates/deployment.yaml`); the template is looked for in the chart
 * (`--chart`, else the current folder or a folder of the chart's name), and each finding moves to
 * the template line its rendered line came from (see helm-lines.ts). Findings of a document whose
 * template is not found stay on the stream, named by their template as before.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { withoutFixes } from '../engine/collector';
import type { Finding, Position, Range, RelatedLocation } from '../engine/types';
import { UsageError } from './files';
import { templateLines, type TemplateLine } from './helm-lines';
import type { FileReport, RenderedPart } from './report';

/** Where to look for the templates: the chart folder `--chart` names, else around `cwd`. */
export interface ChartLookup {
  chart?: string;
  cwd: string;
}

/** The chart folder `--chart` names, checked: it must hold a Chart.yaml. */
export function chartOption(value: unknown, piped: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (!piped) throw new UsageError('--chart maps rendered Helm output read from standard input: give - as the path');
  const folder = path.resolve(String(value));
  // Under a path that is no folder, no Chart.yaml exists either.
  if (!existsSync(path.join(folder, 'Chart.yaml')))
    throw new UsageError(`--chart ${String(value)}: no Chart.yaml there; name the folder of the chart you rendered`);
  return folder;
}

/** The `name` of a chart's Chart.yaml, or undefined when the folder holds none. */
function chartName(folder: string): string | undefined {
  try {
    const text = readFileSync(path.join(folder, 'Chart.yaml'), 'utf8');
    return /^name:[ \t]*["']?([^"'\s#]+)/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * The file a `# Source:` header names: the path after the chart's name, in the chart folder
 * (`shop/charts/redis/templates/x.yaml` is a subchart's template, in the chart's `charts/`).
 * `roots` keeps the folders found for each chart name, so a stream of many documents reads each
 * Chart.yaml once.
 */
export function templateFile(
  source: string,
  lookup: ChartLookup,
  roots: Map<string, string[]> = new Map(),
): string | undefined {
  const [name, ...rest] = source.split('/');
  if (!name || rest.length === 0 || rest.includes('..')) return undefined;
  let folders = roots.get(name);
  if (!folders) {
    const candidates = lookup.chart ? [lookup.chart] : [lookup.cwd, path.join(lookup.cwd, name)];
    folders = lookup.chart ? candidates : candidates.filter((root) => chartName(root) === name);
    roots.set(name, folders);
  }
  for (const root of folders) {
    const file = path.join(root, ...rest);
    if (existsSync(file)) return file;
  }
  return undefined;
}

interface MappedPart {
  /** The stream's lines of the document, from its first line after the header. */
  first: number;
  last: number;
  template: string;
  templateText: string[];
  lines: (TemplateLine | undefined)[];
}

/**
 * The report of the stream, and one report per template that findings moved to. A finding that
 * moves loses its fixes: they edit the rendered text, not the template.
 */
export function templateReports(
  report: FileReport,
  text: string,
  parts: readonly RenderedPart[],
  lookup: ChartLookup,
): FileReport[] {
  if (parts.length === 0 || report.findings.length === 0) return [report];
  const stream = text.split('\n');
  const mapped: MappedPart[] = [];
  const roots = new Map<string, string[]>();
  // Each template's lines, read once however many documents it rendered.
  const texts = new Map<string, string[] | undefined>();
  parts.forEach((part, i) => {
    const file = templateFile(part.template, lookup, roots);
    if (!file) return;
    if (!texts.has(file)) texts.set(file, readOrUndefined(file)?.split(/\r?\n/));
    const templateText = texts.get(file);
    if (templateText === undefined) return;
    const first = part.line + 1;
    const last = (parts[i + 1]?.line ?? stream.length) - 1;
    const lines = templateLines(stream.slice(first, last + 1), templateText);
    mapped.push({ first, last, template: file, templateText, lines });
  });
  const kept: Finding[] = [];
  const moved = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const part = mapped.find((p) => p.first <= finding.range.start.line && finding.range.start.line <= p.last);
    const range = part && mapRange(part, stream, finding.range);
    if (!part || !range) {
      kept.push(finding);
      continue;
    }
    const copy = withoutFixes({ ...finding, range });
    const related = mapRelated(mapped, stream, part, finding.related);
    if (related) copy.related = related;
    else delete copy.related;
    moved.set(part.template, [...(moved.get(part.template) ?? []), copy]);
  }
  const shown = (file: string): string => {
    const relative = path.relative(lookup.cwd, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  };
  return [
    { ...report, findings: kept },
    ...[...moved].map(([file, findings]) => ({ file: shown(file), findings, renderedInto: report.file })),
  ];
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Related places in the stream move with the finding: to its template, or another's (with a URI). */
function mapRelated(
  mapped: readonly MappedPart[],
  stream: readonly string[],
  own: MappedPart,
  related: readonly RelatedLocation[] | undefined,
): RelatedLocation[] | undefined {
  if (!related) return undefined;
  const out: RelatedLocation[] = [];
  for (const location of related) {
    if (location.uri !== undefined) {
      out.push(location);
      continue;
    }
    const line = location.range.start.line;
    const part = mapped.find((p) => p.first <= line && line <= p.last);
    const range = part && mapRange(part, stream, location.range);
    if (!part || !range) continue;
    out.push(part === own ? { ...location, range } : { ...location, uri: part.template, range });
  }
  return out.length > 0 ? out : undefined;
}

function mapRange(part: MappedPart, stream: readonly string[], range: Range): Range | undefined {
  const start = mapPosition(part, stream, range.start, 'start');
  if (!start) return undefined;
  const endInside = range.end.line <= part.last ? mapPosition(part, stream, range.end, 'end') : undefined;
  const end =
    endInside &&
    (endInside.line > start.line || (endInside.line === start.line && endInside.character >= start.character))
      ? endInside
      : { line: start.line, character: contentEnd(part.templateText[start.line] ?? '') };
  return { start, end };
}

function mapPosition(
  part: MappedPart,
  stream: readonly string[],
  at: Position,
  side: 'start' | 'end',
): Position | undefined {
  const line = part.lines[at.line - part.first];
  if (!line) return undefined;
  const template = part.templateText[line.line] ?? '';
  const offset = at.character - line.renderedIndent;
  const rendered = stream[at.line] ?? '';
  // Text before the first expression is the template's own: the column moves with the indentation.
  if (line.exact || (offset >= 0 && offset <= line.literalPrefix && at.character <= rendered.length))
    return { line: line.line, character: Math.min(template.length, Math.max(0, offset) + line.templateIndent) };
  // Past it, the text came from an expression: the place is the expression itself.
  const expression = template.indexOf('{{', line.templateIndent);
  return {
    line: line.line,
    character:
      side === 'start' ? Math.max(0, expression === -1 ? line.templateIndent : expression) : contentEnd(template),
  };
}

function contentEnd(line: string): number {
  return line.trimEnd().length;
}
