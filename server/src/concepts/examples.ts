/**
 * The ❌/✅ examples of a concept note are code, and a test lints them. A note marks each one in
 * the fence's info string, after the language:
 *
 *     ```dockerfile bad            a complete Dockerfile that some rule must flag
 *     ```yaml good                 complete manifests, clean at warning and above with every rule
 *     ```yaml good container       the keys of one container, set on a clean Deployment's container
 *     ```yaml bad pod              the keys of a pod spec, set on a clean Deployment's pod template
 *     ```yaml good spec            the keys of a Deployment's spec
 *
 * Markdown renderers take the first word as the language, so marked fences render as ordinary
 * code; the terminal and editor renderings drop the marker (`plainFences`). The wrapping itself is
 * in test/support/note-examples.ts and described in docs/writing-notes.md.
 */
export type ExampleVerdict = 'good' | 'bad';
export type ExampleWrap = 'container' | 'pod' | 'spec';
export const EXAMPLE_WRAPS: readonly ExampleWrap[] = ['container', 'pod', 'spec'];

export interface NoteExample {
  language: string;
  verdict?: ExampleVerdict;
  wrap?: ExampleWrap;
  /** Words of the info string this module does not know (a typo in a marker). */
  unknown: string[];
  code: string;
  /** One-based line of the opening fence within the body. */
  line: number;
}

const FENCE = /^```([^\n`]*)\n([\s\S]*?)^```[ \t]*$/gm;

/** Every fenced block of a note body, with its marker read. */
export function noteExamples(body: string): NoteExample[] {
  const examples: NoteExample[] = [];
  for (const match of body.matchAll(FENCE)) {
    const [language = '', ...words] = (match[1] ?? '').trim().split(/\s+/);
    const example: NoteExample = {
      language,
      unknown: [],
      code: match[2] ?? '',
      line: body.slice(0, match.index).split('\n').length,
    };
    for (const word of words) {
      if (word === 'good' || word === 'bad') example.verdict = word;
      else if ((EXAMPLE_WRAPS as readonly string[]).includes(word)) example.wrap = word as ExampleWrap;
      else example.unknown.push(word);
    }
    examples.push(example);
  }
  return examples;
}

/** The markdown with the examples' markers removed from the info strings: ```yaml good → ```yaml. */
export function plainFences(markdown: string): string {
  return markdown.replace(/^```(\w+)[ \t]+(?:good|bad)\b[^\n]*$/gm, '```$1');
}
