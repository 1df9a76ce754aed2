/** Kubernetes schema support: validation (through the rules), hovers, completion, and the workspace index. */
export { schemaCompletionsAt, type SchemaCompletion } from './completion';
export { schemaHoverAt, type SchemaFeatureOptions, type SchemaHover } from './hover';
export { buildFileWorkspace, scanFolder, scanFolderSteps, type FileWorkspaceOptions } from './file-workspace';
export { ManifestWorkspace } from './workspace-index';
export { fileKey } from './file-key';
export { isKustomizationFile, readKustomization } from './kustomize';
export { API_VERSION_CHANGES, apiVersionStatus, compareReleases } from './api-versions';
export { KUBERNETES_RELEASE } from './release';
export { prepareSchemas } from './compile';
