/**
 * The Dockerfile a Compose service builds its image from, as its `build` states it: `build: ./web`
 * (the context alone, `Dockerfile` in it) or `build: { context, dockerfile, target }`, relative to
 * the Compose file. Plain string work, so the engine stays free of the file system; the workspace
 * index turns the path into a file.
 */
export interface ServiceBuild {
  /** The Dockerfile's path as the file states it, relative to the Compose file (`web/Dockerfile`). */
  written: string;
  /** The build context's folder, relative to the Compose file (`web`, or `.`). */
  context: string;
  /** `build.target`: the stage built, when it is not the last. */
  target?: string;
}

/**
 * The build of a service's plain value; undefined when it states no Dockerfile a file system holds:
 * no `build`, an inline Dockerfile, a Git or HTTP context, or a variable in a path.
 */
export function serviceBuild(build: unknown): ServiceBuild | undefined {
  if (build === undefined || build === null) return undefined;
  const settings = typeof build === 'object' && !Array.isArray(build) ? (build as Record<string, unknown>) : undefined;
  if (!settings && typeof build !== 'string') return undefined;
  if (settings && Object.hasOwn(settings, 'dockerfile_inline')) return undefined;
  const context = settings ? textOr(settings, 'context', '.') : (build as string);
  const dockerfile = settings ? textOr(settings, 'dockerfile', 'Dockerfile') : 'Dockerfile';
  if (!context || !dockerfile || REMOTE_OR_VARIABLE.test(context) || dockerfile.includes('$')) return undefined;
  const written = joinPath(context, dockerfile);
  const target = settings ? settings.target : undefined;
  const stated = { written, context: joinPath(context, '.') };
  return typeof target === 'string' && target !== '' ? { ...stated, target } : stated;
}

/** A Git or HTTP context, an SSH address, or a path a variable completes. */
const REMOTE_OR_VARIABLE = /\$|^[a-z][\w+.-]*:\/\/|^git@|^github\.com\//i;

function textOr(settings: Record<string, unknown>, key: string, fallback: string): string | undefined {
  if (!Object.hasOwn(settings, key)) return fallback;
  const value = settings[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * `context` and `dockerfile` joined as Compose joins them (an absolute `dockerfile` stands alone),
 * with `.` and `..` parts resolved where they can be: `./web` and `Dockerfile` give `web/Dockerfile`.
 */
export function joinPath(context: string, dockerfile: string): string {
  const slashed = (text: string): string => text.replace(/\\/g, '/');
  const file = slashed(dockerfile);
  const absolute = /^(\/|[A-Za-z]:\/)/;
  const whole = absolute.test(file) ? file : `${slashed(context)}/${file}`;
  const root = absolute.exec(whole)?.[0] ?? '';
  const parts: string[] = [];
  for (const part of whole.slice(root.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (part !== '..' || !root) parts.push(part);
  }
  return root + parts.join('/') || '.';
}

/**
 * The repository of a service's `image`, whose tag may hold a variable with a default
 * (`web:${TAG:-dev}`): it ends at the first colon after the last slash. Undefined when the
 * repository itself holds a variable.
 */
export function composeImageRepository(reference: string): string | undefined {
  const named = reference.trim().split('@')[0] ?? '';
  const tagAt = named.indexOf(':', named.lastIndexOf('/') + 1);
  const repository = tagAt === -1 ? named : named.slice(0, tagAt);
  return repository === '' || repository.includes('$') ? undefined : repository;
}
