/**
 * What a workspace index knows, as plain data another thread can receive: the CLI's `--jobs`
 * workers index their share of the files, and the parts are joined into one.
 */
import type { ImageFacts } from '../engine/dockerfile/image-facts';
import { compareCodeUnits } from '../engine/order';
import type { IndexedObject } from '../engine/kubernetes/facts';
import type { CustomResourceDefinitionSource, ImageBuild, ImageLink, WorkspaceProblem } from '../engine/workspace';
import type { ComposeEnv, ComposeFileEntry } from './compose-projects';
import type { ComposeFileList } from './compose-env';
import type { KustomizationEntry } from './kustomizations';

export interface WorkspaceSnapshot {
  crds: [string, CustomResourceDefinitionSource[]][];
  /** What each kustomization states: the patches it names, what it includes and its image entries. */
  kustomizations: [string, KustomizationEntry][];
  objects: [string, IndexedObject[]][];
  problems?: [string, WorkspaceProblem][];
  /** Dockerfiles' final images, and the links files state, by file key. */
  images?: [string, ImageFacts][];
  links?: [string, ImageLink[]][];
  /** The Dockerfiles Compose and skaffold files build, with their contexts, by the building file's key. */
  builds?: [string, ImageBuild[]][];
  /** The services of the Compose files a project is made of, by file key. */
  compose?: [string, ComposeFileEntry][];
  /** Compose files `include:` or `extends` names that cannot be read, with why. */
  composeMissing?: [string, string][];
  /** Each folder's `.env` as read, with the `COMPOSE_FILE` list it sets, by folder. */
  composeEnvs?: [string, ComposeEnv][];
  /** The Compose projects each configuration lists (`composeProjects`), by the configuration's key. */
  composeLists?: [string, ComposeFileList[]][];
  /** Whether Helm templates' objects were indexed (see `readHelmTemplatesWith`). */
  helm?: boolean;
  complete: boolean;
}

/**
 * Indexes of parts of the files joined into one, their entries in the order of `keys` (the order
 * one index fed every file would have them in); entries of other files follow.
 */
export function joinSnapshots(parts: readonly WorkspaceSnapshot[], keys: readonly string[]): WorkspaceSnapshot {
  const rank = new Map(keys.map((key, i) => [key, i]));
  const inOrder = <T>(entries: [string, T][]): [string, T][] =>
    entries.sort(([a], [b]) => (rank.get(a) ?? keys.length) - (rank.get(b) ?? keys.length));
  return {
    crds: inOrder(parts.flatMap((part) => part.crds)),
    kustomizations: inOrder(parts.flatMap((part) => part.kustomizations)),
    objects: inOrder(parts.flatMap((part) => part.objects)),
    problems: inOrder(parts.flatMap((part) => part.problems ?? [])),
    images: inOrder(parts.flatMap((part) => part.images ?? [])),
    links: inOrder(parts.flatMap((part) => part.links ?? [])),
    builds: inOrder(parts.flatMap((part) => part.builds ?? [])),
    compose: inOrder(parts.flatMap((part) => part.compose ?? [])),
    composeMissing: inOrder(parts.flatMap((part) => part.composeMissing ?? [])),
    composeEnvs: parts.flatMap((part) => part.composeEnvs ?? []).sort(([a], [b]) => compareCodeUnits(a, b)),
    composeLists: parts.flatMap((part) => part.composeLists ?? []).sort(([a], [b]) => compareCodeUnits(a, b)),
    complete: parts.every((part) => part.complete),
    helm: parts.length > 0 && parts.every((part) => part.helm === true),
  };
}
