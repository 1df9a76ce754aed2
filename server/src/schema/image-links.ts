/**
 * Which Dockerfile builds which image, read only from files that state it: the `images:` map of a
 * `.cntutor.yaml`, the artifacts of a `skaffold.yaml`, and the services of a Compose file that name
 * the image they build. Guessing from file or folder names would
 * pair a manifest with the wrong image and teach the wrong thing, so nothing else makes a link.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, parseAllDocuments, parseDocument, type Node, type YAMLMap } from 'yaml';
import { composeImageRepository, serviceBuild } from '../engine/compose/build';
import { isComposeFileName } from '../engine/compose/file-names';
import { LineIndex } from '../engine/text';
import type { ImageBuild, ImageLink, IndexedComposeService } from '../engine/workspace';
import { extendedFilesOf, includesOf, type ComposeInclude } from './compose-includes';
import { configuredComposeLists } from './compose-config-lists';
import type { ComposeFileList } from './compose-env';
import { isRecord } from '../engine/plain-data';
import { workflowRoot, workflowStatements } from './workflow-links';

/**
 * An image repository as `images:` keys write it: a registry host (with a port) and path parts, and
 * no tag or digest. A colon is a port only before a slash; `web:1.2` is a tag.
 */
export const IMAGE_REPOSITORY = /^[^\s:/@]+(:[0-9]+(?=\/))?(\/[^\s:/@]+)*$/;

/** The repository of an image reference, registry as written: `gcr.io/x/web:1.2@sha256:…` → `gcr.io/x/web`. */
export function imageRepository(reference: string): string {
  let rest = reference.trim();
  const at = rest.indexOf('@');
  if (at !== -1) rest = rest.slice(0, at);
  const colon = rest.lastIndexOf(':');
  return colon > rest.lastIndexOf('/') ? rest.slice(0, colon) : rest;
}

const CONFIG_NAMES = ['.cntutor.yaml', '.cntutor.yml'];

/** A project configuration by its name, where `images:` may state links. */
export function isProjectConfigName(uriOrPath: string): boolean {
  return CONFIG_NAMES.includes(uriOrPath.split(/[\\/]/).pop() ?? '');
}

/** Cheap test before parsing: skaffold configurations say so in their apiVersion. */
const MAY_BE_SKAFFOLD = /^[ \t]*apiVersion[ \t]*:[ \t]*["']?skaffold\/v/m;

/** Builders of a skaffold artifact that read no Dockerfile of the workspace. */
const OTHER_BUILDERS = ['jib', 'bazel', 'buildpacks', 'ko', 'custom', 'kaniko'];

/**
 * The links a file states, by its name or content: a project configuration's `images:`, a
 * skaffold configuration's artifacts, a Compose file's services. `key` is the file's key (an
 * absolute path); a file known only by another kind of URI states nothing the file system could
 * resolve. Never throws.
 */
export function imageLinksOf(source: string, key: string, text: string): ImageLink[] {
  return imageStatementsOf(source, key, text).links;
}

/** The links a file states, and the Dockerfiles it builds (a Compose file's `build`s). Never throws. */
export function imageStatementsOf(
  source: string,
  key: string,
  text: string,
  /** Another Compose file includes or extends this one; `folder`: the `project_directory` it gives. */
  asCompose?: { folder?: string },
  /** The GitHub repository a checkout's root was cloned from, for a workflow's `github.repository`. */
  repositoryAt?: (root: string) => string | undefined,
): ImageStatements {
  const none: ImageStatements = { links: [], builds: [] };
  if (!path.isAbsolute(key)) return none;
  try {
    if (isProjectConfigName(key)) return configStatements(source, key, text);
    // `asCompose`: another Compose file includes or extends this one, whatever it is called.
    if (asCompose || isComposeFileName(path.basename(key)))
      return composeStatements(source, key, text, asCompose?.folder);
    if (workflowRoot(key)) return workflowStatements(source, key, text, repositoryAt);
    return MAY_BE_SKAFFOLD.test(text) ? skaffoldStatements(source, key, text) : none;
  } catch {
    return none;
  }
}

/**
 * What a project configuration states: `images:` (`registry.example.com/shop/web:
 * services/web/Dockerfile`, relative to the file) and `composeProjects:`. Entries that are not a
 * repository and a path are left out here; the configuration's own check reports them.
 */
export function configStatements(source: string, key: string, text: string): ImageStatements {
  const contents = parseAllDocuments(text, { prettyErrors: false, logLevel: 'silent' })[0]?.contents;
  return {
    links: configImageLinks(source, key, text, contents),
    builds: [],
    composeLists: configuredComposeLists(contents, key),
  };
}

function configImageLinks(source: string, key: string, text: string, contents: unknown): ImageLink[] {
  const index = new LineIndex(text);
  const links: ImageLink[] = [];
  const images = isMap(contents) ? contents.get('images', true) : undefined;
  if (!isMap(images)) return links;
  for (const pair of images.items) {
    const repository = scalarText(pair.key as Node | null);
    const written = scalarText(pair.value as Node | null);
    const range = (pair.key as Node | null)?.range;
    if (!repository || !IMAGE_REPOSITORY.test(repository) || !written || !range) continue;
    links.push({
      repository,
      dockerfile: path.resolve(path.dirname(key), written),
      written,
      source,
      range: index.rangeOf(range[0], range[1]),
      from: 'config',
    });
  }
  return links;
}

/**
 * `build.artifacts[]` of every skaffold `Config` document: `image`, built from `docker.dockerfile`
 * (default `Dockerfile`) in `context` (default `.`), relative to the file. Artifacts built another
 * way (jib, buildpacks, ko…) have no Dockerfile here; profiles and required configs are not read.
 */
export function skaffoldStatements(source: string, key: string, text: string): ImageStatements {
  const index = new LineIndex(text);
  const statements: ImageStatements = { links: [], builds: [] };
  for (const document of parseAllDocuments(text, { prettyErrors: false, logLevel: 'silent' })) {
    const root = document.contents;
    if (!isMap(root)) continue;
    const apiVersion = scalarText(root.get('apiVersion', true));
    if (!apiVersion?.startsWith('skaffold/v') || scalarText(root.get('kind', true)) !== 'Config') continue;
    const build = root.get('build', true);
    const artifacts = isMap(build) ? build.get('artifacts', true) : undefined;
    if (!isSeq(artifacts)) continue;
    for (const artifact of artifacts.items) {
      const link = artifactLink(artifact as Node | null, source, key, index);
      if (!link) continue;
      statements.links.push(link.link);
      addBuild(statements.builds, { dockerfile: link.link.dockerfile, context: link.context });
    }
  }
  return statements;
}

function artifactLink(
  artifact: Node | null,
  source: string,
  key: string,
  index: LineIndex,
): { link: ImageLink; context: string } | undefined {
  if (!isMap(artifact)) return undefined;
  const image = artifact.get('image', true);
  const repository = scalarText(image);
  if (!repository || !image?.range) return undefined;
  const docker = artifact.get('docker', true);
  if (!docker && OTHER_BUILDERS.some((builder) => artifact.has(builder))) return undefined;
  const context = optionalText(artifact, 'context', '.');
  const dockerfile = isMap(docker) ? optionalText(docker, 'dockerfile', 'Dockerfile') : 'Dockerfile';
  const target = isMap(docker) ? optionalText(docker, 'target', '') : '';
  if (context === undefined || dockerfile === undefined || target === undefined) return undefined;
  const written = path.posix.join(context.replace(/\\/g, '/'), dockerfile.replace(/\\/g, '/'));
  const link: ImageLink = {
    repository: imageRepository(repository),
    dockerfile: path.resolve(path.dirname(key), context, dockerfile),
    written,
    source,
    range: index.rangeOf(image.range[0], image.range[1]),
    from: 'skaffold',
    ...(target ? { target } : {}),
  };
  return { link, context: path.resolve(path.dirname(key), context) };
}

/** Whether two builds are one: the same Dockerfile in the same context. */
export function sameBuild(a: ImageBuild, b: ImageBuild | undefined): boolean {
  return a.dockerfile === b?.dockerfile && a.context === b.context;
}

/** Adds a build once: two services or steps that build one Dockerfile in one context are one build. */
export function addBuild(builds: ImageBuild[], build: ImageBuild): void {
  if (!builds.some((other) => sameBuild(build, other))) builds.push(build);
}

/**
 * Services of a Compose file with both `build` and `image`: Compose tags what it builds with that
 * name, from the Dockerfile its `build` names (see `serviceBuild`), relative to the file. A
 * context that is a Git or HTTP address, an inline Dockerfile, and names or paths with variables
 * (`${TAG}` in a tag is fine) state nothing readable.
 */
export function composeLinks(source: string, key: string, text: string): ImageLink[] {
  return composeStatements(source, key, text).links;
}

/** What a file states: its links, and the Dockerfiles it builds (by file key, with their contexts) whatever their images are called. */
export interface ImageStatements {
  links: ImageLink[];
  builds: ImageBuild[];
  /** A Compose file's services (plain values with the range of each key), includes and extended files. */
  compose?: ComposeFileFacts;
  /** A configuration's `composeProjects`. */
  composeLists?: ComposeFileList[];
}

/** What the index keeps of a Compose file for the rules of the other files of its project. */
export interface ComposeFileFacts {
  services: IndexedComposeService[];
  includes?: ComposeInclude[];
  extendsFiles?: string[];
  unreadable?: boolean;
  /** The folder its builds were read from, when an include's `project_directory` makes it another than its own. */
  folder?: string;
}

/**
 * The links and builds of a Compose file at `key` (an absolute path), and what the other files of
 * its project see of it; a file it cannot read is marked unreadable.
 */
export function composeStatements(
  source: string,
  key: string,
  text: string,
  /** The folder its builds are relative to, when an include gives it a `project_directory`. */
  folder = path.dirname(key),
): ImageStatements {
  const statements: ImageStatements = { links: [], builds: [] };
  if (!path.isAbsolute(key)) return statements;
  const unreadable: ImageStatements = { ...statements, compose: { services: [], unreadable: true } };
  const document = parseDocument(text, { prettyErrors: false, logLevel: 'silent', merge: true });
  if (!isMap(document.contents)) return unreadable;
  let plain: unknown;
  try {
    plain = document.toJS({ maxAliasCount: 1000 });
  } catch {
    return unreadable; // an alias bomb: the file's own lint reports it
  }
  const includes = includesOf(plain, key);
  const extendsFiles = extendedFilesOf(plain, key);
  const facts: ComposeFileFacts = {
    services: [],
    // What a file with YAML errors defines is in doubt: the project it is part of is not judged whole.
    ...(document.errors.length > 0 ? { unreadable: true } : {}),
    ...(includes ? { includes } : {}),
    ...(extendsFiles.length > 0 ? { extendsFiles } : {}),
    ...(folder !== path.dirname(key) ? { folder } : {}),
  };
  statements.compose = facts;
  const services = document.contents.get('services', true);
  if (!isMap(services)) return statements;
  const plainServices = isRecord(plain) && isRecord(plain.services) ? plain.services : {};
  const index = new LineIndex(text);
  for (const pair of services.items) {
    const service = pair.value;
    const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (name === undefined || !Object.hasOwn(plainServices, name)) continue;
    const value = plainServices[name];
    const keyRange = (pair.key as Node).range;
    if (isRecord(value) && keyRange)
      facts.services.push({ name, value, range: index.rangeOf(keyRange[0], keyRange[1]) });
    if (!isMap(service)) continue;
    const build = isRecord(value) ? serviceBuild(value.build) : undefined;
    if (!build) continue;
    const dockerfile = path.resolve(folder, build.written);
    addBuild(statements.builds, { dockerfile, context: path.resolve(folder, build.context) });
    const image = service.get('image', true);
    const reference = scalarText(image);
    const repository = reference === undefined ? undefined : composeImageRepository(reference);
    if (!repository || !image?.range || !IMAGE_REPOSITORY.test(repository)) continue;
    statements.links.push({
      repository,
      dockerfile,
      written: build.written,
      source,
      range: index.rangeOf(image.range[0], image.range[1]),
      from: 'compose',
      ...(build.target ? { target: build.target } : {}),
    });
  }
  return statements;
}

/** A string entry, its default when absent; undefined when it holds something else. */
function optionalText(map: YAMLMap, name: string, fallback: string): string | undefined {
  if (!map.has(name)) return fallback;
  return scalarText(map.get(name, true)) || undefined;
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
