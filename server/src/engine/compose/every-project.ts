/**
 * For a Compose file several lists name (a base each environment's overlay is merged over): the
 * services every one of its projects defines in another file, whichever file that is. A reference
 * to one of them holds in each project.
 */
import type { ComposeProjectFiles } from '../workspace';

/** Each such service once, with the file the first project defines it in. */
export function servicesEveryProjectDefines(project: ComposeProjectFiles | undefined): { name: string; uri: string }[] {
  const [first, ...others] = (project?.each ?? []).map((files) =>
    [...files.before, ...files.after].flatMap((file) => file.services.map(({ name }) => ({ name, uri: file.uri }))),
  );
  const named = others.map((services) => new Set(services.map(({ name }) => name)));
  return (first ?? []).filter((service) => named.every((names) => names.has(service.name)));
}
