/** The kinds of Dockerfile syntax issue, and the nearest-name helper their "did you mean" uses. */
import { closest as nearest } from '../schema/suggest';
import type { Span } from './split';

export type IssueCode =
  | 'unknown-instruction'
  | 'unknown-flag'
  | 'flag-elsewhere'
  | 'flags-ignored'
  | 'duplicate-flag'
  | 'flag-needs-value'
  | 'bad-flag-value'
  | 'unknown-mount-type'
  | 'unknown-mount-option'
  | 'mount-option-elsewhere'
  | 'mount-option-needs-value'
  | 'bad-mount-value'
  | 'mount-from-variable'
  | 'secret-needs-id'
  | 'secret-id-and-source'
  | 'mount-quoting'
  | 'missing-arguments'
  | 'extra-arguments'
  | 'expected-as'
  | 'invalid-stage-name'
  | 'bad-argument'
  | 'exec-not-strings'
  | 'shell-needs-json'
  | 'key-needs-value'
  | 'blank-name'
  | 'empty-volume'
  | 'heredoc-destination'
  | 'onbuild-trigger'
  | 'healthcheck-type'
  | 'healthcheck-none-arguments'
  | 'healthcheck-command'
  | 'not-json'
  | 'json-escape'
  | 'json-control'
  | 'json-open-string'
  | 'json-open-array'
  | 'json-malformed'
  | 'json-trailing'
  | 'unterminated-quote'
  | 'split-quote'
  | 'missing-brace'
  | 'bad-substitution'
  | 'unsupported-modifier';

export interface SyntaxIssue {
  code: IssueCode;
  span: Span;
  data: Record<string, string>;
  /** A problem the builder only warns about, or ignores. */
  warning?: boolean;
  /**
   * A replacement for a span: the nearest valid name, `AS`, double quotes; with `above`, a line to
   * write above the instruction, which starts at offset `at`.
   */
  fix?: { span: Span; text: string; above?: { at: number; text: string } };
}

/** The nearest valid name for a typo; none for long words, which are no typo and would cost a large table. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return word.length > 40 ? undefined : nearest(word, candidates);
}
