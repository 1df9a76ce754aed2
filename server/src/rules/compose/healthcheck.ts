/**
 * Whether a service has a healthcheck of its own in the file: a `test` whose list form does not start with `NONE` (a string is a shell command), and
 * not `disable: true`. One that only tunes `interval` and the like keeps the image's check,
 * which the file cannot show.
 */
export function healthchecked(service: Record<string, unknown>): boolean {
  const check = service.healthcheck;
  if (!isRecord(check) || check.disable === true) return false;
  const test = check.test;
  if (typeof test === 'string') return test.trim() !== '';
  return Array.isArray(test) && test.length > 0 && test[0] !== 'NONE';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
