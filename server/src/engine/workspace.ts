import type { ImageFacts } from './dockerfile/image-facts';
import type { IndexedObject } from './kubernetes/facts';
import type { Range } from './types';

/**
 * What the engine may know about the files around the one it lints. `lint()` stays a pure
 * function of its arguments: the language server and the CLI build this index (from workspace
 * folders, command-line paths and settings) and pass it in; without one, each file is linted on
 * its own and CRDs in the same file still count.
 */

/** A CustomResourceDefinition found outside the linted file. */
export interface CustomResourceDefinitionSource {
  /** Where it was found, for messages. */
  uri: string;
  /**
   * The CRD as plain data (a parsed YAML document). Keep returning the same object while its
   * file is unchanged: compiled schemas are cached per object.
   */
  definition: unknown;
}

/** An indexed object and the key of the file that holds it. */
export interface ObjectEntry {
  key: string;
  object: IndexedObject;
}

/** A file that was named as a schema source but could not be used; reported once, with its path. */
export interface WorkspaceProblem {
  uri: string;
  message: string;
}

/**
 * A statement that a Dockerfile builds an image: an `images:` entry of the project configuration,
 * or a build definition (a skaffold artifact). Never inferred from file or folder names.
 */
export interface ImageLink {
  /** The image repository, registry included as written, without tag or digest. */
  repository: string;
  /** The Dockerfile's file key. */
  dockerfile: string;
  /** The Dockerfile's path as the statement writes it (relative to the file that states it), for messages. */
  written: string;
  /** The file that states the link, as the index was told. */
  source: string;
  /** Where in `source` the link is stated. */
  range: Range;
  /**
   * Which kind of statement: a project configuration's `images:`, a skaffold artifact, a GitHub
   * Actions `docker/build-push-action` step, a Compose service's build.
   */
  from: 'config' | 'skaffold' | 'workflow' | 'compose';
  /** The stage the build stops at (skaffold's `docker.target`, Compose's `build.target`), when not the last. */
  target?: string;
}

/** A Dockerfile a file builds (a Compose service's `build`, a skaffold artifact) and the build context it sends. */
export interface ImageBuild {
  /** The Dockerfile's file key. */
  dockerfile: string;
  /** The build context's folder, absolute. */
  context: string;
}

/** An image reference's link, and the facts of the Dockerfile it names when that file was read. */
export interface LinkedImage {
  link: ImageLink;
  facts: ImageFacts | undefined;
  /** When the link is the image's as a kustomization that builds the file renames it. */
  renamed?: KustomizedImage;
}

/** The image a container runs once a kustomization that builds its file has renamed it. */
export interface KustomizedImage {
  /** The image reference `kustomize build` of `root` writes. */
  reference: string;
  /** The kustomization built: one no other kustomization includes. */
  root: string;
  /**
   * The `images:` entries that matched the image, the innermost kustomization's first: where each
   * is, the name it matched and the reference it left.
   */
  renames: { uri: string; range: Range; name: string; to: string }[];
}

export interface WorkspaceIndex {
  /** CRDs of the workspace (and of files named in settings); CRDs in the linted file need not be listed. */
  customResourceDefinitions?(): readonly CustomResourceDefinitionSource[];
  /** True when a kustomization names this file as a patch, so it is a partial object. */
  isKustomizePatch?(uri: string): boolean;
  /** CRD or schema files that could not be read or compiled. */
  problems?(): readonly WorkspaceProblem[];
  /**
   * The Kubernetes objects of every file but `uri`, as last indexed; the lint has the linted
   * file's own objects fresh. Kustomize patches are left out: they are partial objects.
   */
  objectsOutside?(uri: string): readonly IndexedObject[];
  /**
   * Every object `objectsOutside` can list, with its file's key, in the same order, kustomize
   * patches left out. The same array while the index is unchanged, so lookups built on it serve
   * the lints of every file instead of being built again for each.
   */
  objectEntries?(): readonly ObjectEntry[];
  /** The key `objectEntries` gives the objects of the file at `uri`. */
  fileKeyOf?(uri: string): string;
  /** The objects indexed for the file at `uri`, as its text was when indexed. */
  objectsOfFile?(uri: string): readonly IndexedObject[] | undefined;
  /**
   * True when the index holds the objects of Helm templates, rendered with their charts' values:
   * only then do the cross-file rules judge a template beside the rest of its chart.
   */
  readsHelmTemplates?(): boolean;
  /**
   * False while the first scan of the workspace is still running. Cross-file rules wait for it
   * rather than report as missing what has not been read yet.
   */
  isComplete?(): boolean;
  /**
   * The Dockerfile stated to build the image a manifest names (`registry.example.com/web:1.2`
   * matches a link for `registry.example.com/web`); undefined when no link states one, or the
   * statements disagree. With `uri`, the file whose container names it: the names the
   * kustomizations that build the file give the image count too, when they agree.
   */
  imageFor?(reference: string, uri?: string): LinkedImage | undefined;
  /**
   * The image a container of the file at `uri` that writes `reference` runs when each
   * kustomization that builds the file is built, one per root; none when no kustomization
   * includes the file.
   */
  kustomizedImages?(uri: string, reference: string): readonly KustomizedImage[];
  /**
   * The images that reach the `images:` entries of the kustomization at `uri` (what it builds, as
   * its resources, patches and components leave them); undefined when the index cannot tell.
   */
  kustomizationImages?(uri: string): readonly string[] | undefined;
  /**
   * The Dockerfile at `written` (a path relative to the file at `uri`, as a Compose `build`
   * states it), with its facts when the index has read it; undefined when `uri` names no file of
   * a file system.
   */
  dockerfileAt?(uri: string, written: string): DockerfileAt | undefined;
  /**
   * The build contexts the files of the workspace send with the Dockerfile at `uri` (Compose's
   * `build.context`, skaffold's `context`), absolute and in order, each once; none when no file
   * builds it, and the context is then a matter of convention.
   */
  buildContextsOf?(uri: string): readonly string[];
  /**
   * The other files of the Compose project the file at `uri` belongs to, in the order Compose
   * merges them: the files a `COMPOSE_FILE` list in a folder's `.env` names around it, else, with
   * no list, the override (`compose.override.yaml`) of a base file or the base of an override;
   * undefined when the file is in no list and is neither, or its partner is not in the index.
   */
  composeProjectFiles?(uri: string): ComposeProjectFiles | undefined;
  /**
   * The services the Compose file at `uri` and its partner bring in with `include:`, followed
   * through the included files' own `include:`; for a file another includes, the services of the
   * rest of that project. Undefined when no `include:` is involved.
   */
  composeIncludes?(uri: string): ComposeIncludes | undefined;
  /**
   * A service of a Compose file as `extends: { file, service }` names it (`file` relative to the
   * file at `uri`; none: that file itself), as last indexed: its value and place, or why not.
   */
  composeServiceIn?(uri: string, file: string | undefined, service: string): ExtendedComposeService;
  /** Whether another Compose file's `include:` or `extends` names the file at `uri`. */
  isNamedComposeFile?(uri: string): boolean;
  /**
   * The variables the `.env` of the folder the Compose file at `uri` is read from sets (its own,
   * a list's first file's, an include's `project_directory`); undefined when it sets none.
   */
  composeVariables?(uri: string): ComposeVariables | undefined;
}

/**
 * The variables Compose fills values in from, as far as the project's files say: its `.env`. The
 * shell's environment comes first when Compose runs, and is not known here.
 */
export interface ComposeVariables {
  values: ReadonlyMap<string, string>;
  /** The `.env` that sets each, for messages: an included file's may come from its includer's. */
  fileOf: ReadonlyMap<string, string>;
}

/** One Compose service as the index keeps it: its plain value (merge keys applied) and where its key is. */
export interface IndexedComposeService {
  name: string;
  value: Record<string, unknown>;
  range: Range;
}

/** A Compose file of the project as last indexed: its URI (or path, in the CLI) and its services. */
export interface ComposeFileServices {
  uri: string;
  services: readonly IndexedComposeService[];
}

/** The other files of a Compose project, around the linted file in Compose's order (see `composeProjectFiles`). */
export interface ComposeProjectFiles {
  /** Merged before it, under its services: the base of an override, the earlier files of a list. */
  before: readonly ComposeFileServices[];
  /** Merged after it, over its services: the override of a base, the later files of a list. */
  after: readonly ComposeFileServices[];
  /**
   * Files of the list the index could not read (missing, YAML errors), or the list as written when
   * a variable hides its files: the project may hold services no rule can see.
   */
  unread: readonly string[];
  /** The `.env` whose `COMPOSE_FILE` makes the list, when a list and not the default pair decides. */
  listedIn?: string;
  /** The folder the file's paths (`build`) are read from: the list's first file's, when that lies in another. */
  folder?: string;
  /**
   * When several lists name the file (a base each environment's overlay is merged over): the
   * other files of each project, in its order. `before` and `after` then hold only the files
   * every one of them merges it with.
   */
  each?: readonly { before: readonly ComposeFileServices[]; after: readonly ComposeFileServices[] }[];
}

/** A service another Compose file defines, with that file's URI (or path, in the CLI). */
export interface ComposeServiceElsewhere extends IndexedComposeService {
  uri: string;
  /** The folder its `build` is relative to when an include's `project_directory` makes it another than the file's. */
  folder?: string;
}

/** What the other files of a Compose project bring in through `include:` (see `composeIncludes`). */
export interface ComposeIncludes {
  /** The included services, each where its first file defines it (an entry's later files merged over it). */
  services: readonly ComposeServiceElsewhere[];
  /**
   * The entries that cannot be followed, as written: a remote source, a variable, a file missing or
   * not a Compose file. Rules that need every service of the project stay quiet while there is one.
   */
  unfollowed: readonly string[];
  /** For a file another includes: the files at the top of the project it is part of. */
  includedBy?: readonly string[];
  /** …and the folder its builds start from, when that include gives a `project_directory`. */
  folder?: string;
}

/** The service an `extends: { file }` names: found, not defined in the file, or the file unread. */
export type ExtendedComposeService =
  { found: ComposeServiceElsewhere } | { found?: undefined; file: 'missing' | 'unread' | 'no-service' };

/** A Dockerfile a file names by its path, and its final image when the file was read. */
export interface DockerfileAt {
  /** The Dockerfile's file key. */
  key: string;
  facts: ImageFacts | undefined;
}
