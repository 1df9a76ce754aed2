/**
 * The part of the workspace index that pairs images with Dockerfiles: the facts of each
 * Dockerfile's final image, by file key, and the links files state, by the key of the file that
 * states them. Lookups sort by key, so the answer does not depend on the order files were read in
 * (the CLI's workers read them in any order).
 */
import { imageForTarget, type ImageFacts } from '../engine/dockerfile/image-facts';
import { compareCodeUnits } from '../engine/order';
import type { ImageBuild, ImageLink, KustomizedImage, LinkedImage } from '../engine/workspace';
import { imageRepository, sameBuild } from './image-links';
import { replaceIfChanged } from './replace-if-changed';
import type { WorkspaceSnapshot } from './workspace-snapshot';

export class ImageIndex {
  private readonly factsByFile = new Map<string, ImageFacts>();
  private readonly linksBySource = new Map<string, ImageLink[]>();
  /**
   * The Dockerfiles a file builds whatever their images are called (Compose `build`s, skaffold
   * artifacts), with their contexts, by the file's key.
   */
  private readonly buildsBySource = new Map<string, ImageBuild[]>();
  /** Each repository's link, or null when the statements disagree; made again after a change of links. */
  private resolved: Map<string, ImageLink | null> | undefined;

  get facts(): ReadonlyMap<string, ImageFacts> {
    return this.factsByFile;
  }

  get links(): ReadonlyMap<string, readonly ImageLink[]> {
    return this.linksBySource;
  }

  /** What the index holds, as the parts of a workspace snapshot. */
  snapshot(): Required<Pick<WorkspaceSnapshot, 'images' | 'links' | 'builds'>> {
    return {
      images: [...this.factsByFile],
      links: [...this.linksBySource].map(([key, links]) => [key, [...links]]),
      builds: [...this.buildsBySource].map(([key, builds]) => [key, [...builds]]),
    };
  }

  /** Takes back what `snapshot` gave. */
  restore(snapshot: Pick<WorkspaceSnapshot, 'images' | 'links' | 'builds'>): void {
    for (const [key, facts] of snapshot.images ?? []) this.setFacts(key, facts);
    for (const [key, links] of snapshot.links ?? []) this.setLinks(key, links);
    for (const [key, builds] of snapshot.builds ?? []) this.setBuilds(key, builds);
  }

  /** Replaces a Dockerfile's facts (none: forgets them). True when they changed. */
  setFacts(key: string, facts: ImageFacts | undefined): boolean {
    return replaceIfChanged(this.factsByFile, key, facts);
  }

  /** Replaces the links a file states (none: forgets them). True when they changed. */
  setLinks(key: string, links: readonly ImageLink[]): boolean {
    const before = this.linksBySource.get(key) ?? [];
    if (JSON.stringify(before) === JSON.stringify(links)) return false;
    if (links.length === 0) this.linksBySource.delete(key);
    else this.linksBySource.set(key, [...links]);
    this.resolved = undefined;
    return true;
  }

  get builds(): ReadonlyMap<string, readonly ImageBuild[]> {
    return this.buildsBySource;
  }

  /** Replaces the Dockerfiles a file builds (none: forgets them). True when they changed. */
  setBuilds(key: string, builds: readonly ImageBuild[]): boolean {
    const before = this.buildsBySource.get(key) ?? [];
    if (before.length === builds.length && before.every((build, i) => sameBuild(build, builds[i]))) return false;
    if (builds.length === 0) this.buildsBySource.delete(key);
    else
      this.buildsBySource.set(
        key,
        builds.map((build) => ({ ...build })),
      );
    return true;
  }

  /** The contexts every file that builds the Dockerfile sends with it, sorted, each once. */
  buildContextsOf(key: string): string[] {
    const contexts = new Set<string>();
    for (const builds of this.buildsBySource.values())
      for (const build of builds) if (build.dockerfile === key) contexts.add(build.context);
    return [...contexts].sort(compareCodeUnits);
  }

  /** Forgets what the file contributed, as a Dockerfile or as a file stating links. True when anything went. */
  deleteFile(key: string): boolean {
    const facts = this.setFacts(key, undefined);
    const builds = this.setBuilds(key, []);
    return this.setLinks(key, []) || facts || builds;
  }

  /** Whether a link or a build names the Dockerfile. */
  isLinked(key: string): boolean {
    return this.namedDockerfiles().has(key);
  }

  /** Dockerfiles some link or build names whose facts the index does not hold, in key order. */
  unreadDockerfiles(): string[] {
    return [...this.namedDockerfiles()].filter((key) => !this.factsByFile.has(key)).sort(compareCodeUnits);
  }

  private namedDockerfiles(): Set<string> {
    const keys = new Set<string>();
    for (const links of this.linksBySource.values()) for (const link of links) keys.add(link.dockerfile);
    for (const builds of this.buildsBySource.values()) for (const build of builds) keys.add(build.dockerfile);
    return keys;
  }

  /**
   * The link of the image `reference` names, or of a name `kustomized` gives it (the
   * kustomizations that build the manifest rename it) when the written name has none; names
   * linked to different builds leave it unknown.
   */
  imageFor(reference: string, kustomized: readonly KustomizedImage[] = []): LinkedImage | undefined {
    const repository = imageRepository(reference);
    let answer = this.linkedAs(repository);
    for (const renamed of kustomized) {
      const other = imageRepository(renamed.reference);
      const linked = other === repository ? undefined : this.linkedAs(other);
      if (!linked) continue;
      if (!answer) answer = { ...linked, renamed };
      else if (answer.link.dockerfile !== linked.link.dockerfile || answer.link.target !== linked.link.target)
        return undefined;
    }
    return answer;
  }

  private linkedAs(repository: string): LinkedImage | undefined {
    const link = this.linkOf(repository);
    if (!link) return undefined;
    const facts = this.factsByFile.get(link.dockerfile);
    return { link, facts: facts && imageForTarget(facts, link.target) };
  }

  /**
   * The configuration's statement wins over build files'; within one kind, statements that name
   * different Dockerfiles for the same repository (two skaffold files, say) cancel out.
   */
  private linkOf(repository: string): ImageLink | undefined {
    if (!this.resolved) {
      const resolved = new Map<string, ImageLink | null>();
      const sources = [...this.linksBySource.keys()].sort(compareCodeUnits);
      // skaffold and CI build what the cluster runs; a Compose file builds for the developer's machine.
      for (const from of ['config', 'skaffold', 'workflow', 'compose'] as const) {
        const tier = new Map<string, ImageLink | null>();
        for (const source of sources) {
          for (const link of this.linksBySource.get(source) ?? []) {
            if (link.from !== from || resolved.has(link.repository)) continue;
            const seen = tier.get(link.repository);
            if (seen === undefined) tier.set(link.repository, link);
            else if (seen && seen.dockerfile !== link.dockerfile) tier.set(link.repository, null);
          }
        }
        for (const [repository, link] of tier) resolved.set(repository, link);
      }
      this.resolved = resolved;
    }
    return this.resolved.get(repository) ?? undefined;
  }
}
