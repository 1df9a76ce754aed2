/**
 * Filling a ManifestWorkspace from the file system, for the CLI (the files it lints, the CRD paths
 * of the configuration, kustomizations beside the files) and for the language server's first scan
 * of a workspace folder. The engine itself never reads files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { KUSTOMIZATION_FILE_NAMES } from './kustomize';
import { candidateKind } from '../engine/detect';
import { configStatements } from './image-links';
import type { Steps } from '../engine/steps';
import { compareCodeUnits } from '../engine/order';
import { ManifestWorkspace } from './workspace-index';
import { fileKey, toFileUri } from './file-key';
import { YamlDocumentCache } from '../engine/kubernetes/document-cache';
import { BASE_COMPOSE_NAMES, OVERRIDE_COMPOSE_NAMES } from './compose-projects';
import { readGithubRepository } from './github-repository';
import { readKustomizationBuilds } from './kustomization-builds';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.cache', 'vendor']);
const SCHEMA_FILE = /\.(ya?ml|json)$/i;
/** Kustomizations this many folders above a file may still name it as a patch (overlays/prod/patches/x.yaml). */
const KUSTOMIZATION_DEPTH = 3;
/**
 * Build files above the linted manifests that may link their images to Dockerfiles: a project's
 * skaffold.yaml sits at its root, above the manifests it deploys (`cntutor lint k8s/`).
 */
const SKAFFOLD_FILE_NAMES = ['skaffold.yaml', 'skaffold.yml'];
/**
 * skaffold.yaml and the Compose files Docker Compose reads by default (a project's base and
 * override, each judged with the other): they may build the images manifests run, and send a
 * Dockerfile its build context.
 */
const BUILD_FILE_NAMES = [...SKAFFOLD_FILE_NAMES, ...BASE_COMPOSE_NAMES, ...OVERRIDE_COMPOSE_NAMES];
/** What is read above a manifest: the build files, and the kustomizations that may patch it. */
const SURROUNDING_FILE_NAMES = [...KUSTOMIZATION_FILE_NAMES, ...BUILD_FILE_NAMES];

export interface FileWorkspaceOptions {
  /** Files about to be linted: their CRDs count, and kustomizations near them are read. */
  files: readonly string[];
  /** Texts of those files already read by the caller, by absolute path, so no file is read twice. */
  texts?: ReadonlyMap<string, string>;
  /** `customResourceDefinitions` from the configuration: files, folders or globs. */
  crdPaths?: readonly string[];
  /** Where relative `crdPaths` start (the configuration file's folder). */
  baseDir?: string;
  /**
   * Parsed documents of the linted YAML files, by absolute path, filled while indexing so that
   * linting a file afterwards does not parse it again.
   */
  parsed?: Map<string, YamlDocumentCache>;
  /** The project configuration in use, whatever its name: its `images:` state links. */
  configFile?: string;
}

/**
 * Parsed documents take about sixty times the memory of their text, and every file's are held from
 * the index until its lint: past this much text, files are parsed again when linted instead (a
 * repository of 50,000 objects, 28 MB of YAML, peaked at 2.5 GB when all were kept).
 */
const PARSED_BUDGET_CHARS = 4 * 1024 * 1024;

export function buildFileWorkspace(options: FileWorkspaceOptions): ManifestWorkspace {
  const workspace = new ManifestWorkspace();
  readGithubRepositories(workspace);
  indexFiles(workspace, options);
  indexSurroundings(workspace, options);
  return workspace;
}

/**
 * Lets the workspace read, from each checkout's Git configuration, the GitHub repository its
 * workflows run in (`${{ github.repository }}`), once per checkout.
 */
export function readGithubRepositories(
  workspace: ManifestWorkspace,
  mayRead: (file: string) => boolean = () => true,
): void {
  const known = new Map<string, string | undefined>();
  workspace.readGithubRepositoriesWith((root) => {
    if (!known.has(root)) known.set(root, readGithubRepository(root, mayRead));
    return known.get(root);
  });
}

/** Indexes the files themselves (what a `--jobs` worker does for its share of them). */
export function indexFiles(workspace: ManifestWorkspace, options: FileWorkspaceOptions): void {
  const seen = new Set<string>();
  let keptChars = 0;
  for (const file of options.files) {
    const full = path.resolve(file);
    if (seen.has(full)) continue;
    seen.add(full);
    // A linted Dockerfile's image comes from its lint; one that is only linked is read with the surroundings.
    if (candidateKind(full) === 'dockerfile') continue;
    const text = options.texts?.get(full);
    if (text === undefined) {
      readInto(workspace, full, false);
      continue;
    }
    let cache: YamlDocumentCache | undefined;
    if (options.parsed && /\.ya?ml$/i.test(full) && keptChars + text.length <= PARSED_BUDGET_CHARS) {
      keptChars += text.length;
      options.parsed.set(full, (cache = new YamlDocumentCache()));
    }
    if (!indexText(workspace, full, text, cache)) options.parsed?.delete(full);
  }
}

/**
 * Indexes one file's text. An error of the engine's own while indexing a file leaves that file out
 * of the index, with a problem naming it, and the run goes on: one file must not end a run over a
 * repository before any output. The file itself is still linted, and reported on its own.
 */
function indexText(workspace: ManifestWorkspace, full: string, text: string, cache?: YamlDocumentCache): boolean {
  try {
    workspace.setFile(full, text, cache);
    return true;
  } catch (error) {
    workspace.deleteFile(full);
    const detail = error instanceof Error ? error.message : String(error);
    workspace.addProblem(
      full,
      `could not be indexed (${detail}); checks of other files that refer to its objects may be incomplete`,
    );
    return false;
  }
}

/**
 * Indexes what lies around the files: the configured CRDs, the kustomizations, skaffold and Compose files
 * above them, the configuration's image links, then every Dockerfile a link names.
 */
export function indexSurroundings(workspace: ManifestWorkspace, options: FileWorkspaceOptions): void {
  const seen = new Set(options.files.map((file) => path.resolve(file)));
  const read = (file: string, mustExist: boolean): void => {
    const full = path.resolve(file);
    if (seen.has(full)) return;
    seen.add(full);
    readInto(workspace, full, mustExist);
  };
  const base = options.baseDir ?? process.cwd();
  for (const entry of options.crdPaths ?? []) {
    const matches = expandPath(base, entry);
    if (matches.length === 0) workspace.addProblem(path.resolve(base, entry), 'matches no file');
    for (const file of matches) read(file, true);
  }
  if (options.configFile) readConfigLinks(workspace, options.configFile);
  // What lies above a manifest may patch it or link its images; above a Dockerfile, only the build
  // files that may send it another build context. A folder shared by many files is searched once.
  const dockerfiles = options.files.filter((file) => candidateKind(file) === 'dockerfile');
  const manifests = options.files.filter((file) => candidateKind(file) !== 'dockerfile');
  searchAbove(manifests, SURROUNDING_FILE_NAMES, read);
  readKustomizationBuilds(workspace, read);
  searchAbove(dockerfiles, BUILD_FILE_NAMES, read);
  for (const workflow of workflowsAbove(options.files)) read(workflow, false);
  readLinkedDockerfiles(workspace);
}

/**
 * The GitHub Actions workflows of the repositories the files are in: `.github/workflows/*.y(a)ml`
 * in the nearest folder above each file that has them, up to the repository root (`.git`).
 */
function workflowsAbove(files: readonly string[]): string[] {
  const found = new Set<string>();
  const searched = new Set<string>();
  for (const folder of new Set(files.map((f) => path.dirname(path.resolve(f))))) {
    for (let dir = folder; !searched.has(dir);) {
      searched.add(dir);
      const workflows = path.join(dir, '.github', 'workflows');
      if (existsSync(workflows)) {
        for (const name of safeList(workflows)) if (/\.ya?ml$/i.test(name)) found.add(path.join(workflows, name));
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir || existsSync(path.join(dir, '.git'))) break;
      dir = parent;
    }
  }
  return [...found].sort(compareCodeUnits);
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Reads the files of `names` in the folders of `files` and up to KUSTOMIZATION_DEPTH above them. */
function searchAbove(
  files: readonly string[],
  names: readonly string[],
  read: (file: string, mustExist: boolean) => void,
): void {
  const searched = new Set<string>();
  for (const folder of new Set(files.map((f) => path.dirname(path.resolve(f))))) {
    let dir = folder;
    for (let depth = 0; depth <= KUSTOMIZATION_DEPTH; depth++) {
      if (!searched.has(dir)) {
        searched.add(dir);
        for (const name of names) {
          const candidate = path.join(dir, name);
          if (existsSync(candidate)) read(candidate, false);
        }
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
}

/**
 * The `images:` and `composeProjects:` of the configuration in use, which its name may not say it
 * holds (`--config ci.yaml`).
 */
function readConfigLinks(workspace: ManifestWorkspace, file: string): void {
  try {
    const full = path.resolve(file);
    const statements = configStatements(full, fileKey(full), readFileSync(full, 'utf8'));
    workspace.setImageLinks(full, statements.links);
    workspace.setComposeLists(full, statements.composeLists ?? []);
  } catch {
    // The configuration was read a moment ago to be used; if it went away, it states nothing now.
  }
}

/**
 * The files others name that are not read yet: Compose files an `include:` or `extends` names (and
 * the files those name in turn), then the Dockerfiles links and builds name.
 */
export function readLinkedDockerfiles(
  workspace: ManifestWorkspace,
  mayRead: (file: string) => boolean = () => true,
  /** How the index names the file: the language server by URI, the CLI by path. */
  nameOf: (file: string) => string = (file) => file,
): void {
  readNamedComposeFiles(workspace, (file) => readFileSync(file, 'utf8'), mayRead, nameOf);
  for (const key of workspace.unreadDockerfiles()) {
    if (!mayRead(key)) continue;
    let text: string;
    try {
      text = readFileSync(key, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      workspace.addProblem(key, `is named as the Dockerfile of an image, but cannot be read (${code})`);
      continue;
    }
    try {
      workspace.setDockerfile(nameOf(key), text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      workspace.addProblem(key, `could not be read as a Dockerfile (${detail})`);
    }
  }
}

/**
 * Reads the Compose files an `include:` or `extends` names, in rounds, with `read` (which throws
 * an error with a `code` for a file it cannot read): the CLI and the editor read the disk, the
 * rule fixtures their own files.
 */
export function readNamedComposeFiles(
  workspace: ManifestWorkspace,
  read: (file: string) => string,
  mayRead: (file: string) => boolean = () => true,
  nameOf: (file: string) => string = (file) => file,
): void {
  // Each round reads what the last one named. A file read once and still unread (too large, say),
  // or not to be read (an open document, a file outside the trusted folders), stays unfollowed.
  const tried = new Set<string>();
  for (;;) {
    const fresh = workspace.unreadComposeFiles().filter((key) => !tried.has(key));
    if (fresh.length === 0) return;
    for (const key of fresh) {
      tried.add(key);
      if (!mayRead(key)) continue;
      try {
        workspace.setFile(nameOf(key), read(key));
      } catch (error) {
        workspace.setComposeFileMissing(key, (error as NodeJS.ErrnoException).code ?? String(error));
      }
    }
  }
}

function readInto(workspace: ManifestWorkspace, full: string, mustExist: boolean): void {
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    if (mustExist)
      workspace.addProblem(full, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return;
  }
  indexText(workspace, full, text);
}

/** Walks a workspace folder once and indexes every CRD, kustomization, object, image link and Dockerfile in it. */
export function scanFolder(workspace: ManifestWorkspace, folder: string, limit = 20000): void {
  for (const step of scanFolderSteps(workspace, folder, { limit })) void step;
}

export interface ScanOptions {
  limit?: number;
  /** Files the scan must leave alone (open documents: their text, not the disk's, is what counts). */
  skip?: (file: string) => boolean;
}

/**
 * The same scan in steps, one file per step, so the language server can index a workspace of
 * thousands of manifests in the background while it answers the editor.
 */
export function* scanFolderSteps(workspace: ManifestWorkspace, folder: string, options: ScanOptions = {}): Steps<void> {
  for (const file of walk(folder, options.limit ?? 20000)) {
    const name = path.basename(file);
    // Dockerfiles are read only when a link names one (readLinkedDockerfiles, after the scan): a
    // workspace of many Dockerfiles and no links parses none of them.
    if (!isScannedName(name)) continue;
    if (options.skip?.(file)) continue;
    try {
      workspace.setFile(toFileUri(file), readFileSync(file, 'utf8'));
    } catch {
      // A file that vanished or cannot be read while scanning holds nothing to index.
    }
    yield;
  }
}

/** Whether a folder's scan reads a file of this name: manifests, Compose and Helm files, kustomizations. */
export function isScannedName(name: string): boolean {
  return SCHEMA_FILE.test(name) || KUSTOMIZATION_FILE_NAMES.includes(name);
}

/** The Dockerfiles under a folder, by name, in the walk's order; none of them is read. */
export function findDockerfiles(folder: string, limit = 20000): string[] {
  return walk(folder, limit).filter((file) => candidateKind(file) === 'dockerfile');
}

/** A file, every schema file under a folder, or the files a glob (`*`, `**`, `?`) matches. */
export function expandPath(base: string, entry: string): string[] {
  const full = path.resolve(base, entry);
  if (!/[*?]/.test(entry)) {
    if (!existsSync(full)) return [];
    return statSync(full).isDirectory() ? walk(full).filter((f) => SCHEMA_FILE.test(f)) : [full];
  }
  const parts = full.split(path.sep);
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const root = parts.slice(0, firstWild).join(path.sep) || path.sep;
  const pattern = globToRegExp(parts.slice(firstWild).join('/'));
  return walk(root).filter((file) => pattern.test(path.relative(root, file).split(path.sep).join('/')));
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*' && glob.charAt(i + 1) === '*') {
      // `**/` matches any number of folders, including none.
      source += glob.charAt(i + 2) === '/' ? '(?:.*/)?' : '.*';
      i += glob.charAt(i + 2) === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function walk(dir: string, limit = 20000, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
    if (out.length >= limit) break;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, limit, out);
    } else if (entry.isFile()) out.push(full);
  }
  return out;
}
