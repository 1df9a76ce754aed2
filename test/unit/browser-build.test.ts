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

  it('reports every file missing, as Node reports a missing file', () => {
    assert.equal(browserFs.existsSync(), false);
    for (const [call, syscall] of [
      [() => browserFs.readFileSync('/x/.cntutor.yaml'), 'open'],
      [() => browserFs.statSync('/x'), 'stat'],
      [() => browserFs.readdirSync('/x'), 'scandir'],
    ] as const) {
      assert.throws(call, (error: NodeJS.ErrnoException) => error.code === 'ENOENT' && error.syscall === syscall);
    }
  });

  it('converts file URIs and paths as Node does, and refuses other schemes', () => {
    for (const file of ['/srv/app/Dockerfile', '/a b/c#d/e%f/앱.yaml', '/']) {
      assert.equal(browserUrl.pathToFileURL(file).href, pathToFileURL(file).href, file);
      assert.equal(browserUrl.fileURLToPath(pathToFileURL(file).href), fileURLToPath(pathToFileURL(file)), file);
    }
    assert.throws(() => browserUrl.fileURLToPath('vscode-vfs://github/acme/shop/Dockerfile'), TypeError);
  });
});
