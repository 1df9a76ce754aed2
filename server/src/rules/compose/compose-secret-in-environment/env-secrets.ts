import type { ComposeContext } from '../../../engine/compose/context';
import type { Report } from '../../../engine/rule';
import type { RelatedLocation } from '../../../engine/types';
import { isGitIgnored } from '../../../files/git-ignored';
import type { FileSurroundings } from '../../../files/path-reader';
import { dotenvEntries, type DotenvEntry } from '../../../schema/compose-env';
import { pathFrom, toFileUri } from '../../../schema/file-key';
import { isSecretLikeValue, isSecretName } from '../../kubernetes/secret-names';
import { composeNamedPaths } from '../named-paths';
import { readEnvText } from '../service-env-files';

/**
 * The secrets a Compose file's services read from env files git keeps in the repository (no
 * `.gitignore` leaves them out): one finding per `env_file` entry, at the entry, with the file's
 * line beside it. An env file git ignores is where a secret belongs.
 */
export function envFileSecrets(ctx: ComposeContext, around: FileSurroundings, base: string): Report[] {
  const root = ctx.file.root;
  if (!root) return [];
  const reports: Report[] = [];
  for (const named of composeNamedPaths(root, ctx.variables?.values)) {
    if (named.role !== 'envFile' || named.owner === undefined) continue;
    const file = around.paths.resolve(base, named.written);
    const secrets = committedSecrets(file, around);
    const first = secrets[0];
    if (!first) continue;
    reports.push({
      range: ctx.rangeOf(named.node),
      message: ctx.t('envFile', {
        name: named.owner,
        file: named.written,
        variables: secrets.map((entry) => entry.name).join(', '),
      }),
      related: [relatedLine(ctx, file, first)],
    });
  }
  return reports;
}

/** The entries of a file git keeps that hold a secret; none when the file is not there, too large or ignored. */
function committedSecrets(file: string, around: FileSurroundings): DotenvEntry[] {
  return (committedEntries(file, around) ?? []).filter(
    (entry) => isSecretName(entry.name) && !entry.value.includes('$') && isSecretLikeValue(entry.value, entry.name),
  );
}

/** A dotenv file's entries when git keeps it; undefined when it is not there, too large or ignored. */
export function committedEntries(file: string, { reader, paths }: FileSurroundings): DotenvEntry[] | undefined {
  const text = readEnvText(file, reader);
  if (text === undefined || isGitIgnored(file, reader, paths)) return undefined;
  return dotenvEntries(text);
}

/** The line of an env file that sets a variable, as a related location in the caller's way of naming files. */
export function relatedLine(ctx: ComposeContext, file: string, entry: DotenvEntry): RelatedLocation {
  const position = (character: number) => ({ line: entry.line, character });
  return {
    uri: ctx.uri.startsWith('file:') ? toFileUri(file) : file,
    range: { start: position(0), end: position(entry.length) },
    message: ctx.t('setHere', { variable: entry.name, file: pathFrom(ctx.uri, file) }),
  };
}
