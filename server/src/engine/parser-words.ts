/**
 * Parsers explain their problems in English. A learner reading Korean gets them in Korean: each
 * of the parser's sentences, with what it names (a character, a token) kept as written. A
 * sentence not in the table stays in the parser's words rather than being guessed at.
 */
import { particle } from './korean';
import type { Locale } from './types';

/** A sentence of the parser, and its Korean from the parts the pattern captures. */
export type KoreanWords = readonly [RegExp, (match: RegExpExecArray) => string][];

/** The parser's sentence in the locale; as written when no translation is known. */
export function parserWords(table: KoreanWords, message: string, locale: Locale): string {
  if (locale !== 'ko') return message;
  for (const [pattern, translate] of table) {
    const match = pattern.exec(message);
    if (match) return translate(match);
  }
  return message;
}

/** A word with the Korean particle its last sound takes (`'&&'가`, `` ` ``로). */
export function withParticle(word: string, pair: string): string {
  return `${word}${particle(word, pair)}`;
}
