import type { ComposeContext } from '../../engine/compose/context';
import { isRecord } from '../../engine/plain-data';
import type { PathReader } from '../../files/path-reader';
import { dotenvEntries } from '../../schema/compose-env';
import { withDefaults } from '../../engine/compose/interpolation';
import { projectFolder } from './project-folder';

/** Past this an env file is not read: no settings file is this large. */
const MAX_ENV_FILE_CHARS = 256 * 1024;

/** An env file's text; undefined when it is not a file there, cannot be read or is too large. */
export function readEnvText(file: string, reader: PathReader): string | undefined {
  const text = reader.kindOf(file) === 'file' ? reader.read(file) : undefined;
  return text !== undefined && text.length <= MAX_ENV_FILE_CHARS ? text : undefined;
}

/**
 * The variables a service's `env_file` entries give its container, later files winning as in
 * Compose; an empty map when it names none, undefined when one of them cannot be read here (no
 * disk to read it from, a path a variable without a value completes, a file missing or too large).
 * `value` is the service as Compose merges it, so an override's `env_file` counts too. An entry
 * marked `required: false` that is not there gives nothing, as in Compose.
 */
export function serviceEnvFileVariables(
  ctx: ComposeContext,
  value: Record<string, unknown>,
): Map<string, string> | undefined {
  const variables = new Map<string, string>();
  const entries = envFileEntries(value.env_file);
  if (entries.length === 0) return variables;
  const around = ctx.surroundings;
  const base = around && projectFolder(ctx, around.paths);
  if (!around || base === undefined) return undefined;
  for (const entry of entries) {
    const written = withDefaults(entry.path, ctx.variables?.values);
    if (written === undefined || written.includes('$')) return undefined;
    const file = around.paths.resolve(base, written);
    const text = readEnvText(file, around.reader);
    if (text === undefined) {
      if (entry.optional) continue;
      return undefined;
    }
    for (const { name, value: set } of dotenvEntries(text)) variables.set(name, set);
  }
  return variables;
}

/** `env_file` as Compose writes it: a path, a list of paths, or long entries (`path`, `required`). */
function envFileEntries(value: unknown): { path: string; optional: boolean }[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return [{ path: entry, optional: false }];
    if (isRecord(entry) && typeof entry.path === 'string')
      return [{ path: entry.path, optional: entry.required === false }];
    return [];
  });
}
