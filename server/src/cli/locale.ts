import type { Locale } from '../engine/types';
import { UsageError } from './files';

export function parseLocale(value: unknown): Locale | undefined {
  if (value === undefined) return undefined;
  if (value === 'en' || value === 'ko') return value;
  throw new UsageError(`--locale must be en or ko, not "${String(value)}"`);
}
