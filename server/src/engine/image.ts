/** An image reference split into its parts, as `docker pull` reads it. */
export interface ImageReference {
  /** Registry host with port, when the first path part looks like one. */
  registry: string | undefined;
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
}

export function parseImageReference(reference: string): ImageReference {
  let rest = reference.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  return {
    registry: hasRegistry ? first : undefined,
    repository: hasRegistry ? parts.slice(1).join('/') : rest,
    tag,
    digest,
  };
}

/** Why the kubelet cannot read an image reference: a repository name in capitals, or another break of the grammar. */
export type ImageReferenceProblem = 'uppercase' | 'format';

// The grammar of docker's reference package (distribution/reference), which the kubelet parses
// every image with before pulling it.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^((?:${HOST}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::${TAG})?(?:@${DIGEST})?$`);
/** The longest repository name, registry included, the reference package accepts. */
const NAME_MAX = 255;

/**
 * What the kubelet finds wrong with `reference` when it reads it as docker's ParseNormalizedNamed
 * does (the container then fails with InvalidImageName), or undefined when it reads it. The first
 * part is a registry when it holds a dot or a colon, is `localhost`, or has capitals; the rest is
 * the repository, which must be lower case (`uppercase` when that is all that is wrong).
 */
export function imageReferenceProblem(reference: string): ImageReferenceProblem | undefined {
  if (/^[a-f0-9]{64}$/.test(reference)) return 'format';
  const slash = reference.indexOf('/');
  const first = slash < 0 ? '' : reference.slice(0, slash);
  const isRegistry = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  const registry = isRegistry ? first : 'docker.io';
  const remainder = isRegistry ? reference.slice(slash + 1) : reference;
  const colon = remainder.indexOf(':');
  const repository = colon < 0 ? remainder : remainder.slice(0, colon);
  const lower = `${repository.toLowerCase()}${remainder.slice(repository.length)}`;
  if (!matchesGrammar(registry, lower)) return 'format';
  return repository.toLowerCase() === repository ? undefined : 'uppercase';
}

/** Whether `registry/remainder` is a reference, as the reference package completes it (`library/` for Docker Hub). */
function matchesGrammar(registry: string, remainder: string): boolean {
  const library = registry === 'docker.io' && !remainder.includes('/') ? 'library/' : '';
  const match = REFERENCE.exec(`${registry}/${library}${remainder}`);
  return match !== null && (match[1] ?? '').length <= NAME_MAX;
}
