import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import fc from 'fast-check';
import { utf8ByteLength } from '../../server/src/engine/byte-length';
import * as browserFs from '../../server/src/browser/node/fs';
import * as browserUrl from '../../server/src/browser/node/url';
import { updateFiles } from '../../server/src/browser/memory-files';
import CHUNKS from '../../server/src/browser/chunks.json';

const ROOT = path.join(__dirname, '../..');
const TWINS: [string, string][] = [
  ['server/src/generated-modules.ts', 'server/src/browser/generated-modules.ts'],
  ['server/src/concepts/package-files.ts', 'server/src/browser/package-files.ts'],
  ['server/src/v8-flags.ts', 'server/src/browser/v8-flags.ts'],
];

describe('the browser build', () => {
  it('gives each module it replaces a copy with the same exports', async () => {
    for (const [node, browser] of TWINS) {
      const [a, b] = await Promise.all([import(path.join(ROOT, node)), import(path.join(ROOT, browser))]);
      const names = (m: object): string[] =>
        Object.keys(m)
          .filter((k) => k !== 'default')
          .sort();
      assert.deepEqual(names(b as object), names(a as object), `${browser} against ${node}`);
      assert.ok(names(a as object).length > 0);
    }
  });

  it('refuses any Node built-in it has no stand-in for, naming the importer', async () => {
    const { browserPlatform } = await import('../../scripts/build-browser.mjs');
    const attempt = (contents: string) =>
      build({
        stdin: { contents, resolveDir: path.join(ROOT, 'server/src'), sourcefile: 'entry.ts', loader: 'ts' },
        bundle: true,
        write: false,
        platform: 'browser',
        logLevel: 'silent',
        plugins: [browserPlatform],
      });
    await assert.rejects(
      attempt("import os from 'node:os';\nconsole.log(os.cpus());"),
      /cannot use the Node built-in "node:os" \(imported by server\/src\/entry\.ts\)/,
    );
    await assert.rejects(attempt("import { Worker } from 'worker_threads';\nconsole.log(Worker);"), /"worker_threads"/);
    await assert.rejects(attempt("import 'vscode-languageserver/node';"), /cannot use "vscode-languageserver\/node"/);
    const swapped = await attempt(
      "import { readFileSync } from 'node:fs';\nimport { setV8Flag } from './v8-flags';\nconsole.log(readFileSync, setV8Flag);",
    );
    const text = swapped.outputFiles.map((f) => f.text).join('');
    assert.match(text, /no such file or directory/);
    assert.match(text, /function setV8Flag\(\)/);
  });

  it(
    'leaves the built worker free of Node modules',
    { skip: !fs.existsSync(path.join(ROOT, 'dist/browser/server.js')) && 'not built' },
    () => {
      const text = fs.readFileSync(path.join(ROOT, 'dist/browser/server.js'), 'utf8');
      assert.doesNotMatch(
        text,
        /require\(\s*["'](node:[\w/]+|fs|path|url|crypto|os|v8|vm|zlib|worker_threads|child_process)["']\s*\)/,
      );
      assert.doesNotMatch(text, /Buffer\.from\(/);
      // The generated validators and the schema text are scripts of their own, each naming its module.
      assert.ok(!text.includes('"x-source":"kubernetes-models'), 'the schema text is not in the worker');
      for (const name of Object.keys(CHUNKS)) {
        const chunk = fs.readFileSync(path.join(ROOT, `dist/browser/${name}.js`), 'utf8');
        assert.ok(chunk.replace(/\s/g, '').includes(`cntutorChunks??={})[${JSON.stringify(name)}]=`), name);
      }
    },
  );

  it('counts UTF-8 bytes without Buffer as Buffer does', () => {
    const scope = globalThis as { Buffer?: unknown };
    const saved = scope.Buffer;
    const texts = ['', 'abc', '가나다', '😀', '\ud800', 'a\udc00b', '\ud83d\ude00\ud83d', 'é 𐀀 앱'];
    const expected = texts.map((t) => Buffer.byteLength(t, 'utf8'));
    const sampled = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), 300);
    const sampledExpected = sampled.map((t) => Buffer.byteLength(t, 'utf8'));
    try {
      scope.Buffer = undefined;
      assert.deepEqual(texts.map(utf8ByteLength), expected);
      assert.deepEqual(sampled.map(utf8ByteLength), sampledExpected);
    } finally {
      scope.Buffer = saved;
    }
  });

  it("answers the server's file reads from the files the client sent, failing as Node fails", () => {
    assert.equal(browserFs.existsSync('/etc/hostname'), false);
    updateFiles([
      { uri: 'file:///w/shop/k8s/deploy.yaml', text: 'kind: Deployment\n' },
      { uri: 'file:///w/shop/.cntutor.yaml', text: 'rules: {}\n' },
      { uri: 'file:///w/shop/logo.png' },
      { uri: 'vscode-vfs://github/acme/shop/ignored.yaml', text: 'x: 1\n' },
    ]);
    assert.equal(browserFs.readFileSync('/w/shop/k8s/deploy.yaml'), 'kind: Deployment\n');
    assert.deepEqual(browserFs.readdirSync('/w/shop'), ['.cntutor.yaml', 'k8s', 'logo.png']);
    const entries = browserFs.readdirSync('/w/shop', { withFileTypes: true }) as {
      name: string;
      isDirectory(): boolean;
    }[];
    assert.deepEqual(
      entries.map((e) => [e.name, e.isDirectory()]),
      [
        ['.cntutor.yaml', false],
        ['k8s', true],
        ['logo.png', false],
      ],
    );
    assert.ok(browserFs.statSync('/w/shop/k8s/').isDirectory());
    assert.equal(browserFs.statSync('/w/shop/.cntutor.yaml').size, 10);
    assert.ok(browserFs.existsSync('/w/shop/logo.png'));
    for (const [call, code] of [
      [() => browserFs.readFileSync('/w/shop/logo.png'), 'EACCES'],
      [() => browserFs.readFileSync('/w/shop/k8s'), 'EISDIR'],
      [() => browserFs.readFileSync('/w/shop/missing.yaml'), 'ENOENT'],
      [() => browserFs.statSync('/x'), 'ENOENT'],
      [() => browserFs.readdirSync('/w/shop/logo.png'), 'ENOTDIR'],
      [() => browserFs.readdirSync('/vscode-vfs'), 'ENOENT'],
    ] as const) {
      assert.throws(call, (error: NodeJS.ErrnoException) => error.code === code, code);
    }
    updateFiles([{ uri: 'file:///w/shop/k8s/deploy.yaml', text: 'kind: Service\n' }], ['file:///w/shop/logo.png']);
    assert.equal(browserFs.readFileSync('/w/shop/k8s/deploy.yaml'), 'kind: Service\n');
    assert.equal(browserFs.existsSync('/w/shop/logo.png'), false);
    assert.deepEqual(browserFs.readdirSync('/w/shop'), ['.cntutor.yaml', 'k8s']);
    updateFiles([], ['file:///w/shop/k8s/deploy.yaml', 'file:///w/shop/.cntutor.yaml']);
  });

  it('converts file URIs and paths as Node does, and refuses other schemes', () => {
    for (const file of ['/srv/app/Dockerfile', '/a b/c#d/e%f/앱.yaml', '/']) {
      assert.equal(browserUrl.pathToFileURL(file).href, pathToFileURL(file).href, file);
      assert.equal(browserUrl.fileURLToPath(pathToFileURL(file).href), fileURLToPath(pathToFileURL(file)), file);
    }
    assert.throws(() => browserUrl.fileURLToPath('vscode-vfs://github/acme/shop/Dockerfile'), TypeError);
  });
});
