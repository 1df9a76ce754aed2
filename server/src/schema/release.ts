/**
 * The Kubernetes release the bundled schemas describe; also the default `kubernetesVersion`.
 * scripts/generate-k8s-schemas.ts writes the same value into the schema file, and the engine
 * refuses a schema file that disagrees.
 */
export const KUBERNETES_RELEASE = '1.36';
