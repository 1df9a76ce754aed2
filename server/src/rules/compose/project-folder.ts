import type path from 'node:path';
import type { ComposeContext } from '../../engine/compose/context';
import { fileKey } from '../../schema/file-key';

/**
 * The folder a Compose file's relative paths start from, in the file system `paths` describes:
 * the project's (an include's `project_directory`, a list's first file's folder), else the
 * file's own; undefined for a file on no disk.
 */
export function projectFolder(ctx: ComposeContext, paths: path.PlatformPath): string | undefined {
  const folder = ctx.included?.folder ?? ctx.projectFiles?.folder;
  const base = folder === undefined ? paths.dirname(fileKey(ctx.uri)) : fileKey(folder);
  return paths.isAbsolute(base) ? base : undefined;
}
