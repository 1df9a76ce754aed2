/**
 * The names kustomize reads its own file by, as `kustomize build` looks for one in a folder: a
 * module of its own, so the launchers that tell files apart by name load nothing else.
 */
export const KUSTOMIZATION_FILE_NAMES: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
