import fc from 'fast-check';

/**
 * Text mutations and edit sequences. Positions are drawn as fractions-free naturals and reduced
 * modulo the current text length when applied, so every generated mutation is valid for any text
 * and shrinks towards the start of the file.
 */

/** Fragments that tend to break parsers: structure, quoting, encodings, line breaks. */
export const TOKENS: readonly string[] = [
  // line structure and encodings
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\uFEFF',
  '\uFFFD',
  '\u0000',
  '\uD800',
  '\uDC00',
  '🌍',
  'é',
  '\u2028',
  ' ',
  '    ',
  // quoting and escapes
  '"',
  "'",
  '`',
  '\\',
  '\\\n',
  '$',
  '${',
  '$(',
  ')',
  '#',
  '# ',
  // Dockerfile
  'FROM ',
  'FROM scratch\n',
  'RUN ',
  'RUN <<EOF\n',
  'EOF\n',
  'CMD ',
  'CMD echo hi\n',
  'ENTRYPOINT ',
  'ARG ',
  'ENV A=1 \\\n',
  'COPY --from=',
  ' AS ',
  'USER root\n',
  '# escape=`\n',
  '# syntax=docker/dockerfile:1\n',
  '# check=skip=all\n',
  '# hadolint ignore=',
  '["a", "b"]',
  '[',
  ']',
  ':latest',
  '@sha256:',
  ' && ',
  ' | ',
  ';',
  // YAML
  ': ',
  ':',
  '- ',
  '-',
  '---\n',
  '...\n',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '<<: *a\n',
  '!!str ',
  '!tag ',
  '? ',
  '|\n',
  '>-\n',
  'kind: ',
  'apiVersion: v1\nkind: Pod\n',
  'image: ',
  'image: nginx\n',
  'containers:\n',
  'metadata:\n  name: x\n',
  'null',
  '~',
  '0x1F',
  '1e9999',
  '%YAML 1.2\n',
  '%TAG ! tag:x:\n',
  // names every object inherits, as a kind, command, flag or key
  'toString',
  '__proto__',
  'constructor',
];

export type Mutation =
  | { op: 'insert'; at: number; token: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'replace'; at: number; length: number; token: string }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'indent'; line: number; by: number }
  | { op: 'truncate'; at: number }
  | { op: 'splice'; at: number; donor: number; from: number; length: number };

const position = fc.nat({ max: 100_000 });
const shortLength = fc.integer({ min: 1, max: 40 });
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: position, token }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: position, length: shortLength }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('replace' as const), at: position, length: shortLength, token }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: position, length: shortLength }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swapLines' as const), a: position, b: position }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('indent' as const), line: position, by: fc.integer({ min: -4, max: 4 }) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('splice' as const),
      at: position,
      donor: fc.nat(),
      from: position,
      length: fc.integer({ min: 1, max: 200 }),
    }),
  },
);

const mod = (n: number, size: number): number => (size <= 0 ? 0 : n % size);

/** Applies one mutation; `donors` supply text for splices (other seeds of any kind). */
export function applyMutation(text: string, m: Mutation, donors: readonly string[]): string {
  switch (m.op) {
    case 'insert': {
      const at = mod(m.at, text.length + 1);
      return text.slice(0, at) + m.token + text.slice(at);
    }
    case 'delete': {
      const at = mod(m.at, text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'replace': {
      const at = mod(m.at, text.length + 1);
      return text.slice(0, at) + m.token + text.slice(at + m.length);
    }
    case 'duplicate': {
      const at = mod(m.at, text.length + 1);
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    }
    case 'swapLines': {
      const lines = text.split('\n');
      const a = mod(m.a, lines.length);
      const b = mod(m.b, lines.length);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'indent': {
      const lines = text.split('\n');
      const i = mod(m.line, lines.length);
      const line = lines[i] ?? '';
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, mod(m.at, text.length + 1));
    case 'splice': {
      const donor = donors[mod(m.donor, donors.length)] ?? '';
      const from = mod(m.from, donor.length + 1);
      const at = mod(m.at, text.length + 1);
      return text.slice(0, at) + donor.slice(from, from + m.length) + text.slice(at);
    }
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[], donors: readonly string[]): string {
  return mutations.reduce((current, m) => applyMutation(current, m, donors), text);
}

/** An editor change as offsets: replace [start, start + length) with text. */
export interface OffsetEdit {
  start: number;
  length: number;
  text: string;
}

export const editArb: fc.Arbitrary<OffsetEdit> = fc.record({
  start: position,
  length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 })),
  text: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  ),
});

/** Clamps an edit to the text it applies to; the result is what an editor would send. */
export function clampEdit(text: string, edit: OffsetEdit): OffsetEdit {
  const start = mod(edit.start, text.length + 1);
  return { start, length: Math.min(edit.length, text.length - start), text: edit.text };
}

export function applyOffsetEdit(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.start + edit.length);
}
