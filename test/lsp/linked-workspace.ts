import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before } from 'node:test';
import { TestClient } from './client';
import { folderWith } from '../support/temp-folder';

/**
 * A folder holding `files`, and a language server opened on it, showing the manifest `open`:
 * started before the tests of the calling `describe`, stopped after them. The client asks for
 * related locations and hovers, which the tests of image links read.
 */
export function linkedWorkspace(
  files: Record<string, string>,
  open: string,
  prefix: string,
): { client: TestClient; uri: (name: string) => string } {
  const dir = folderWith(files, prefix);
  const uri = (name: string): string => pathToFileURL(path.join(dir, name)).href;
  const client = new TestClient();
  before(async () => {
    await client.initializeFolder(dir, {
      textDocument: { publishDiagnostics: { relatedInformation: true }, hover: {} },
    });
    await client.open(uri(open), 'yaml', files[open] ?? '');
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { client, uri };
}
