import { imageForTarget, type ImageFacts } from '../dockerfile/image-facts';
import type { ImageLink, WorkspaceIndex } from '../workspace';
import { composeImageRepository, serviceBuild } from './build';

/** The Dockerfile a service's image comes from, as far as the workspace states it. */
export interface ServiceImage {
  /** The Dockerfile's path as the statement writes it (`web/Dockerfile`). */
  written: string;
  /** Its final image. */
  facts: ImageFacts;
  /** The service's own `build`, or a link the configuration or a build file states for its `image`. */
  via: 'build' | 'link';
  link?: ImageLink;
}

/**
 * The Dockerfile the service's image comes from: the one its `build` names (relative to the
 * Compose file at `uri`; the stage `build.target` names, else the last), else the one a link
 * states for its `image`. Undefined when neither says, when the Dockerfile was not read, and when
 * the target names no stage of it.
 */
export function serviceImage(
  workspace: WorkspaceIndex | undefined,
  uri: string,
  service: Record<string, unknown>,
): ServiceImage | undefined {
  if (!workspace) return undefined;
  if (service.build !== undefined) {
    const build = serviceBuild(service.build);
    if (!build) return undefined;
    const read = workspace.dockerfileAt?.(uri, build.written)?.facts;
    const facts = read && imageForTarget(read, build.target);
    return facts ? { written: build.written, facts, via: 'build' } : undefined;
  }
  const image = service.image;
  const repository = typeof image === 'string' ? composeImageRepository(image) : undefined;
  const linked = repository === undefined ? undefined : workspace.imageFor?.(repository);
  return linked?.facts
    ? { written: linked.link.written, facts: linked.facts, via: 'link', link: linked.link }
    : undefined;
}
