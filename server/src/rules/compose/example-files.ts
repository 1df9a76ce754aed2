/**
 * Complete Compose files for rule examples. Each rule's ✅ example must pass every rule, so most
 * examples start from one well-run project and change only what the rule is about.
 */

export interface ComposeExample {
  /** Lines added to the `web` service, after its own (four-space indents relative to the service's keys). */
  web?: readonly string[];
  /** Lines that replace the `web` service's own lines (relative to its keys, no indent). */
  webOnly?: readonly string[];
  /** Top-level lines added after `services:` and its services. */
  top?: readonly string[];
  /** Top-level lines added before `services:`. */
  head?: readonly string[];
}

export const CLEAN_WEB: readonly string[] = [
  'image: registry.example.com/shop/web:1.4.2',
  'restart: unless-stopped',
  'ports:',
  '  - "127.0.0.1:8080:8080"',
  'environment:',
  '  LOG_LEVEL: info',
  'healthcheck:',
  '  test: ["CMD", "wget", "-q", "--spider", "http://localhost:8080/healthz"]',
  '  interval: 30s',
  'depends_on:',
  '  db:',
  '    condition: service_healthy',
];

const DB: readonly string[] = [
  'image: postgres:16.4',
  'restart: unless-stopped',
  'environment:',
  '  POSTGRES_PASSWORD_FILE: /run/secrets/db-password',
  'secrets:',
  '  - db-password',
  'healthcheck:',
  '  test: ["CMD-SHELL", "pg_isready -U postgres"]',
  '  interval: 10s',
];

const indent = (lines: readonly string[], by: string): string[] => lines.map((line) => (line ? by + line : line));

/** A Compose project of a web service and its database, changed as the options say. */
export function composeFile(options: ComposeExample = {}): string {
  const web = [...(options.webOnly ?? CLEAN_WEB), ...(options.web ?? [])];
  return [
    ...(options.head ?? []),
    'services:',
    '  web:',
    ...indent(web, '    '),
    '  db:',
    ...indent(DB, '    '),
    'secrets:',
    '  db-password:',
    '    file: ./db-password.txt',
    ...(options.top ?? []),
    '',
  ].join('\n');
}
