/**
 * The browser bundle's copy of generated-modules.ts. The generated validators and the schema text
 * are 3.5 MB, more than half of what the worker would read before answering: each is a script of
 * its own beside the worker (chunks.json; scripts/build-browser.mjs), loaded with `importScripts`,
 * which is synchronous in a worker as a `require` is, the first time it is asked for. A worker the
 * client started from memory has them all in its script already (client/src/browser.ts).
 */
import type CHUNKS from './chunks.json';

type ChunkName = keyof typeof CHUNKS;

declare const self: {
  location: { href: string };
  cntutorChunks?: Partial<Record<ChunkName, unknown>>;
  importScripts(...urls: string[]): void;
};

function chunk(name: ChunkName): unknown {
  if (self.cntutorChunks?.[name] === undefined) {
    self.importScripts(new URL(`${name}.js`, self.location.href).href);
  }
  const loaded = self.cntutorChunks?.[name];
  if (loaded === undefined) throw new Error(`${name}.js, beside the worker, did not define its module`);
  return loaded;
}

export function commonKubernetesValidators(): unknown {
  return chunk('kubernetes-validators');
}

export function moreKubernetesValidators(): unknown {
  return chunk('kubernetes-validators-more');
}

export function composeValidatorModule(): unknown {
  return chunk('compose-validator');
}

/** The build loads the definitions as text (its `text` loader), not as parsed JSON. */
export function kubernetesDefinitionsText(): string {
  return chunk('kubernetes-definitions') as string;
}
