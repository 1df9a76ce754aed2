import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { serverUris } from '../../client/src/server-uris';

describe("the browser client's URIs for its server", () => {
  const { toServer, fromServer } = serverUris(new Set(['vscode-vfs', 'vscode-remote', 'memfs']), URI);

  it('shows a folder of another scheme as file: paths, and turns them back', () => {
    const cases: [string, string][] = [
      ['vscode-vfs://github/acme/shop/k8s/deploy.yaml', '/vscode-vfs/github/acme/shop/k8s/deploy.yaml'],
      [
        'vscode-vfs://github/acme/shop/web%20app/%EC%95%B1/Dockerfile',
        '/vscode-vfs/github/acme/shop/web app/앱/Dockerfile',
      ],
      ['vscode-remote://127.0.0.1:44213/tmp/w/compose.yaml', '/vscode-remote/127.0.0.1:44213/tmp/w/compose.yaml'],
      ['memfs:/sample/Dockerfile', '/memfs/-/sample/Dockerfile'],
    ];
    for (const [original, path] of cases) {
      const uri = URI.parse(original);
      const shown = toServer(uri);
      assert.equal(URI.parse(shown).scheme, 'file', shown);
      assert.equal(URI.parse(shown).fsPath, path, shown);
      // The server makes the same string from the path, as its node:url stand-in does.
      assert.equal(URI.file(path).toString(), shown);
      assert.equal(fromServer(shown).toString(), uri.toString(), original);
    }
  });

  it('leaves file:, unsaved editors and paths of no mapped scheme alone', () => {
    for (const value of ['file:///srv/app/Dockerfile', 'untitled:Untitled-1', 'vscode-userdata:/settings.json']) {
      assert.equal(toServer(URI.parse(value)), URI.parse(value).toString());
    }
    assert.equal(fromServer('file:///srv/app/Dockerfile').toString(), 'file:///srv/app/Dockerfile');
    assert.equal(fromServer('file:///git/x/y').toString(), 'file:///git/x/y');
  });
});
