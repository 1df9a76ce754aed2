/**
 * URIs for the browser's language server, which reads files only through `file:` paths: a
 * workspace folder of another scheme (`vscode-vfs://github/acme/shop`) is shown to it as a folder
 * of `file:` paths (`/vscode-vfs/github/acme/shop`), and its answers are turned back. Written over
 * any URI class with VS Code's shape (`vscode.Uri`, or vscode-uri's `URI` in the tests).
 */
export interface UriLike {
  readonly scheme: string;
  readonly authority: string;
  readonly path: string;
  toString(): string;
}

export interface UriClass<U extends UriLike> {
  file(path: string): U;
  parse(value: string): U;
  from(components: { scheme: string; authority: string; path: string }): U;
}

/** An empty authority (`memfs:/x`) still takes a segment of the path, so the mapping can be undone. */
const NO_AUTHORITY = '-';

export function serverUris<U extends UriLike>(
  schemes: ReadonlySet<string>,
  Uri: UriClass<U>,
): { toServer(uri: U): string; fromServer(value: string): U } {
  const toServer = (uri: U): string =>
    schemes.has(uri.scheme)
      ? Uri.file(`/${uri.scheme}/${uri.authority || NO_AUTHORITY}${uri.path}`).toString()
      : uri.toString();
  const fromServer = (value: string): U => {
    const uri = Uri.parse(value);
    const mapped = uri.scheme === 'file' ? /^\/([^/]+)\/([^/]+)(\/.*)?$/.exec(uri.path) : null;
    if (!mapped?.[1] || !mapped[2] || !schemes.has(mapped[1])) return uri;
    return Uri.from({
      scheme: mapped[1],
      authority: mapped[2] === NO_AUTHORITY ? '' : mapped[2],
      path: mapped[3] ?? '/',
    });
  };
  return { toServer, fromServer };
}
