/**
 * The Compose files Docker Compose reads together when no `-f` is given: in a folder, the first
 * base file it finds (`compose.yaml`, `compose.yml`, `docker-compose.yaml`, `docker-compose.yml`)
 * and the first override (`compose.override.yaml`…), merged over it. The index keeps the services
 * of such files as plain values, so the rules of one file can see the project as Compose runs it.
 */
import path from 'node:path';
import type { ComposePartner, IndexedComposeService } from '../engine/workspace';
import { replaceIfChanged } from './replace-if-changed';

export const BASE_COMPOSE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
export const OVERRIDE_COMPOSE_NAMES = [
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yaml',
  'docker-compose.override.yml',
];

/** A project file's services, as the index was told of the file (a URI in the editor, a path in the CLI). */
export interface ComposeFileEntry {
  uri: string;
  services: IndexedComposeService[];
  include?: boolean;
}

export class ComposeProjects {
  private readonly byFile = new Map<string, ComposeFileEntry>();

  get files(): ReadonlyMap<string, ComposeFileEntry> {
    return this.byFile;
  }

  /** Whether the file's name makes it part of a project Compose reads by itself. */
  static isProjectFile(key: string): boolean {
    const name = path.basename(key);
    return BASE_COMPOSE_NAMES.includes(name) || OVERRIDE_COMPOSE_NAMES.includes(name);
  }

  /** Replaces a project file's services (none: forgets the file). True when they changed. */
  set(key: string, entry: ComposeFileEntry | undefined): boolean {
    return replaceIfChanged(this.byFile, key, entry);
  }

  partnerOf(key: string): ComposePartner | undefined {
    const folder = path.dirname(key);
    const name = path.basename(key);
    // The file asked about is there, whether or not the index has read it yet.
    const first = (names: readonly string[]): string | undefined =>
      names
        .map((candidate) => path.join(folder, candidate))
        .find((candidate) => candidate === key || this.byFile.has(candidate));
    const base = first(BASE_COMPOSE_NAMES);
    const override = first(OVERRIDE_COMPOSE_NAMES);
    // Compose reads one base and one override of a folder: a file it passes over has no partner.
    const [partner, role] = BASE_COMPOSE_NAMES.includes(name)
      ? [base === key ? override : undefined, 'override' as const]
      : OVERRIDE_COMPOSE_NAMES.includes(name)
        ? [override === key ? base : undefined, 'base' as const]
        : [undefined, 'base' as const];
    const entry = partner === undefined ? undefined : this.byFile.get(partner);
    return entry
      ? { uri: entry.uri, role, services: entry.services, ...(entry.include ? { include: true } : {}) }
      : undefined;
  }
}
