/**
 * GitHub Actions workflows that build images with `docker/build-push-action`: the step states the
 * Dockerfile (`file`), the build context (`context`) and the names it pushes (`tags`, or the
 * `images` of the `docker/metadata-action` step whose tags it takes). CI is where most images a
 * cluster runs are built, so these are links as strong as a skaffold artifact.
 *
 * Paths are relative to the repository root (the runner's working directory), the folder above
 * `.github`. Only what is known before the run counts: `${{ env.NAME }}` is read from the
 * workflow's, job's or step's `env`, and `github.repository` from the checkout's origin when the
 * caller knows it, and `${{ matrix.… }}` from each combination of the job's matrix (a step runs
 * once per combination); any other expression (a secret, a step's output, a matrix made by an
 * expression) leaves the repository, context or file that holds it unknown.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import { LineIndex } from '../engine/text';
import type { ImageBuild, ImageLink } from '../engine/workspace';
import { addBuild, IMAGE_REPOSITORY, imageRepository } from './image-links';
import { matrixCombinations, matrixValue, type MatrixCombination } from './workflow-matrix';

/** The repository root of a workflow file (`<root>/.github/workflows/ci.yml`); undefined for any other file. */
export function workflowRoot(key: string): string | undefined {
  const found = /^(.*?)[\\/]\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/i.exec(key);
  if (!found) return undefined;
  return found[1] === '' ? path.parse(key).root : found[1];
}

/** Cheap test before parsing: most workflows build no image. */
const MAY_BUILD = /docker\/build-push-action@/;
const BUILD_ACTION = /^docker\/build-push-action@/;
const METADATA_ACTION = /^docker\/metadata-action@/;
const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;
const ENV_REFERENCE = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/;
const MATRIX_REFERENCE = /^matrix\.[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/;
const STEP_TAGS = /^\$\{\{\s*steps\.([A-Za-z_][\w-]*)\.outputs\.tags\s*\}\}$/;
/** A Git or HTTP context: the build reads no folder of this checkout. */
const REMOTE = /^[a-z][\w+.-]*:\/\/|^git@/i;

/** The repository of a name a step pushes, with where in the file the name is written (offsets). */
interface WrittenName {
  name: string;
  start: number;
  end: number;
}

/**
 * The links and builds of the workflow at `key`: a link per name each `docker/build-push-action`
 * step pushes, to the Dockerfile it builds, and a build per Dockerfile and context. Never throws.
 */
export function workflowStatements(
  source: string,
  key: string,
  text: string,
  /** The GitHub repository (`owner/name`) the checkout at a root was cloned from, when known. */
  repositoryAt?: (root: string) => string | undefined,
): { links: ImageLink[]; builds: ImageBuild[] } {
  const statements = { links: [] as ImageLink[], builds: [] as ImageBuild[] };
  const root = workflowRoot(key);
  if (!root || !MAY_BUILD.test(text)) return statements;
  const document = parseDocument(text, { prettyErrors: false, logLevel: 'silent' });
  const top = document.contents;
  const jobs = isMap(top) ? top.get('jobs', true) : undefined;
  if (!isMap(top) || !isMap(jobs)) return statements;
  const index = new LineIndex(text);
  const github = githubContext(repositoryAt?.(root));
  for (const job of jobs.items) {
    const steps = isMap(job.value) ? job.value.get('steps', true) : undefined;
    if (!isMap(job.value) || !isSeq(steps)) continue;
    // Each combination of the job's matrix runs its steps once, with its own `matrix` values.
    for (const matrix of matrixCombinations(job.value)) {
      // The names each metadata step gives its `tags` output, by the step's id.
      const metadata = new Map<string, WrittenName[]>();
      for (const step of steps.items) {
        if (!isMap(step)) continue;
        const uses = plain(step.get('uses', true));
        const inputs = step.get('with', true);
        if (!uses || !isMap(inputs)) continue;
        const names = new Names(text, { env: envOf(top, job.value, step, github, matrix), github, matrix });
        if (METADATA_ACTION.test(uses)) {
          const id = plain(step.get('id', true));
          if (id) metadata.set(id, names.images(inputs.get('images', true)));
          continue;
        }
        if (!BUILD_ACTION.test(uses)) continue;
        const build = stepBuild(inputs, names, root);
        if (!build) continue;
        const { written, target, ...built } = build;
        addBuild(statements.builds, built);
        const tags = inputs.get('tags', true);
        const fromStep = STEP_TAGS.exec(plain(tags)?.trim() ?? '');
        const pushed = fromStep ? (metadata.get(fromStep[1] ?? '') ?? []) : names.tags(tags);
        for (const { name: repository, start, end } of pushed) {
          const link: ImageLink = {
            repository,
            dockerfile: built.dockerfile,
            written,
            source,
            range: index.rangeOf(start, end),
            from: 'workflow',
            ...(target ? { target } : {}),
          };
          // Combinations that differ only where the step does not look state the link once.
          const stated = statements.links.some((other) => JSON.stringify(other) === JSON.stringify(link));
          if (IMAGE_REPOSITORY.test(repository) && !stated) statements.links.push(link);
        }
      }
    }
  }
  return statements;
}

interface StepBuild extends ImageBuild {
  written: string;
  target?: string;
}

/** The Dockerfile and context of a build step; undefined when an expression or a remote context hides them. */
function stepBuild(inputs: YAMLMap, names: Names, root: string): StepBuild | undefined {
  // Without `context` the action builds the Git context: the repository at the ref, its root.
  const context = inputs.has('context') ? names.resolve(plain(inputs.get('context', true))) : '.';
  const file = inputs.has('file') ? names.resolve(plain(inputs.get('file', true))) : undefined;
  if (context === undefined || REMOTE.test(context) || (inputs.has('file') && file === undefined)) return undefined;
  const written = toSlashes(file ?? path.posix.join(toSlashes(context), 'Dockerfile'));
  const target = inputs.has('target') ? names.resolve(plain(inputs.get('target', true))) : undefined;
  if (inputs.has('target') && target === undefined) return undefined;
  return {
    dockerfile: path.resolve(root, written),
    context: path.resolve(root, context),
    written: path.posix.normalize(written).replace(/^\.\//, ''),
    ...(target ? { target } : {}),
  };
}

/** What a step's expressions can be resolved from. */
interface StepContext {
  env: ReadonlyMap<string, string>;
  github: ReadonlyMap<string, string>;
  matrix: MatrixCombination;
}

/** Reads the names a step writes, resolving `${{ env.NAME }}`, `${{ matrix.… }}` and known `github.*`. */
class Names {
  constructor(
    private readonly text: string,
    private readonly context: StepContext,
  ) {}

  /** `tags`: names by newline or comma. */
  tags(node: unknown): WrittenName[] {
    return this.entries(node, /[\n,]/, (entry) => entry);
  }

  /**
   * A metadata step's `images`: one per line, each a name or `name=…,enable=…` attributes. The
   * action lowercases them, as registries require.
   */
  images(node: unknown): WrittenName[] {
    const names = this.entries(node, /\n/, (entry) => {
      const attributes = entry.split(',').map((part) => part.trim());
      if (attributes.includes('enable=false')) return undefined;
      const named = attributes.find((part) => part.startsWith('name='));
      return named ? named.slice('name='.length) : attributes[0];
    });
    return names.map((written) => ({ ...written, name: written.name.toLowerCase() }));
  }

  /** Text with every `${{ env.NAME }}`, matrix value and known `github.*` replaced; undefined when any other expression remains. */
  resolve(text: string | undefined): string | undefined {
    const { env, github, matrix } = this.context;
    return resolveExpressions(text, (inner) => {
      const name = ENV_REFERENCE.exec(inner)?.[1];
      if (name !== undefined) return env.get(name);
      return MATRIX_REFERENCE.test(inner)
        ? matrixValue(matrix, inner.slice('matrix.'.length))
        : github.get(inner.toLowerCase());
    });
  }

  /**
   * The repository of a name, registry as written: a tag or digest may be an expression
   * (`ghcr.io/shop/web:${{ github.sha }}`), since only the repository pairs the image with its
   * Dockerfile.
   */
  repository(written: string): string | undefined {
    // Expressions hidden, so a colon or slash inside one is not taken for the tag's or a path's.
    const masked = written.replace(EXPRESSION, (whole) => '_'.repeat(whole.length));
    const digest = masked.indexOf('@');
    const named = digest === -1 ? masked : masked.slice(0, digest);
    const tag = named.indexOf(':', named.lastIndexOf('/') + 1);
    const resolved = this.resolve(written.slice(0, tag === -1 ? named.length : tag));
    return resolved && imageRepository(resolved);
  }

  private entries(node: unknown, separator: RegExp, nameOf: (entry: string) => string | undefined): WrittenName[] {
    const raw = plain(node);
    const range = (node as Node | undefined)?.range;
    if (raw === undefined || !range) return [];
    const names: WrittenName[] = [];
    let from = range[0];
    for (const entry of raw.split(separator).map((part) => part.trim())) {
      if (entry === '' || entry.startsWith('#')) continue;
      const written = nameOf(entry);
      const name = written === undefined ? undefined : this.repository(written);
      if (!written || !name) continue;
      // Where the entry is written, when the scalar holds it as is (plain, quoted without escapes
      // or a block); else the whole value.
      const at = this.text.indexOf(written, from);
      if (at === -1 || at + written.length > range[1]) names.push({ name, start: range[0], end: range[1] });
      else {
        names.push({ name, start: at, end: at + written.length });
        from = at + written.length;
      }
    }
    return names;
  }
}

/** `text` with each expression replaced by what `known` gives it; undefined when one is unknown. */
function resolveExpressions(
  text: string | undefined,
  known: (inner: string) => string | undefined,
): string | undefined {
  if (text === undefined) return undefined;
  let unknown = false;
  const value = text.replace(EXPRESSION, (_whole, inner: string) => {
    const found = known(inner);
    if (found === undefined) unknown = true;
    return found ?? '';
  });
  return unknown ? undefined : value.trim();
}

/** What `github.repository` and `github.repository_owner` are where the checkout came from. */
function githubContext(repository: string | undefined): Map<string, string> {
  const context = new Map<string, string>();
  if (!repository) return context;
  context.set('github.repository', repository);
  context.set('github.repository_owner', repository.split('/')[0] ?? repository);
  return context;
}

/**
 * The `env` a step sees: the workflow's, then the job's, then its own; a value is known when it is
 * plain text or its expressions are the `github.*` values known here, or (in the job's and the
 * step's, where GitHub gives the context) the combination's matrix values.
 */
function envOf(
  top: YAMLMap,
  job: YAMLMap,
  step: YAMLMap,
  github: ReadonlyMap<string, string>,
  matrix: MatrixCombination,
): Map<string, string> {
  const env = new Map<string, string>();
  for (const holder of [top, job, step]) {
    const map = holder.get('env', true);
    if (!isMap(map)) continue;
    for (const pair of map.items) {
      const name = plain(pair.key);
      const value = isScalar(pair.value) ? pair.value.value : undefined;
      if (!name) continue;
      const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
      const known = resolveExpressions(text, (inner) =>
        holder !== top && MATRIX_REFERENCE.test(inner)
          ? matrixValue(matrix, inner.slice('matrix.'.length))
          : github.get(inner.toLowerCase()),
      );
      if (known === undefined) env.delete(name);
      else env.set(name, known);
    }
  }
  return env;
}

function plain(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function toSlashes(text: string): string {
  return text.replace(/\\/g, '/');
}
