import type { ComposeContext } from '../../engine/compose/context';
import type { LocalizedText } from '../../engine/rule';
import { pathFrom } from '../../schema/file-key';
import { isInterpolated, variablesRead, withDefaults } from '../../engine/compose/interpolation';

/**
 * A value with variables as Compose reads it with the project's `.env` and the defaults written,
 * or undefined when it reads no variable or a variable neither sets is left (chosen when the
 * stack starts: nothing to judge).
 */
export function readValue(ctx: ComposeContext, written: string): string | undefined {
  if (!isInterpolated(written)) return undefined;
  const resolved = withDefaults(written, ctx.variables?.values);
  return resolved !== undefined && !resolved.includes('$') ? resolved : undefined;
}

/**
 * The sentence a finding on a value with variables ends with, so the reader sees what was judged:
 * `readFromEnv` names the `.env` values that made it (`fromFile` for each file's), `readByDefault`
 * says the defaults did. Each rule words the two (`VALUE_READING_MESSAGES` by default).
 */
export function readingNote(ctx: ComposeContext, written: string, reading: string): string {
  const variables = ctx.variables;
  const names = variables ? variablesRead(written, variables.values) : [];
  if (!variables || names.length === 0) return ctx.t('readByDefault', { reading });
  const byFile = new Map<string, string[]>();
  for (const name of names) {
    const file = variables.fileOf.get(name) ?? '';
    byFile.set(file, [...(byFile.get(file) ?? []), `\`${name}\``]);
  }
  const sources = [...byFile].map(([file, read]) =>
    ctx.t('fromFile', { names: read.join(', '), file: pathFrom(ctx.uri, file) }),
  );
  return ctx.t('readFromEnv', { reading, sources: sources.join(ctx.t('sourcesJoin', {})) });
}

/** The finding's message, with the reading note when the value was read through variables. */
export function withReading(
  ctx: ComposeContext,
  message: string,
  written: string,
  reading: string | undefined,
): string {
  return reading === undefined ? message : `${message} ${readingNote(ctx, written, reading)}`;
}

export const VALUE_READING_MESSAGES: Record<
  'readFromEnv' | 'readByDefault' | 'fromFile' | 'sourcesJoin',
  LocalizedText
> = {
  readFromEnv: {
    en: 'With {sources}, Compose reads "{reading}".',
    ko: '{sources} 값으로 Compose는 "{reading}"{으로/로} 읽습니다.',
  },
  readByDefault: {
    en: 'Unless the shell sets its variables, Compose reads "{reading}".',
    ko: '셸이 변수를 정하지 않는 한 Compose는 "{reading}"{으로/로} 읽습니다.',
  },
  fromFile: { en: '{names} from {file}', ko: '{file}에 적힌 {names}' },
  sourcesJoin: { en: ' and ', ko: ' 및 ' },
};
