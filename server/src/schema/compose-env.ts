/**
 * The files a folder's `.env` tells Compose to read (`COMPOSE_FILE`). Compose reads `.env` from the
 * folder it runs in, and a `COMPOSE_FILE` there takes the place of `-f`: its files, in order, are
 * the project, each merged over the ones before it, and the folder's default base and override are
 * not read unless it names them. Read as Compose's dotenv reader reads a line: `KEY=value`,
 * `export KEY=value` or `KEY: value`, a value quoted or not, a `#` comment after an unquoted value.
 */
import path from 'node:path';
import { withDefaults } from '../engine/compose/interpolation';

export const COMPOSE_ENV_FILE = '.env';

/** A `COMPOSE_FILE` list: its files resolved from the `.env`'s folder, or none when a variable makes them unknown. */
export interface ComposeFileList {
  files: string[];
  /** The value as written, for messages. */
  written: string;
}

/** The list a `.env` file's text gives, or undefined when it sets no `COMPOSE_FILE`. */
export function composeFileListOf(text: string, folder: string): ComposeFileList | undefined {
  const values = dotenvValues(text, new Set(['COMPOSE_FILE', 'COMPOSE_PATH_SEPARATOR']));
  const written = values.get('COMPOSE_FILE');
  if (written === undefined || written.trim() === '') return undefined;
  // Compose expands variables in `.env` from the shell and the file: what they hold here is unknown.
  if (written.includes('$')) return { files: [], written };
  const separator = values.get('COMPOSE_PATH_SEPARATOR') || path.delimiter;
  const files = written
    .split(separator)
    .map((file) => file.trim())
    .filter((file) => file !== '')
    .map((file) => path.resolve(folder, file));
  return { files, written };
}

/**
 * Every variable the file sets, for the values Compose fills in. Compose's dotenv reader fills in
 * a value's variables (not a single-quoted one's) from the lines above, then the shell: a value
 * the lines above make whole is kept as they make it; one that needs the shell, or keeps a `$`,
 * is unknown here and kept as `$NAME`, which reads as unknown wherever it is filled in (not as
 * unset: a default written beside it is not taken).
 */
export function dotenvVariables(text: string): [string, string][] {
  const known = new Map<string, string>();
  for (const entry of dotenvEntries(text)) {
    const value = entry.literal || !entry.value.includes('$') ? entry.value : withDefaults(entry.value, known);
    known.set(entry.name, value === undefined || value.includes('$') ? `$${entry.name}` : value);
  }
  return [...known];
}

/** A variable a dotenv file sets: its name, its value and its zero-based line, with the line's length. */
export interface DotenvEntry {
  name: string;
  /** The value as written, quotes and an unquoted value's comment taken off. */
  value: string;
  /** Single-quoted: Compose reads it as written, filling in no variable. */
  literal: boolean;
  line: number;
  length: number;
}

/** Every variable a dotenv file sets, in the file's order, as Compose's dotenv reader reads a line. */
export function dotenvEntries(text: string): DotenvEntry[] {
  const entries: DotenvEntry[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    const match = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*[=:]\s*(.*)$/.exec(line);
    const name = match?.[1];
    const written = match?.[2] ?? '';
    if (name !== undefined)
      entries.push({
        name,
        value: unquoted(written),
        literal: written.startsWith("'"),
        line: index,
        length: line.length,
      });
  });
  return entries;
}

/** The last value each wanted key (each key, by default) is given, as dotenv reads it. */
function dotenvValues(text: string, wanted?: ReadonlySet<string>): Map<string, string> {
  const values = new Map<string, string>();
  for (const entry of dotenvEntries(text)) if (!wanted || wanted.has(entry.name)) values.set(entry.name, entry.value);
  return values;
}

function unquoted(value: string): string {
  const quote = value.charAt(0);
  if (quote === "'") {
    const end = value.indexOf("'", 1);
    return end < 0 ? value.slice(1) : value.slice(1, end);
  }
  if (quote === '"') {
    let out = '';
    for (let i = 1; i < value.length; i++) {
      const c = value.charAt(i);
      if (c === '"') return out;
      if (c === '\\' && i + 1 < value.length) {
        const next = value.charAt(++i);
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      } else out += c;
    }
    return out;
  }
  return value.replace(/\s+#.*$/, '').trim();
}
