import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { Config } from '../config';
import { ReportingContext, type ComposeRule, type Report } from '../rule';
import type { Locale, Range } from '../types';
import type {
  ComposeIncludes,
  ComposeProjectFiles,
  ComposeServiceElsewhere,
  ComposeVariables,
  WorkspaceIndex,
} from '../workspace';
import { mergeServices } from './merge';
import type { ComposeService, ParsedCompose } from './parse';
import { serviceImage, type ServiceImage } from './service-image';
import { isRecord } from '../plain-data';
import type { FileSurroundings } from '../../files/path-reader';

/** What a Compose rule sees: the parsed file, its services, and where to report. */
export class ComposeContext extends ReportingContext {
  constructor(
    readonly file: ParsedCompose,
    readonly uri: string,
    rule: ComposeRule,
    locale: Locale,
    sink: (report: Report) => void,
    readonly config: Config,
    readonly workspace?: WorkspaceIndex,
    /** The file system around the file, when the caller may look at it. */
    readonly surroundings?: FileSurroundings,
  ) {
    super(rule, locale, sink);
  }

  /** The Dockerfile the service's image comes from (see `serviceImage`), as the project runs the service. */
  imageOf(service: ComposeService): ServiceImage | undefined {
    return this.imageOfValue(this.projectValue(service.name) ?? service.value);
  }

  /** The Dockerfile of a service's value; its `build` is read from the file that wrote it (see `projectValue`). */
  imageOfValue(value: Record<string, unknown>): ServiceImage | undefined {
    const folder = this.included?.folder ?? this.projectFiles?.folder;
    // An include's `project_directory` is where this file's own builds start from.
    const own = folder === undefined ? this.uri : `${folder}/compose.yaml`;
    return serviceImage(this.workspace, this.buildFrom.get(value) ?? own, value);
  }
  /** The file whose folder a project value's `build` is relative to, when it is not this file. */
  private readonly buildFrom = new WeakMap<object, string>();

  /**
   * The other files of the project Compose reads this one with, in its order (the files of a
   * `COMPOSE_FILE` list around it; else an override, or the base of an override; see
   * `WorkspaceIndex.composeProjectFiles`); undefined when there are none or they are unknown.
   */
  get projectFiles(): ComposeProjectFiles | undefined {
    if (this.projectLooked === undefined)
      this.projectLooked = { found: this.workspace?.composeProjectFiles?.(this.uri) };
    return this.projectLooked.found;
  }
  private projectLooked: { found: ComposeProjectFiles | undefined } | undefined;

  /** Whether Compose merges this file over another the index holds: the override of a base, a later file of a list. */
  get hasBase(): boolean {
    return (this.projectFiles?.before.length ?? 0) > 0;
  }

  /** Whether the project holds files the index could not read, or a list that hides its files: it may hold more services. */
  get projectMissesFiles(): boolean {
    return (this.projectFiles?.unread.length ?? 0) > 0;
  }

  /** The other files of the project by URI, in Compose's order: for messages that name them. */
  get projectFileUris(): string[] {
    const files = this.projectFiles;
    return files ? [...files.before, ...files.after].map((file) => file.uri) : [];
  }

  /** The variables the project's `.env` sets, for the values Compose fills in (see `WorkspaceIndex.composeVariables`). */
  get variables(): ComposeVariables | undefined {
    if (this.variablesLooked === undefined)
      this.variablesLooked = { found: this.workspace?.composeVariables?.(this.uri) };
    return this.variablesLooked.found;
  }
  private variablesLooked: { found: ComposeVariables | undefined } | undefined;

  /**
   * What the `include:` of this file and of the project's other files brings in (see
   * `WorkspaceIndex.composeIncludes`); undefined when none has `include:` or the index cannot say.
   */
  get included(): ComposeIncludes | undefined {
    if (this.includedLooked === undefined) this.includedLooked = { found: this.workspace?.composeIncludes?.(this.uri) };
    return this.includedLooked.found;
  }
  private includedLooked: { found: ComposeIncludes | undefined } | undefined;

  /**
   * Whether the project may hold services this lint cannot see: `include:` in this file that the
   * index cannot follow, or an entry that names a remote source, a variable, or a file not read.
   */
  get includesUnfollowed(): boolean {
    if (this.file.value?.include === undefined && !this.included) return false;
    return !this.included || this.included.unfollowed.length > 0;
  }

  /** The names of the project's services: this file's, the project's other files' and the included files'. */
  projectNames(): string[] {
    const { own, layers, included } = this.byName();
    return [...new Set([...own.keys(), ...layers.keys(), ...included.keys()])];
  }

  /** This file's service of that name. */
  service(name: string): ComposeService | undefined {
    return this.byName().own.get(name);
  }

  /**
   * A service as Compose runs it: this file's definition merged with the project's other files',
   * in Compose's order, over an included file's definition of it, with what its `extends` takes
   * from other services.
   */
  projectValue(name: string): Record<string, unknown> | undefined {
    const own = this.service(name)?.value;
    const layers = this.byName().layers.get(name) ?? [];
    const included = this.byName().included.get(name);
    if (!own && layers.length === 0) return included && this.includedValue(included);
    let value: Record<string, unknown> | undefined;
    for (const layer of layers) if (!layer.after) value = mergeServices(value, layer.value);
    value = mergeServices(value, own);
    for (const layer of layers) if (layer.after) value = mergeServices(value, layer.value);
    const merged = this.withExtends(value, this.uri);
    if (!included) return merged;
    // Compose versions that accept a service both included and defined here merge this file's over it.
    return this.mergedOver(this.includedValue(included), included.uri, merged);
  }

  /** An included service with its `extends`; a `project_directory` of its include is where its own `build` starts. */
  private includedValue(included: ComposeServiceElsewhere): Record<string, unknown> {
    const value = this.withExtends(included.value, included.uri);
    if (included.folder !== undefined && value.build !== undefined && value.build === included.value.build)
      this.buildFrom.set(value, `${included.folder}/compose.yaml`);
    return value;
  }

  /**
   * A service's value with what its `extends` brings in (this file's service, or one of the file
   * it names, read from the index), followed through the extended service's own `extends`; the
   * value as it is when the service extended cannot be read. `from` is the file that wrote it.
   */
  private withExtends(value: Record<string, unknown>, from: string, depth = 0): Record<string, unknown> {
    if (from !== this.uri) this.buildFrom.set(value, this.buildFrom.get(value) ?? from);
    const extended = value.extends;
    const target = typeof extended === 'string' ? { service: extended } : isRecord(extended) ? extended : undefined;
    const name = target?.service;
    const file = target?.file;
    if (typeof name !== 'string' || name.includes('$') || depth >= EXTENDS_DEPTH) return value;
    if (file !== undefined && (typeof file !== 'string' || file.includes('$'))) return value;
    const base =
      file === undefined && from === this.uri
        ? this.service(name) && { value: this.service(name)?.value ?? {}, uri: this.uri }
        : this.workspace?.composeServiceIn?.(from, file, name).found;
    if (!base || base.value === value) return value;
    const rest = { ...value };
    delete rest.extends;
    if (from !== this.uri) this.buildFrom.set(rest, from);
    return this.mergedOver(this.withExtends(base.value, base.uri, depth + 1), base.uri, rest);
  }

  /** `over` merged over `base`, whose `build`, when `over` has none, is read from the file at `baseUri`. */
  private mergedOver(
    base: Record<string, unknown>,
    baseUri: string,
    over: Record<string, unknown>,
  ): Record<string, unknown> {
    const merged = mergeServices(base, over);
    const buildFrom = over.build === undefined ? (this.buildFrom.get(base) ?? baseUri) : this.buildFrom.get(over);
    if (buildFrom !== undefined && buildFrom !== this.uri) this.buildFrom.set(merged, buildFrom);
    return merged;
  }

  /**
   * Where another file of the project defines the service, for related locations: the last one
   * Compose merges (a list's, an override, a base), else an included file.
   */
  partnerService(name: string): { uri: string; range: Range } | undefined {
    const layer = this.byName().layers.get(name)?.at(-1);
    if (layer) return { uri: layer.uri, range: layer.range };
    const included = this.byName().included.get(name);
    return included && { uri: included.uri, range: included.range };
  }

  /** The services of this file, the project's other files and the included files by name, made once: rules look them up per service. */
  private byName(): NamedServices {
    if (this.named) return this.named;
    const layers = new Map<string, Layer[]>();
    const add = (files: ComposeProjectFiles['before'], after: boolean): void => {
      for (const file of files)
        for (const service of file.services) {
          const list = layers.get(service.name) ?? [];
          list.push({ ...service, uri: file.uri, after });
          layers.set(service.name, list);
        }
    };
    add(this.projectFiles?.before ?? [], false);
    add(this.projectFiles?.after ?? [], true);
    this.named = {
      own: new Map(this.services.map((service) => [service.name, service])),
      layers,
      included: new Map((this.included?.services ?? []).map((service) => [service.name, service])),
    };
    return this.named;
  }
  private named: NamedServices | undefined;

  /** The services as Compose reads them, in the order of the file. */
  get services(): readonly ComposeService[] {
    return this.file.services;
  }

  /** The range of a node's source text; the first character of the file when it has none. */
  rangeOf(node: Node | null | undefined): Range {
    const range = node?.range;
    if (!range) return this.file.index.rangeOf(0, 0);
    return this.file.index.rangeOf(range[0], range[1]);
  }

  /** A key's node in a service as written, when it is there rather than merged in from an anchor. */
  keyNode(service: ComposeService, key: string): Node | undefined {
    return keyNodeIn(service.node, key);
  }

  /**
   * Where a finding about a service's key goes: the key as written, or the service's name when
   * the key comes from a merged anchor (or the service is not a mapping).
   */
  keyRange(service: ComposeService, key: string): Range {
    return this.rangeOf(this.keyNode(service, key) ?? service.key);
  }

  /** Where a finding about a value goes: the value as written, else as for keyRange. */
  valueRange(service: ComposeService, key: string): Range {
    const value = service.node?.get(key, true);
    if (value && typeof value === 'object' && 'range' in value && value.range) return this.rangeOf(value as Node);
    return this.keyRange(service, key);
  }
}

/** How many `extends` are followed from one service: Compose refuses a loop, which must not hang a lint. */
const EXTENDS_DEPTH = 8;

/** Another file's definition of a service, and whether Compose merges it over this file's. */
type Layer = ComposeServiceElsewhere & { after: boolean };

interface NamedServices {
  own: Map<string, ComposeService>;
  /** Each service's definitions in the project's other files, in Compose's order. */
  layers: Map<string, Layer[]>;
  included: Map<string, ComposeServiceElsewhere>;
}

/** The key node of `key` in a map, if the map holds it itself. */
export function keyNodeIn(map: YAMLMap | undefined, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  for (const pair of map.items) if (isScalar(pair.key) && pair.key.value === key) return pair.key;
  return undefined;
}
