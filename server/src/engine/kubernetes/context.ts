import { DEFAULT_CONFIG, type Config } from '../config';
import { ReportingContext, type Report, type RuleMeta } from '../rule';
import type { WorkspaceIndex } from '../workspace';
import type { LineIndex } from '../text';
import type { Locale, Range } from '../types';
import type { Inventory } from './inventory';
import { keyNodeAt, nodeAt, type K8sObject, type ParsedYaml, type Path } from './parse';
import { containersOf, podSpecPath, type ContainerRef } from './workloads';

/** What a file-scoped Kubernetes rule sees: the parsed file and all its objects. */
export class KubernetesFileContext extends ReportingContext {
  constructor(
    readonly file: ParsedYaml,
    readonly uri: string,
    rule: RuleMeta,
    locale: Locale,
    sink: (report: Report) => void,
    /** The whole configuration, for rules whose judgement depends on it (e.g. the target Kubernetes release). */
    readonly config: Config = DEFAULT_CONFIG,
    /** Other files of the workspace, when the caller knows them. */
    readonly workspace?: WorkspaceIndex,
  ) {
    super(rule, locale, sink);
  }

  get text(): string {
    return this.file.text;
  }
  get index(): LineIndex {
    return this.file.index;
  }
  /** Every Kubernetes object of the file, for checks that relate objects to each other. */
  get objects(): K8sObject[] {
    return this.file.objects;
  }

  /** Range of the value at `path` in `object`, else of its nearest existing ancestor, so a report always has a place. */
  valueRangeIn(object: K8sObject, path: Path): Range {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = nodeAt(object.root, path.slice(0, depth));
      if (node?.range) return this.index.rangeOf(node.range[0], node.range[1]);
    }
    return this.index.rangeOf(0, 0);
  }

  /** Range of the key naming the last segment of `path` in `object`, else of the value. */
  keyRangeIn(object: K8sObject, path: Path): Range {
    const key = keyNodeAt(object.root, path);
    if (key?.range) return this.index.rangeOf(key.range[0], key.range[1]);
    return this.valueRangeIn(object, path);
  }
}

/**
 * What a cross-file rule sees: this file's objects, and through `inventory` every object of the
 * workspace (this file's as they are now, the others as the workspace index last saw them).
 */
export class KubernetesWorkspaceContext extends KubernetesFileContext {
  constructor(
    file: ParsedYaml,
    uri: string,
    rule: RuleMeta,
    locale: Locale,
    sink: (report: Report) => void,
    config: Config,
    workspace: WorkspaceIndex | undefined,
    readonly inventory: Inventory,
  ) {
    super(file, uri, rule, locale, sink, config, workspace);
  }

  /**
   * One of this file's objects as a per-object rule sees it, reporting here: for a cross-file
   * rule that judges each object as a per-object rule would, with facts from other files besides.
   */
  objectContext(object: K8sObject): KubernetesContext {
    const report = (found: Report): void => this.report(found);
    return new KubernetesContext(
      this.file,
      object,
      this.uri,
      this.rule,
      this.locale,
      report,
      this.config,
      this.workspace,
    );
  }
}

/** What a Kubernetes rule sees while checking one object. */
export class KubernetesContext extends KubernetesFileContext {
  constructor(
    file: ParsedYaml,
    readonly object: K8sObject,
    uri: string,
    rule: RuleMeta,
    locale: Locale,
    sink: (report: Report) => void,
    config: Config = DEFAULT_CONFIG,
    workspace?: WorkspaceIndex,
  ) {
    super(file, uri, rule, locale, sink, config, workspace);
  }

  /** Containers, init containers and ephemeral containers of the object's pod spec (kept per object). */
  containers(): readonly ContainerRef[] {
    return containersOf(this.object);
  }

  podSpecPath(): Path | undefined {
    return podSpecPath(this.object);
  }

  node(path: Path): ReturnType<typeof nodeAt> {
    return nodeAt(this.object.root, path);
  }

  /** Range of the value at `path`; falls back to the nearest existing ancestor so a report always has a place. */
  valueRange(path: Path): Range {
    return this.valueRangeIn(this.object, path);
  }

  /** Range of the key naming the last segment of `path` (e.g. `image` in `image: nginx`), else of the value. */
  keyRange(path: Path): Range {
    const key = keyNodeAt(this.object.root, path);
    if (key?.range) return this.index.rangeOf(key.range[0], key.range[1]);
    if (typeof path[path.length - 1] === 'number') return this.firstKeyRange(path);
    return this.valueRange(path);
  }

  /** For a sequence item (a container), the first key of its map, e.g. `name` in `- name: app`. */
  firstKeyRange(path: Path): Range {
    const node = nodeAt(this.object.root, path);
    if (node && 'items' in node && Array.isArray(node.items)) {
      const first: unknown = node.items[0];
      const key =
        first && typeof first === 'object' && 'key' in first ? (first.key as { range?: number[] }) : undefined;
      if (key?.range && key.range.length >= 2) return this.index.rangeOf(key.range[0] ?? 0, key.range[1] ?? 0);
    }
    return this.valueRange(path);
  }

  /** The `kind: X` value, a natural place for findings about the object as a whole. */
  kindRange(): Range {
    return this.valueRange(['kind']);
  }
}
