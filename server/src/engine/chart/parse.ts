import { isMap, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { LineIndex } from '../text';

/**
 * A Helm chart's Chart.yaml as its rules read it: the YAML document with its nodes (for ranges and
 * edits) and the plain value Helm works from, parsed once for every rule. Helm reads the file as
 * YAML 1.1 (go-yaml v2 under sigs.k8s.io/yaml), where `yes` and `on` are booleans: so is it here.
 */
export interface ParsedChart {
  index: LineIndex;
  document: Document.Parsed;
  /** The top-level mapping; undefined when the file is empty or holds something else. */
  root: YAMLMap | undefined;
  /** The plain value; undefined when the file is not a mapping or could not be read. */
  value: Record<string, unknown> | undefined;
  /** YAML problems: a syntax error, a key written twice, a second document, an alias bomb. */
  problems: { message: string; start: number; end: number }[];
}

/**
 * Whether the file is a chart's requirements.yaml: Helm 2's list of dependencies, which Helm still
 * decodes over Chart.yaml's fields when it loads the chart. Its rules run only when the caller finds
 * the Chart.yaml beside it: the name alone is also that of other tools' files.
 */
export function isChartRequirements(uri: string): boolean {
  return /(^|[\\/])requirements\.yaml$/.test(uri);
}

/** The chart file's name, for messages: requirements.yaml, else Chart.yaml. */
export function chartFileName(uri: string): string {
  return isChartRequirements(uri) ? 'requirements.yaml' : 'Chart.yaml';
}

/** Far more than any Chart.yaml uses: past this, alias expansion is taken as an attack. */
const MAX_ALIAS_COUNT = 100;

export function parseChart(text: string): ParsedChart {
  const index = new LineIndex(text);
  const document = parseDocument(text, { version: '1.1', prettyErrors: false });
  const problems = document.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    start: error.pos[0],
    end: Math.max(error.pos[1], error.pos[0]),
  }));
  const root = isMap(document.contents) ? document.contents : undefined;
  let value: Record<string, unknown> | undefined;
  if (root && problems.length === 0) {
    try {
      const plain: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      if (plain && typeof plain === 'object' && !Array.isArray(plain)) value = plain as Record<string, unknown>;
    } catch (error) {
      const [start, end] = (root as Node).range ?? [0, 0];
      problems.push({
        message: error instanceof Error ? error.message : String(error),
        start,
        end: Math.min(end, start + 1),
      });
    }
  }
  return { index, document, root, value, problems };
}
