import { conceptIds, getConcept, renderConcept } from '../concepts';
import { closest } from '../config/suggest';
import type { Locale } from '../engine/types';
import { UsageError } from './files';
import type { ParsedArgs } from './main';

export function runConcept(args: ParsedArgs): number {
  const id = args.positionals[0];
  const locale = parseLocale(args.values.locale);
  if (!id) throw new UsageError(`name a concept: ${conceptIds().join(', ')}`);
  const note = getConcept(id, locale);
  if (!note) {
    const suggestion = closest(id, conceptIds());
    throw new UsageError(`unknown concept "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
  }
  process.stdout.write(renderConcept(note));
  return 0;
}

export function parseLocale(value: unknown): Locale | undefined {
  if (value === undefined) return undefined;
  if (value === 'en' || value === 'ko') return value;
  throw new UsageError(`--locale must be en or ko, not "${String(value)}"`);
}
