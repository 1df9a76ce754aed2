/**
 * Turns a marked example of a concept note (see server/src/concepts/examples.ts) into a file the
 * linter reads, and says which lines of that file are the example's own, so a ❌ example is shown
 * to be wrong in what it shows rather than in the clean baseline around it.
 *
 * The baseline is one Deployment that passes every rule at warning and above. A `container`
 * fragment's keys replace the same keys of its container; a `pod` fragment's keys those of its pod
 * spec (`containers:` included); a `spec` fragment's keys those of the Deployment's spec. The
 * fragment's lines are appended after what is left, so they stay one block.
 */
import type { NoteExample } from '../../server/src/concepts/examples';
import { CLEAN_CONTAINER } from '../../server/src/rules/kubernetes/example-files';

export interface ExampleFile {
  text: string;
  uri: string;
  /** Zero-based lines of `text` that came from the example: [first, end). */
  lines: [number, number];
}

// The same clean container as the rules' own examples, so one baseline follows the catalogue.
const BASE_CONTAINER = ['name: app', ...CLEAN_CONTAINER];
const BASE_SPEC = ['replicas: 2'];

/** Top-level keys of a YAML fragment (lines at column 0). */
function keysOf(lines: readonly string[]): Set<string> {
  return new Set(lines.map((line) => /^([A-Za-z][\w-]*):/.exec(line)?.[1]).filter((k): k is string => !!k));
}

/** `base` without the keys (and their indented continuation lines) that `fragment` sets. */
function without(base: readonly string[], fragment: readonly string[]): string[] {
  const replaced = keysOf(fragment);
  const out: string[] = [];
  let skipping = false;
  for (const line of base) {
    const key = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
    if (key) skipping = replaced.has(key);
    if (!skipping) out.push(line);
  }
  return out;
}

const indent = (lines: readonly string[], spaces: number): string[] =>
  lines.map((line) => (line ? ' '.repeat(spaces) + line : line));

/** A container list item: `- ` before the first key, two spaces before the rest. */
function listItem(lines: readonly string[]): string[] {
  return lines.map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`));
}

export function exampleFile(example: NoteExample): ExampleFile {
  const code = example.code.replace(/\n$/, '');
  const fragment = code.split('\n');
  if (example.language === 'dockerfile') {
    return { text: `${code}\n`, uri: 'file:///note/Dockerfile', lines: [0, fragment.length] };
  }
  const uri = 'file:///note/manifest.yaml';
  if (!example.wrap) return { text: `${code}\n`, uri, lines: [0, fragment.length] };

  const parts: { lines: string[]; own?: boolean }[] = [];
  const spec = example.wrap === 'spec' ? without(BASE_SPEC, fragment) : BASE_SPEC;
  const pod = example.wrap === 'pod' ? fragment : [];
  const podKeys = keysOf(pod);
  const head = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: app',
    '  labels: { app: app }',
    'spec:',
    ...indent(spec, 2),
  ];
  parts.push({ lines: head });
  if (example.wrap === 'spec') parts.push({ lines: indent(fragment, 2), own: true });
  parts.push({
    lines: [
      '  selector:',
      '    matchLabels: { app: app }',
      '  template:',
      '    metadata:',
      '      labels: { app: app }',
      '    spec:',
    ],
  });
  if (!podKeys.has('containers')) {
    const container = example.wrap === 'container' ? [...without(BASE_CONTAINER, fragment)] : [...BASE_CONTAINER];
    parts.push({ lines: ['      containers:', ...indent(listItem(container), 8)] });
    if (example.wrap === 'container') parts.push({ lines: indent(fragment, 10), own: true });
  }
  if (example.wrap === 'pod') parts.push({ lines: indent(pod, 6), own: true });

  const lines: string[] = [];
  let own: [number, number] = [0, 0];
  for (const part of parts) {
    if (part.own) own = [lines.length, lines.length + part.lines.length];
    lines.push(...part.lines);
  }
  return { text: `${lines.join('\n')}\n`, uri, lines: own };
}
