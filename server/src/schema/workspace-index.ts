/**
 * An in-memory WorkspaceIndex: what the language server and the CLI learn about the workspace as
 * they see files — CRD documents, kustomization patch lists and generators, and the facts of every
 * Kubernetes object (see engine/kubernetes/facts). Feed it every YAML file once (`setFile`), then
 * changes, file by file: nothing is ever rescanned as a whole. It keeps facts, not texts, so it
 * stays small on large repositories.
 */
import path from 'node:path';
import { candidateKind, isHelmTemplate } from '../engine/detect';
import { ParsedDockerfile } from '../engine/dockerfile/context';
import { imageFactsOf, type ImageFacts } from '../engine/dockerfile/image-facts';
import { isOverSizeLimit } from '../engine/lint';
import type { IndexedObject } from '../engine/kubernetes/facts';
import { compareCodeUnits } from '../engine/order';
import type { YamlDocumentCache } from '../engine/kubernetes/document-cache';
import type {
  ComposeIncludes,
  ComposeVariables,
  ComposeProjectFiles,
  ExtendedComposeService,
  CustomResourceDefinitionSource,
  DockerfileAt,
  ImageLink,
  KustomizedImage,
  LinkedImage,
  ObjectEntry,
  WorkspaceIndex,
  WorkspaceProblem,
} from '../engine/workspace';
import { definitionsIn } from './crd-sources';
import { isKustomizationFile, readKustomization } from './kustomize';
import { Kustomizations, type KustomizationEntry } from './kustomizations';
import { imagesReaching } from './kustomize-reaching-images';
import { ImageIndex } from './image-index';
import { ComposeProjects } from './compose-projects';
import type { ComposeFileList } from './compose-env';
import { imageStatementsOf } from './image-links';
import { objectsOf, sameObjects } from './file-objects';
import { fileKey } from './file-key';
import type { WorkspaceSnapshot } from './workspace-snapshot';

export class ManifestWorkspace implements WorkspaceIndex {
  private readonly crdsByFile = new Map<string, CustomResourceDefinitionSource[]>();
  /** Read from outside by the CLI, which reads what they build (see file-workspace.ts). */
  readonly kustomizations = new Kustomizations();
  private readonly problemsByFile = new Map<string, WorkspaceProblem>();
  private readonly objectsByFile = new Map<string, IndexedObject[]>();
  private readonly images = new ImageIndex();
  private readonly compose = new ComposeProjects();
  private flattened: CustomResourceDefinitionSource[] | undefined;
  private allObjects: { key: string; object: IndexedObject }[] | undefined;
  private lastOutside: { key: string; generation: number; objects: IndexedObject[] } | undefined;
  private changes = 0;
  private schemaChanges = 0;
  private complete = true;

  /** What the index knows, as plain data another thread can receive (`fromSnapshot`). */
  snapshot(): WorkspaceSnapshot {
    return {
      crds: [...this.crdsByFile],
      kustomizations: [...this.kustomizations.entries],
      objects: [...this.objectsByFile],
      problems: [...this.problemsByFile],
      ...this.images.snapshot(),
      ...this.compose.snapshot(),
      helm: this.helmTemplates,
      complete: this.complete,
    };
  }

  static fromSnapshot(snapshot: WorkspaceSnapshot): ManifestWorkspace {
    const workspace = new ManifestWorkspace();
    for (const [key, crds] of snapshot.crds) workspace.crdsByFile.set(key, crds);
    for (const [key, entry] of snapshot.kustomizations) workspace.kustomizations.set(key, entry);
    for (const [key, objects] of snapshot.objects) workspace.objectsByFile.set(key, objects);
    for (const [key, problem] of snapshot.problems ?? []) workspace.problemsByFile.set(key, problem);
    workspace.images.restore(snapshot);
    workspace.compose.restore(snapshot);
    workspace.complete = snapshot.complete;
    workspace.helmTemplates = snapshot.helm === true;
    return workspace;
  }

  /** Learns everything `text` (the content of `uriOrPath`) contributes: CRDs, patches, objects, images. */
  setFile(uriOrPath: string, text: string, cache?: YamlDocumentCache): void {
    if (candidateKind(uriOrPath) === 'dockerfile') {
      this.setDockerfile(uriOrPath, text);
      return;
    }
    if (ComposeProjects.isEnvFile(fileKey(uriOrPath))) {
      this.setComposeEnv(uriOrPath, text);
      return;
    }
    this.setSchemaSources(uriOrPath, text, cache);
    const helm = this.helmObjects;
    this.setObjects(
      uriOrPath,
      helm && isHelmTemplate(uriOrPath, text) ? helm(uriOrPath, text) : objectsOf(uriOrPath, text, cache),
    );
  }

  /**
   * Reads Helm templates' objects with `render` (which renders a template with its chart's values
   * and places its objects in the template): without it a template holds no objects, and the
   * cross-file rules leave templates alone.
   */
  readHelmTemplatesWith(render: (uriOrPath: string, text: string) => IndexedObject[]): void {
    this.helmObjects = render;
    this.helmTemplates = true;
  }
  private helmObjects: ((uriOrPath: string, text: string) => IndexedObject[]) | undefined;
  private helmTemplates = false;

  /**
   * Tells a workflow's `${{ github.repository }}` with `read` (the repository a checkout's root
   * was cloned from, by its Git remote): without it such names stay unknown, as in the browser.
   */
  readGithubRepositoriesWith(read: (root: string) => string | undefined): void {
    this.githubRepositoryAt = read;
  }
  private githubRepositoryAt: ((root: string) => string | undefined) | undefined;

  readsHelmTemplates(): boolean {
    return this.helmTemplates;
  }

  /**
   * Learns only the file's CRDs or its kustomization: for open documents, whose objects come from
   * their lint instead (`setObjects`), so a keystroke parses the text once.
   */
  setSchemaSources(uriOrPath: string, text: string, cache?: YamlDocumentCache): void {
    const key = fileKey(uriOrPath);
    this.forgetSchemaSources(key);
    const statements = isOverSizeLimit(text)
      ? { links: [], builds: [] }
      : imageStatementsOf(uriOrPath, key, text, this.compose.namedAs(key), this.githubRepositoryAt);
    this.setImageLinks(uriOrPath, statements.links);
    // A new build may name a Dockerfile not read yet: callers read those when links change; the
    // services of a project's file change the findings of the other file of the project.
    const project = this.compose.set(key, statements.compose && { uri: uriOrPath, ...statements.compose });
    const lists = this.compose.setConfigured(key, statements.composeLists);
    if (this.images.setBuilds(key, statements.builds) || project || lists) {
      this.linkChanges++;
      this.changed(false);
    }
    // A file over the size limit is not parsed for its lint (one file-too-large finding instead), so
    // it is not parsed here either: in the language server this ran on every edit of such a file.
    const kustomization = !isOverSizeLimit(text) && isKustomizationFile(key);
    // Replaced, not forgotten first: an edit that leaves what it states alone changes nothing.
    this.setKustomization(key, kustomization ? { uri: uriOrPath, facts: readKustomization(text) } : undefined);
    if (kustomization || isOverSizeLimit(text)) return;
    // Most files hold no CRD; a substring test spares parsing them. A Helm template is no YAML until
    // it is rendered: its lint skips it, objectsOf reads no objects from it, and a chart's CRD
    // template is not a broken CRD.
    if (!text.includes('CustomResourceDefinition') || isHelmTemplate(uriOrPath, text)) return;
    const { found, unreadable } = definitionsIn(uriOrPath, text, cache);
    if (unreadable) this.addProblem(uriOrPath, 'a CustomResourceDefinition in this file cannot be read (YAML error)');
    if (found.length > 0) {
      this.crdsByFile.set(key, found);
      this.flattened = undefined;
      this.changed(true);
    }
  }

  /**
   * Replaces the objects the file holds. Returns true when anything another file could see changed
   * (an object's facts or its place), so callers know whether other files need a second look.
   */
  setObjects(uriOrPath: string, objects: readonly IndexedObject[]): boolean {
    const key = fileKey(uriOrPath);
    const before = this.objectsByFile.get(key) ?? [];
    if (sameObjects(before, objects)) return false;
    if (objects.length === 0) this.objectsByFile.delete(key);
    else this.objectsByFile.set(key, [...objects]);
    this.allObjects = undefined;
    this.changed(false);
    return true;
  }

  objectsOfFile(uriOrPath: string): readonly IndexedObject[] | undefined {
    return this.objectsByFile.get(fileKey(uriOrPath));
  }

  deleteFile(uriOrPath: string): boolean {
    const key = fileKey(uriOrPath);
    if (ComposeProjects.isEnvFile(key)) return this.setComposeEnv(uriOrPath, undefined);
    this.forgetSchemaSources(key);
    this.setKustomization(key, undefined);
    this.problemsByFile.delete(key);
    const project = this.compose.set(key, undefined);
    const lists = this.compose.setConfigured(key, undefined);
    const images = this.images.deleteFile(key) || project || lists;
    if (images) this.changed(false);
    if (!this.objectsByFile.delete(key)) return images;
    this.allObjects = undefined;
    this.changed(false);
    return true;
  }

  /** Learns a Dockerfile's final image from its text, whatever the file is called (a link may name any file). */
  setDockerfile(uriOrPath: string, text: string): boolean {
    return this.setImage(
      uriOrPath,
      isOverSizeLimit(text) ? undefined : imageFactsOf(new ParsedDockerfile(text), uriOrPath),
    );
  }

  /** Replaces a Dockerfile's final image (none: forgets it). True when it changed. */
  setImage(uriOrPath: string, facts: ImageFacts | undefined): boolean {
    const changed = this.images.setFacts(fileKey(uriOrPath), facts);
    if (changed) this.changed(false);
    return changed;
  }

  /** Replaces the image links a file states (the CLI's `--config` file, whatever its name). */
  setImageLinks(uriOrPath: string, links: readonly ImageLink[]): boolean {
    return this.images.setLinks(fileKey(uriOrPath), links) && this.linked();
  }
  private linkChanges = 0;

  /** Counts the changes of image links, which change the cross-file findings of every manifest. */
  get linkGeneration(): number {
    return this.linkChanges;
  }

  /** Whether a link names the file as a Dockerfile, whatever it is called. */
  isLinkedDockerfile(uriOrPath: string): boolean {
    return this.images.isLinked(fileKey(uriOrPath));
  }

  imageFor(reference: string, uri?: string): LinkedImage | undefined {
    return this.images.imageFor(reference, uri === undefined ? [] : this.kustomizedImages(uri, reference));
  }

  kustomizedImages(uri: string, reference: string): readonly KustomizedImage[] {
    return this.kustomizations.imagesAfter(fileKey(uri), reference);
  }

  kustomizationImages(uri: string): readonly string[] | undefined {
    return imagesReaching(fileKey(uri), this.kustomizations, (key) => this.objectsByFile.get(key));
  }

  composeProjectFiles(uri: string): ComposeProjectFiles | undefined {
    return this.compose.projectFilesOf(fileKey(uri));
  }

  /** The Compose projects a configuration lists (`composeProjects`), which its name may not say it holds. */
  setComposeLists(uriOrPath: string, lists: readonly ComposeFileList[]): boolean {
    return this.compose.setConfigured(fileKey(uriOrPath), lists) && this.linked();
  }

  /** A folder's `.env` (none: gone): its `COMPOSE_FILE` list and its variables. True when either changed. */
  setComposeEnv(uriOrPath: string, text: string | undefined): boolean {
    return this.compose.setEnv(fileKey(uriOrPath), text) && this.linked();
  }

  composeVariables(uri: string): ComposeVariables | undefined {
    return this.compose.variablesOf(fileKey(uri));
  }

  composeIncludes(uri: string): ComposeIncludes | undefined {
    return this.compose.includesOf(fileKey(uri));
  }

  composeServiceIn(uri: string, file: string | undefined, service: string): ExtendedComposeService {
    const from = fileKey(uri);
    return path.isAbsolute(from) ? this.compose.serviceIn(from, file ?? from, service) : { file: 'unread' };
  }

  /** A Compose file's services by name as last read, or why it could not be read (see `ComposeProjects.namesIn`). */
  composeServiceNames(uriOrPath: string): { names: string[] } | { missing: string } | undefined {
    return this.compose.namesIn(fileKey(uriOrPath));
  }

  isNamedComposeFile(uri: string): boolean {
    return this.compose.isNamed(fileKey(uri));
  }

  /** Compose files an `include:` or `extends` names that the index has not read, by file key: the caller reads them. */
  unreadComposeFiles(): string[] {
    return this.compose.unread();
  }

  /** Records that a Compose file another names cannot be read (`code`: why). */
  setComposeFileMissing(key: string, code: string): void {
    if (this.compose.setMissing(key, code)) this.linked();
  }

  dockerfileAt(uri: string, written: string): DockerfileAt | undefined {
    const from = fileKey(uri);
    if (!path.isAbsolute(from)) return undefined;
    const key = fileKey(path.resolve(path.dirname(from), written));
    return { key, facts: this.images.facts.get(key) };
  }

  buildContextsOf(uri: string): readonly string[] {
    return this.images.buildContextsOf(fileKey(uri));
  }

  /** Dockerfiles a link names that the index has not read, by file key: the caller reads them. */
  unreadDockerfiles(): string[] {
    return this.images.unreadDockerfiles();
  }

  /** Records a schema source that could not be used (a missing file named in the settings, say). */
  addProblem(uriOrPath: string, message: string): void {
    this.problemsByFile.set(fileKey(uriOrPath), { uri: uriOrPath, message });
  }

  customResourceDefinitions(): readonly CustomResourceDefinitionSource[] {
    this.flattened ??= [...this.crdsByFile.keys()].sort().flatMap((key) => this.crdsByFile.get(key) ?? []);
    return this.flattened;
  }

  isKustomizePatch(uriOrPath: string): boolean {
    return this.kustomizations.isPatch(fileKey(uriOrPath));
  }

  problems(): readonly WorkspaceProblem[] {
    return [...this.problemsByFile.values()];
  }

  objectsOutside(uri: string): readonly IndexedObject[] {
    const key = fileKey(uri);
    const last = this.lastOutside;
    if (last && last.key === key && last.generation === this.changes) return last.objects;
    const objects = this.objectEntries()
      .filter((entry) => entry.key !== key)
      .map((e) => e.object);
    this.lastOutside = { key, generation: this.changes, objects };
    return objects;
  }

  objectEntries(): readonly ObjectEntry[] {
    if (this.entries?.generation === this.changes) return this.entries.list;
    this.allObjects ??= [...this.objectsByFile.entries()]
      .sort(([a], [b]) => compareCodeUnits(a, b))
      .flatMap(([file, objects]) => objects.map((object) => ({ key: file, object })));
    const list = this.kustomizations.asBuilt(this.allObjects, (key) => this.objectsByFile.get(key));
    this.entries = { generation: this.changes, list };
    return list;
  }
  private entries: { generation: number; list: readonly ObjectEntry[] } | undefined;

  fileKeyOf(uri: string): string {
    return fileKey(uri);
  }

  /** Counts every change of what the index holds; equal counts mean nothing changed in between. */
  get generation(): number {
    return this.changes;
  }

  /** Counts the changes of CRDs and kustomizations, which change how every manifest validates or what it runs. */
  get schemaGeneration(): number {
    return this.schemaChanges;
  }

  /** Links between files changed: cross-file findings are judged again. Always true, for the setters' results. */
  private linked(): true {
    this.linkChanges++;
    this.changed(false);
    return true;
  }

  private changed(schema: boolean): void {
    this.changes++;
    if (schema) this.schemaChanges++;
  }

  /** Number of objects indexed, across files. */
  get objectCount(): number {
    return [...this.objectsByFile.values()].reduce((count, objects) => count + objects.length, 0);
  }

  isComplete(): boolean {
    return this.complete;
  }

  /** Marks the first scan as running (false) or done (true). */
  setComplete(complete: boolean): void {
    if (this.complete === complete) return;
    this.complete = complete;
    this.changed(false);
  }

  /**
   * Patches change how files validate, includes and image entries which image a container runs:
   * each is a change of links and, as per-object rules read it too, of every manifest's findings.
   */
  private setKustomization(key: string, entry: KustomizationEntry | undefined): void {
    const { patches, images } = this.kustomizations.set(key, entry);
    if (!patches && !images) return;
    this.linkChanges++;
    this.changed(true);
  }

  private forgetSchemaSources(key: string): void {
    if (this.crdsByFile.delete(key)) {
      this.flattened = undefined;
      this.changed(true);
    }
    this.problemsByFile.delete(key);
  }
}
