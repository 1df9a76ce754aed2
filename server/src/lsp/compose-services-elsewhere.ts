import { servicesEveryProjectDefines } from '../engine/compose/every-project';
import type { ServiceElsewhere } from '../compose-schema/completion';
import { pathFrom } from '../schema/file-key';
import type { ManifestWorkspace } from '../schema/workspace-index';

/**
 * The services the project's other files define (a list's or the partner, the included files),
 * for completion: for a file several lists name, also those each of its projects defines, as
 * `compose-unknown-service` accepts them.
 */
export function composeServicesElsewhere(workspace: ManifestWorkspace, uri: string): ServiceElsewhere[] {
  const project = workspace.composeProjectFiles(uri);
  const shown = (other: string): string => pathFrom(uri, other);
  return [
    ...[...(project?.before ?? []), ...(project?.after ?? [])].flatMap((file) =>
      file.services.map((service) => ({ name: service.name, file: shown(file.uri) })),
    ),
    ...servicesEveryProjectDefines(project).map((service) => ({ name: service.name, file: shown(service.uri) })),
    ...(workspace.composeIncludes(uri)?.services ?? []).map((service) => ({
      name: service.name,
      file: shown(service.uri),
    })),
  ];
}
