/**
 * The browser bundle's copy of generated-modules.ts: a worker reads no files, so the build inlines
 * each generated module and the schema text into the bundle (scripts/build-browser.mjs).
 */

export function commonKubernetesValidators(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../../out/generated/k8s-validators.js');
}

export function moreKubernetesValidators(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../../out/generated/k8s-validators-more.js');
}

export function composeValidatorModule(): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../../out/generated/compose-validator.js');
}

/** The browser build loads this file as text (its `text` loader), not as parsed JSON. */
export function kubernetesDefinitionsText(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../../schemas/kubernetes/definitions.json') as string;
}
