/**
 * What the browser bundle has for `node:crypto`. Only a run from sources hashes a schema (to see
 * whether a generated validator is older than it); a bundle never does, so reaching this is a bug.
 */
export function createHash(algorithm: string): never {
  throw new Error(`createHash('${algorithm}') is not available in the browser build`);
}

export default { createHash };
