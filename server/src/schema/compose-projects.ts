/**
 * The Compose files Docker Compose reads together: the files a list names, each merged over the
 * ones before it — a list of the configuration's `composeProjects` (the `-f` files no file of the
 * project states), else the `COMPOSE_FILE` of the folder's `.env`; with no list, in a folder, the
 * first base file it finds (`compose.yaml`, `compose.yml`, `docker-compose.yaml`,
 * `docker-compose.yml`) and the first override (`compose.override.yaml`…), merged over it; then the
 * files their `include:` names, and the files services `extends` from. The index keeps the
 * services of Compose files as plain values, so the rules of one file can see the project as
 * Compose runs it.
 */
import path from 'node:path';
import { mergeServices } from '../engine/compose/merge';
import type {
  ComposeFileServices,
  ComposeIncludes,
  ComposeProjectFiles,
  ComposeServiceElsewhere,
  ComposeVariables,
  ExtendedComposeService,
  IndexedComposeService,
} from '../engine/workspace';
import { COMPOSE_ENV_FILE, composeFileListOf, dotenvVariables, type ComposeFileList } from './compose-env';
import { referencesOf, type ComposeEnv, type References } from './compose-references';
import { envFilesToRead, variablesFor } from './compose-variables';
import type { ComposeInclude } from './compose-includes';
import { replaceIfChanged } from './replace-if-changed';
import type { WorkspaceSnapshot } from './workspace-snapshot';

export type { ComposeEnv } from './compose-references';

export const BASE_COMPOSE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
export const OVERRIDE_COMPOSE_NAMES = [
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yaml',
  'docker-compose.override.yml',
];

/** A project file's services, as the index was told of the file (a URI in the editor, a path in the CLI). */
export interface ComposeFileEntry {
  uri: string;
  services: IndexedComposeService[];
  /** Its `include:` entries. */
  includes?: ComposeInclude[];
  /** The files its services `extends` from, by file key. */
  extendsFiles?: string[];
  /** True when the file is no Compose file the index could read (YAML errors, not a map). */
  unreadable?: boolean;
  /** The folder its builds were read from, when an include's `project_directory` names another than its own. */
  folder?: string;
}

/** A service of another file, with that file's key. */
type Located = ComposeServiceElsewhere & { key: string };

/** A located service as the rules see it. */
function plain({ name, value, range, uri, folder }: Located): ComposeServiceElsewhere {
  return { name, value, range, uri, ...(folder ? { folder } : {}) };
}

/** How deep `include:` is followed (each file once): deeper chains are left unfollowed, so the stack stays shallow. */
const INCLUDE_DEPTH = 32;

export class ComposeProjects {
  private readonly byFile = new Map<string, ComposeFileEntry>();
  /** Files `include:` or `extends` names that could not be read, with why. */
  private readonly missing = new Map<string, string>();
  /** Each folder's `.env` that was read, by folder. */
  private readonly envs = new Map<string, ComposeEnv>();
  /** The lists each configuration's `composeProjects` states, by the configuration's key. */
  private readonly configured = new Map<string, ComposeFileList[]>();

  get files(): ReadonlyMap<string, ComposeFileEntry> {
    return this.byFile;
  }

  get missingFiles(): ReadonlyMap<string, string> {
    return this.missing;
  }

  get envFiles(): ReadonlyMap<string, ComposeEnv> {
    return this.envs;
  }

  /** Whether a file is a folder's `.env`, which Compose reads for `COMPOSE_FILE`. */
  static isEnvFile(key: string): boolean {
    return path.basename(key) === COMPOSE_ENV_FILE;
  }

  /** Reads a folder's `.env` (none: forgets it). True when the list or the variables it sets changed. */
  setEnv(key: string, text: string | undefined): boolean {
    const folder = path.dirname(key);
    const found = text !== undefined && this.missing.delete(key);
    const entry =
      text === undefined
        ? undefined
        : { env: key, list: composeFileListOf(text, folder), variables: dotenvVariables(text) };
    return this.setEnvEntry(folder, entry) || found;
  }

  /** Sets a folder's `.env` as read (from a snapshot). True when its list or its variables changed. */
  setEnvEntry(folder: string, entry: ComposeEnv | undefined): boolean {
    const before = this.envs.get(folder);
    if (entry) this.envs.set(folder, entry);
    else this.envs.delete(folder);
    const sameList =
      before?.list?.written === entry?.list?.written &&
      (before?.list?.files ?? []).join('\u0000') === (entry?.list?.files ?? []).join('\u0000');
    if (!sameList) this.namedKeys = undefined;
    return !sameList || JSON.stringify(before?.variables ?? []) !== JSON.stringify(entry?.variables ?? []);
  }

  /** The variables Compose fills the file's values with (see `variablesFor`). */
  variablesOf(key: string): ComposeVariables | undefined {
    const { includers, extenders, listed } = this.references();
    return variablesFor(key, {
      envs: this.envs,
      includesOf: (file) => this.byFile.get(file)?.includes,
      includers,
      extenders,
      readAlone: (file) => ComposeProjects.isProjectFile(file) || listed.has(file),
      folderOf: (file) => this.projectFilesOf(file)?.folder ?? path.dirname(file),
    });
  }

  /** What is known of the Compose files, as plain data for a snapshot (see `restore`). */
  snapshot(): Pick<WorkspaceSnapshot, 'compose' | 'composeMissing' | 'composeEnvs' | 'composeLists'> {
    return {
      compose: [...this.byFile],
      composeMissing: [...this.missing],
      composeEnvs: [...this.envs],
      composeLists: [...this.configured].map(([key, lists]) => [key, [...lists]]),
    };
  }

  restore(snapshot: WorkspaceSnapshot): void {
    for (const [key, entry] of snapshot.compose ?? []) this.set(key, entry);
    for (const [key, code] of snapshot.composeMissing ?? []) this.setMissing(key, code);
    for (const [folder, env] of snapshot.composeEnvs ?? []) this.setEnvEntry(folder, env);
    for (const [key, lists] of snapshot.composeLists ?? []) this.setConfigured(key, lists);
  }

  get configuredLists(): ReadonlyMap<string, readonly ComposeFileList[]> {
    return this.configured;
  }

  /** The lists a configuration states (none: forgets them). True when they changed. */
  setConfigured(key: string, lists: readonly ComposeFileList[] | undefined): boolean {
    const changed = replaceIfChanged(this.configured, key, lists && lists.length > 0 ? [...lists] : undefined);
    if (changed) this.namedKeys = undefined;
    return changed;
  }

  /** Whether the file's name makes it part of a project Compose reads by itself. */
  static isProjectFile(key: string): boolean {
    const name = path.basename(key);
    return BASE_COMPOSE_NAMES.includes(name) || OVERRIDE_COMPOSE_NAMES.includes(name);
  }

  /** Replaces a Compose file's services (none: forgets the file). True when they changed. */
  set(key: string, entry: ComposeFileEntry | undefined): boolean {
    const found = entry !== undefined && this.missing.delete(key);
    const changed = replaceIfChanged(this.byFile, key, entry);
    if (changed) this.namedKeys = undefined;
    return changed || found;
  }

  /** Whether a Compose file's `include:` or `extends` names the file, whatever it is called. */
  isNamed(key: string): boolean {
    return this.named().has(key);
  }

  /** How the file is to be read when another names it: with the `project_directory` an include gives it. */
  namedAs(key: string): { folder?: string } | undefined {
    if (!this.named().has(key)) return undefined;
    const folder = this.references().folders.get(key)?.folder;
    return folder === undefined ? {} : { folder };
  }

  /**
   * Files `include:` or `extends` names that the index has neither read nor failed to read, and
   * those read from another folder than the `project_directory` an include now gives them.
   */
  unread(): string[] {
    const { named, folders } = this.references();
    const files = [...named].filter((key) => {
      const entry = this.byFile.get(key);
      return entry ? entry.folder !== folders.get(key)?.folder : !this.missing.has(key);
    });
    const envs = envFilesToRead(this.byFile, (folder) => !this.envs.has(folder), this.missing);
    return [...files, ...envs].sort();
  }

  /** Records that a named file cannot be read (`code`: why); true when that is news. */
  setMissing(key: string, code: string): boolean {
    if (this.missing.get(key) === code) return false;
    this.missing.set(key, code);
    return true;
  }

  /** Asked of every YAML file linted: made again only when a Compose file changes. */
  private namedKeys: References | undefined;
  private named(): Set<string> {
    return this.references().named;
  }
  /** The files that include each file directly, by file key. */
  private includers(): Map<string, Set<string>> {
    return this.references().includers;
  }
  private references(): References {
    this.namedKeys ??= referencesOf({ files: this.byFile, envs: this.envs, configured: this.configured });
    return this.namedKeys;
  }

  /**
   * What the other files of the project bring in through `include:`. For a file no other includes:
   * the files its `include:` and its partner's name, followed through their own `include:` (each
   * file once); undefined when neither has `include:`. For a file another includes: the services
   * of the project it is part of (the including file's, its partner's, and every included file's
   * but this one's), since Compose checks the references of the project once it is whole.
   */
  includesOf(key: string): ComposeIncludes | undefined {
    const roots = this.rootsIncluding(key);
    if (roots.length === 0) {
      const included = this.includedInto(key);
      return included && { services: [...included.services.values()].map(plain), unfollowed: included.unfollowed };
    }
    const services = new Map<string, Located>();
    const unfollowed: string[] = [];
    const add = (service: Located): void => {
      if (!services.has(service.name)) services.set(service.name, service);
    };
    for (const root of roots) {
      for (const file of [root, ...this.othersOf(root)]) {
        const entry = this.byFile.get(file);
        if (entry) for (const service of entry.services) add({ ...service, uri: entry.uri, key: file });
      }
      const included = this.includedInto(root);
      for (const service of included?.services.values() ?? []) add(service);
      unfollowed.push(...(included?.unfollowed ?? []));
    }
    return {
      services: [...services.values()].filter((service) => service.key !== key).map(plain),
      unfollowed,
      includedBy: roots.map((root) => this.byFile.get(root)?.uri ?? root),
      ...(this.references().folders.has(key) ? { folder: this.references().folders.get(key)?.folder } : {}),
    };
  }

  /** The files that include `key`, followed up to those no file includes. */
  private rootsIncluding(key: string): string[] {
    const roots = new Set<string>();
    const seen = new Set([key]);
    const up = (file: string): void => {
      for (const includer of this.includers().get(file) ?? []) {
        if (seen.has(includer)) continue;
        seen.add(includer);
        if (this.includers().has(includer)) up(includer);
        else roots.add(includer);
      }
    };
    up(key);
    return [...roots].sort();
  }

  /** The other files of the project of `key` by file key: its list's, else its partner. */
  private othersOf(key: string): string[] {
    const listed = this.references().listed.get(key);
    if (listed) return [...listed.before, ...listed.after];
    const partner = this.partnerKey(key);
    return partner === undefined ? [] : [partner];
  }

  /** What the `include:` of `key` and of the other files of its project brings in, each service with its file's key. */
  private includedInto(key: string): { services: Map<string, Located>; unfollowed: string[] } | undefined {
    const project = [key, ...this.othersOf(key)];
    const roots = project.map((root) => this.byFile.get(root));
    if (!roots.some((root) => root?.includes)) return undefined;
    const services = new Map<string, Located>();
    const unfollowed: string[] = [];
    const visited = new Set(project);
    const follow = (includes: readonly ComposeInclude[], depth: number): void => {
      for (const include of includes) {
        const entries = include.files.map((file) => this.byFile.get(file));
        // An include back to a file of the project is a loop, which Compose refuses.
        const loop = include.files.some((file) => project.includes(file));
        if (include.files.length === 0 || loop || depth > INCLUDE_DEPTH || entries.some((e) => !e || e.unreadable)) {
          unfollowed.push(include.written);
          continue;
        }
        // A `path:` list is one model: its later files merged over the first, as `-f` files are.
        const model = new Map<string, Located>();
        include.files.forEach((file, at) => {
          for (const service of entries[at]?.services ?? []) {
            const earlier = model.get(service.name);
            const folder = entries[at]?.folder;
            model.set(service.name, {
              ...(earlier ?? { ...service, uri: entries[at]?.uri ?? file, key: file, ...(folder ? { folder } : {}) }),
              value: mergeServices(earlier?.value, service.value),
            });
          }
        });
        for (const [name, service] of model) if (!services.has(name)) services.set(name, service);
        include.files.forEach((file, at) => {
          if (visited.has(file)) return;
          visited.add(file);
          follow(entries[at]?.includes ?? [], depth + 1);
        });
      }
    };
    for (const root of roots) follow(root?.includes ?? [], 0);
    return { services, unfollowed };
  }

  /** The names of a Compose file's services as last read, why it could not be read, or undefined when it was not. */
  namesIn(key: string): { names: string[] } | { missing: string } | undefined {
    const entry = this.byFile.get(key);
    if (entry && !entry.unreadable) return { names: entry.services.map((service) => service.name) };
    const missing = this.missing.get(key) ?? (entry ? 'YAML errors' : undefined);
    return missing === undefined ? undefined : { missing };
  }

  /** The service `extends: { file, service }` names, `file` resolved against the folder of `key`. */
  serviceIn(key: string, file: string, name: string): ExtendedComposeService {
    const target = path.resolve(path.dirname(key), file);
    const entry = this.byFile.get(target);
    if (!entry) return { file: this.missing.has(target) ? 'missing' : 'unread' };
    if (entry.unreadable) return { file: 'unread' };
    const service = entry.services.find((candidate) => candidate.name === name);
    return service ? { found: { ...service, uri: entry.uri } } : { file: 'no-service' };
  }

  /** The other files of the project of `key`, in Compose's order: its list's, else its partner. */
  projectFilesOf(key: string): ComposeProjectFiles | undefined {
    const listed = this.references().listed.get(key);
    if (listed) {
      const read = (keys: readonly string[]): ComposeFileServices[] =>
        keys.flatMap((file) => {
          const entry = this.byFile.get(file);
          return entry && !entry.unreadable ? [{ uri: entry.uri, services: entry.services }] : [];
        });
      const around = (listed.each ?? [listed]).flatMap((files) => [...files.before, ...files.after]);
      const unread = [...new Set(around)].filter((file) => {
        const entry = this.byFile.get(file);
        return !entry || entry.unreadable === true;
      });
      const each = listed.each?.map((files) => ({ before: read(files.before), after: read(files.after) }));
      const project = {
        before: read(listed.before),
        after: read(listed.after),
        unread,
        listedIn: listed.source,
        ...(each ? { each } : {}),
      };
      const folder = this.references().folders.get(key)?.folder;
      return folder === undefined ? project : { ...project, folder };
    }
    // A list whose variables hide its files replaces the folder's default pair with files unknown.
    const env = this.envs.get(path.dirname(key));
    if (env?.list && env.list.files.length === 0 && ComposeProjects.isProjectFile(key))
      return { before: [], after: [], unread: [env.list.written], listedIn: env.env };
    const partner = this.partnerKey(key);
    const entry = partner === undefined ? undefined : this.byFile.get(partner);
    if (!entry) return undefined;
    const other = [{ uri: entry.uri, services: entry.services }];
    return BASE_COMPOSE_NAMES.includes(path.basename(key))
      ? { before: [], after: other, unread: [] }
      : { before: other, after: [], unread: [] };
  }

  /** The file Compose reads with `key` when no `-f` is given, by file key. */
  private partnerKey(key: string): string | undefined {
    const folder = path.dirname(key);
    const name = path.basename(key);
    // The file asked about is there, whether or not the index has read it yet.
    const first = (names: readonly string[]): string | undefined =>
      names
        .map((candidate) => path.join(folder, candidate))
        .find((candidate) => candidate === key || this.byFile.has(candidate));
    const base = first(BASE_COMPOSE_NAMES);
    const override = first(OVERRIDE_COMPOSE_NAMES);
    // Compose reads one base and one override of a folder: a file it passes over has no partner.
    if (BASE_COMPOSE_NAMES.includes(name)) return base === key ? override : undefined;
    if (OVERRIDE_COMPOSE_NAMES.includes(name)) return override === key ? base : undefined;
    return undefined;
  }
}
