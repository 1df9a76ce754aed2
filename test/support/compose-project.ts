import type { ManifestWorkspace } from '../../server/src/schema/workspace-index';

/** A Compose file defining each named service with a pinned image. */
export const services = (...names: string[]): string =>
  `services:\n${names.map((name) => `  ${name}:\n    image: busybox:1.36\n`).join('')}`;

/** The other files of a file's project, as `before | after` file names, and what is unread. */
export function around(workspace: ManifestWorkspace, key: string): string {
  const files = workspace.composeProjectFiles(key);
  if (!files) return '-';
  const names = (list: readonly { uri: string }[]): string => list.map((file) => file.uri).join(',');
  const unread = files.unread.length > 0 ? ` unread ${files.unread.join(',')}` : '';
  return `${names(files.before)} | ${names(files.after)}${unread}`;
}
