/**
 * An in-memory WorkspaceIndex: what the language server and the CLI learn about CRDs and kustomize
 * patches as they see files. Feed it every YAML file once (`setFile`), then changes; it keeps only
 * CRD documents and kustomization patch lists, so it stays small on large repositories.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import type { CustomResourceDefinitionSource, WorkspaceIndex, WorkspaceProblem } from '../engine/workspace';
import { isCrdObject } from './crd';
import { isKustomizationFile, kustomizationPatchPaths } from './kustomize';

/** A comparable key for a file named by URI (the editor) or by path (the CLI). */
export function fileKey(uriOrPath: string): string {
  if (uriOrPath.startsWith('file:')) {
    try {
      return path.resolve(fileURLToPath(uriOrPath));
    } catch {
      return uriOrPath;
    }
  }
  return /^[a-z][a-z0-9+.-]*:/i.test(uriOrPath) && !/^[a-z]:[\\/]/i.test(uriOrPath)
    ? uriOrPath
    : path.resolve(uriOrPath);
}

export class SchemaWorkspace implements WorkspaceIndex {
  private readonly crdsByFile = new Map<string, CustomResourceDefinitionSource[]>();
  private readonly patchesByKustomization = new Map<string, Set<string>>();
  private readonly problemsByFile = new Map<string, WorkspaceProblem>();
  private flattened: CustomResourceDefinitionSource[] | undefined;
  private patchKeys: Set<string> | undefined;

  /** Learns what `text` (the content of `uriOrPath`) contributes: its CRDs, or its patch list. */
  setFile(uriOrPath: string, text: string): void {
    const key = fileKey(uriOrPath);
    this.forget(key);
    if (isKustomizationFile(key)) {
      const folder = path.dirname(key);
      const patches = kustomizationPatchPaths(text).map((p) => fileKey(path.resolve(folder, p)));
      if (patches.length > 0) this.patchesByKustomization.set(key, new Set(patches));
      this.patchKeys = undefined;
      return;
    }
    // Most files hold no CRD; a substring test spares parsing them.
    if (!text.includes('CustomResourceDefinition')) return;
    const found: CustomResourceDefinitionSource[] = [];
    let unreadable = false;
    for (const document of parseAllDocuments(text, { prettyErrors: false })) {
      const contents: unknown = document.contents;
      if (!contents || typeof contents !== 'object') continue;
      let value: unknown;
      try {
        value = document.toJS({ maxAliasCount: 1000 });
      } catch {
        unreadable = true;
        continue;
      }
      if (!value || typeof value !== 'object') continue;
      const { apiVersion, kind } = value as { apiVersion?: unknown; kind?: unknown };
      if (typeof apiVersion !== 'string' || typeof kind !== 'string' || !isCrdObject(apiVersion, kind)) continue;
      if (document.errors.length > 0) {
        unreadable = true;
        continue;
      }
      found.push({ uri: uriOrPath, definition: value });
    }
    if (unreadable) this.addProblem(uriOrPath, 'a CustomResourceDefinition in this file cannot be read (YAML error)');
    if (found.length > 0) this.crdsByFile.set(key, found);
    this.flattened = undefined;
  }

  deleteFile(uriOrPath: string): void {
    this.forget(fileKey(uriOrPath));
  }

  /** Records a schema source that could not be used (a missing file named in the settings, say). */
  addProblem(uriOrPath: string, message: string): void {
    this.problemsByFile.set(fileKey(uriOrPath), { uri: uriOrPath, message });
  }

  customResourceDefinitions(): readonly CustomResourceDefinitionSource[] {
    this.flattened ??= [...this.crdsByFile.keys()].sort().flatMap((key) => this.crdsByFile.get(key) ?? []);
    return this.flattened;
  }

  isKustomizePatch(uriOrPath: string): boolean {
    if (!this.patchKeys) {
      this.patchKeys = new Set();
      for (const patches of this.patchesByKustomization.values()) for (const p of patches) this.patchKeys.add(p);
    }
    return this.patchKeys.has(fileKey(uriOrPath));
  }

  problems(): readonly WorkspaceProblem[] {
    return [...this.problemsByFile.values()];
  }

  private forget(key: string): void {
    if (this.crdsByFile.delete(key)) this.flattened = undefined;
    if (this.patchesByKustomization.delete(key)) this.patchKeys = undefined;
    this.problemsByFile.delete(key);
  }
}

/** The file URI of a path, for callers that index by URI. */
export function toFileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).href;
}
