import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { splitOutsideInterpolation, withDefaults } from '../../engine/compose/interpolation';

/** What Compose does with a path a file names, which decides what must be there. */
export type ComposePathRole =
  /** `build` or `build.context`, and `build.additional_contexts`: a folder sent to the builder. */
  | 'context'
  /** `build.dockerfile`, relative to the context. */
  | 'dockerfile'
  /** A service's `env_file` and an include's `env_file`, read when the project loads. */
  | 'envFile'
  /** A service's `label_file`, read when the project loads. */
  | 'labelFile'
  /** A top-level secret's or config's `file`, bind-mounted into the services that use it. */
  | 'secretFile'
  | 'configFile'
  /** An `include` entry's Compose file. */
  | 'include'
  /** The source of a long-syntax bind mount, which Docker does not create. */
  | 'bindSource'
  /** The source of a short-syntax bind (`./nginx.conf:/etc/nginx/nginx.conf`), which Docker creates as a folder. */
  | 'shortBindSource';

/** A path a Compose file names, with where it is written and what it is for. */
export interface ComposeNamedPath {
  role: ComposePathRole;
  node: Scalar;
  /** The path as Compose reads it: variables filled in from the project's `.env`, else their defaults. */
  written: string;
  /** For a Dockerfile: its build context, as Compose reads it (`.` when the build names none). */
  context?: string;
  /** The service, secret or config it belongs to. */
  owner?: string;
  /** For a bind: where it is mounted in the container. */
  target?: string;
  /** For a Dockerfile the build does not name (`Dockerfile` in the context), written at the context. */
  defaultDockerfile?: true;
  /** An env file marked `required: false`: Compose goes on without it. */
  optional?: true;
}

/**
 * The local paths a Compose file names, in the order written, with the variables `variables` (the
 * project's `.env`) sets filled in. Left out: what a variable without a value or a default
 * completes, URLs and Git contexts, absolute paths and paths under `~` (they name the machine
 * Compose runs on), and what merge keys and aliases bring in (judged where they are written).
 */
export function composeNamedPaths(root: YAMLMap, variables?: ReadonlyMap<string, string>): ComposeNamedPath[] {
  const found: ComposeNamedPath[] = [];
  const localText = (text: string): string | undefined => localPathIn(text, variables);
  const localPath = (node: unknown): string | undefined =>
    isScalar(node) && typeof node.value === 'string' ? localText(node.value) : undefined;
  const add: Add = (role, node, extra = {}) => {
    const written = extra.written === undefined ? localPath(node) : localText(extra.written);
    if (written !== undefined && isScalar(node)) found.push({ role, node, ...extra, written });
  };
  const services = root.get('services', true);
  if (isMap(services))
    for (const pair of services.items) {
      const owner = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (owner === undefined || !isMap(pair.value)) continue;
      const service = pair.value;
      buildPaths(service.get('build', true), owner, add, localPath);
      for (const entry of entries(service.get('env_file', true))) {
        if (isScalar(entry)) add('envFile', entry, { owner });
        else if (isMap(entry))
          add('envFile', entry.get('path', true), { owner, ...(isOptional(entry) ? { optional: true as const } : {}) });
      }
      for (const entry of entries(service.get('label_file', true))) add('labelFile', entry, { owner });
      for (const volume of entries(service.get('volumes', true))) volumePath(volume, owner, add, localText);
    }
  for (const [section, role] of [
    ['secrets', 'secretFile'],
    ['configs', 'configFile'],
  ] as const) {
    const items = root.get(section, true);
    if (!isMap(items)) continue;
    for (const pair of items.items)
      if (isScalar(pair.key) && isMap(pair.value))
        add(role, pair.value.get('file', true), { owner: String(pair.key.value) });
  }
  for (const entry of entries(root.get('include', true))) {
    if (isScalar(entry)) add('include', entry);
    else if (isMap(entry)) {
      for (const file of entries(entry.get('path', true))) add('include', file);
      for (const file of entries(entry.get('env_file', true))) add('envFile', file);
    }
  }
  return found;
}

type Add = (role: ComposePathRole, node: unknown, extra?: Partial<ComposeNamedPath>) => void;

function buildPaths(build: unknown, owner: string, add: Add, localPath: (node: unknown) => string | undefined): void {
  if (isScalar(build)) {
    add('context', build, { owner });
    const context = localPath(build);
    if (context !== undefined) add('dockerfile', build, { owner, context, defaultDockerfile: true });
    return;
  }
  if (!isMap(build)) return;
  const contextNode = build.get('context', true);
  const context = contextNode === undefined ? '.' : localPath(contextNode);
  if (contextNode !== undefined) add('context', contextNode, { owner });
  const dockerfile = build.get('dockerfile', true);
  if (context !== undefined && !build.has('dockerfile_inline')) {
    // Without `dockerfile`, the finding about the context's Dockerfile goes on the context.
    if (dockerfile !== undefined) add('dockerfile', dockerfile, { owner, context });
    else if (isScalar(contextNode)) add('dockerfile', contextNode, { owner, context, defaultDockerfile: true });
  }
  const additional = build.get('additional_contexts', true);
  if (isMap(additional)) for (const pair of additional.items) add('context', pair.value, { owner });
  else
    for (const entry of entries(additional))
      if (isScalar(entry) && typeof entry.value === 'string' && entry.value.includes('='))
        add('context', entry, { owner, written: entry.value.slice(entry.value.indexOf('=') + 1) });
}

/** A bind mount's source: a long-syntax `type: bind` without `create_host_path`, or a short-syntax relative path. */
function volumePath(
  volume: Node | null,
  owner: string,
  add: Add,
  localText: (text: string) => string | undefined,
): void {
  if (isScalar(volume) && typeof volume.value === 'string') {
    const [source, target] = splitOutsideInterpolation(volume.value, ':');
    // Short syntax: a path starting with `.` is a bind; a bare name is a named volume.
    const written = source === undefined ? undefined : localText(source);
    if (written === undefined || target === undefined || !written.startsWith('.')) return;
    add('shortBindSource', volume, { owner, written, target });
    return;
  }
  if (!isMap(volume) || !isScalar(volume.get('type', true)) || volume.get('type') !== 'bind') return;
  const bind = volume.get('bind', true);
  const creates = isMap(bind) && bind.get('create_host_path') === true;
  const target = volume.get('target');
  if (!creates)
    add('bindSource', volume.get('source', true), { owner, ...(typeof target === 'string' ? { target } : {}) });
}

/** An env file marked `required: false`: Compose skips it when it is not there. */
function isOptional(entry: YAMLMap): boolean {
  const required = entry.get('required');
  return required === false || required === 'false';
}

function entries(node: unknown): (Node | null)[] {
  if (isSeq(node)) return node.items as (Node | null)[];
  return node === undefined || node === null ? [] : [node as Node];
}

/** The local relative path a value names, or undefined (see `composeNamedPaths`). */
function localPathIn(text: string, variables: ReadonlyMap<string, string> | undefined): string | undefined {
  const resolved = withDefaults(text.trim(), variables);
  if (resolved === undefined || resolved === '' || resolved.includes('$')) return undefined;
  if (/^[a-z][\w+.-]*:/i.test(resolved) || /^git@|^github\.com\//.test(resolved)) return undefined;
  if (resolved.startsWith('/') || resolved.startsWith('~') || /^[A-Za-z]:[\\/]|^\\\\/.test(resolved)) return undefined;
  return resolved;
}
