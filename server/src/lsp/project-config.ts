import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CONFIG_FILE_NAMES,
  findProjectConfigFiles,
  layerConfigs,
  loadConfigFile,
  type LoadedConfig,
} from '../config/file';
import { HADOLINT_CONFIG_NAMES } from '../config/hadolint';
import { configuredValuesFiles } from '../helm/values-files';
import { toFileUri } from '../schema/file-key';
import type { WorkspaceTrust } from './trust';

/** True for the files that configure a project (`.cntutor.yaml`, `.hadolint.yaml`…), which are not linted. */
export function isConfigFile(uri: string): boolean {
  return [...CONFIG_FILE_NAMES, ...HADOLINT_CONFIG_NAMES].some((name) => uri.endsWith(`/${name}`));
}

/**
 * The project configuration that applies to a document: its folder's `.hadolint.yaml` and
 * `.cntutor.yaml` and those above it, layered. Read once per folder until a configuration file
 * changes, and only from places the workspace trust allows.
 */
export class ProjectConfigs {
  private readonly byFolder = new Map<string, LoadedConfig | undefined>();

  constructor(
    private readonly trust: WorkspaceTrust,
    private readonly warn: (message: string) => void,
  ) {}

  /** The configuration for the document, the last (nearest) file's path naming it; undefined without one. */
  of(uri: string): LoadedConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const dir = path.dirname(fileURLToPath(uri));
    if (this.byFolder.has(dir)) return this.byFolder.get(dir);
    const loaded: LoadedConfig[] = [];
    for (const file of findProjectConfigFiles(dir)) {
      if (!this.trust.mayRead(file, 'project configuration')) continue;
      try {
        loaded.push(loadConfigFile(file));
      } catch (error) {
        this.warn(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const last = loaded[loaded.length - 1];
    const merged = last && { ...last, config: layerConfigs(...loaded.map((l) => l.config)) };
    this.byFolder.set(dir, merged);
    return merged;
  }

  /** Where relative CRD paths start: the project file's folder, else the workspace folder. */
  baseDir(uri: string): string {
    const file = this.of(uri)?.path;
    return file ? path.dirname(file) : (this.trust.roots[0] ?? process.cwd());
  }

  /** The values files the project's `helmValues` names for the chart in the folder `root`, absolute. */
  helmValuesFiles(root: string): string[] {
    const project = this.of(toFileUri(path.join(root, 'Chart.yaml')));
    return project ? configuredValuesFiles(project.config.helmValues, path.dirname(project.path), root) : [];
  }

  /** Forgets what was read: a configuration file changed, or the trust did. */
  clear(): void {
    this.byFolder.clear();
  }
}
