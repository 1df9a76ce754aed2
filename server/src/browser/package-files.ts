/**
 * The browser bundle's copy of concepts/package-files.ts. A worker knows the address it was loaded
 * from (`dist/browser/server.js` inside the extension), so the package's files are found beside
 * it, wherever the editor serves the extension from. (The VS Code client links notes through the
 * extension's own handler instead: `conceptLinkBase`.)
 */
declare const self: { location: { href: string } };

export function packageFileUri(relative: string): string {
  try {
    return new URL(`../../${relative}`, self.location.href).href;
  } catch {
    // A worker started from memory (a `blob:` address, see client/src/browser.ts) has no folder.
    return relative;
  }
}
