/**
 * What the browser bundle has for `node:url`: the two conversions the server makes, with
 * vscode-uri's (the library VS Code itself uses for them). As in Node, a URI of another scheme
 * than `file:` is refused with a TypeError.
 */
import { URI } from 'vscode-uri';

export function fileURLToPath(uri: string | URL): string {
  const text = typeof uri === 'string' ? uri : uri.href;
  const parsed = URI.parse(text);
  if (parsed.scheme !== 'file') throw new TypeError(`The URL must be of scheme file: ${text}`);
  return parsed.fsPath;
}

export function pathToFileURL(file: string): URL {
  return new URL(URI.file(file).toString());
}

export default { fileURLToPath, pathToFileURL };
