/**
 * `composeProjects:` of a project configuration: the Compose files run together, as
 * `docker compose -f compose.yaml -f compose.prod.yaml` reads them, written where no file of the
 * project says so (a command line, a CI job, a shell's `COMPOSE_FILE`). Each list is one project,
 * its files merged in order, relative to the configuration.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import type { ComposeFileList } from './compose-env';

/**
 * The lists `contents` (a configuration's parsed top node) states, resolved from the folder of
 * `key`. A list holding anything but paths is left out: the configuration's own check reports it.
 */
export function configuredComposeLists(contents: unknown, key: string): ComposeFileList[] {
  const projects = isMap(contents) ? contents.get('composeProjects', true) : undefined;
  if (!isSeq(projects)) return [];
  const lists: ComposeFileList[] = [];
  for (const item of projects.items) {
    if (!isSeq(item)) continue;
    const written = item.items.map((file) =>
      isScalar(file) && typeof file.value === 'string' ? file.value.trim() : '',
    );
    if (written.length === 0 || written.includes('')) continue;
    lists.push({
      files: written.map((file) => path.resolve(path.dirname(key), file)),
      written: written.map((file) => `-f ${file}`).join(' '),
    });
  }
  return lists;
}
