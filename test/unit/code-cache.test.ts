import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { codeCacheDirectory } from '../../server/src/code-cache';
import { folderWith } from '../support/temp-folder';

const PROBE = path.join(__dirname, '..', 'support', 'code-cache-probe.ts');
const CODE_CACHE = path.join(__dirname, '..', '..', 'server', 'src', 'code-cache.ts');
const SCRIPT =
  '#!/usr/bin/env node\nconst twice = (n) => n * 2;\nmodule.exports = { answer: () => [twice(21), __filename, typeof require] };\n';

interface Probe {
  loaded: string;
  saved: string;
  answer: [number, string, string];
}

function probe(file: string, cacheDirectory: string, ...more: string[]): Probe {
  const output = execFileSync(process.execPath, ['--import', 'tsx', PROBE, file, ...more], {
    env: { ...process.env, CNTUTOR_CODE_CACHE: cacheDirectory },
    encoding: 'utf8',
  });
  return JSON.parse(output) as Probe;
}

const cacheFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.cache'));

describe('code cache', () => {
  const folders: string[] = [];
  const scratch = (): { script: string; cache: string } => {
    const dir = folderWith({ 'script.js': SCRIPT });
    folders.push(dir);
    return { script: path.join(dir, 'script.js'), cache: path.join(dir, 'cache') };
  };
  after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('is written by the first process and taken by the next, with the same exports', () => {
    const { script, cache } = scratch();
    const first = probe(script, cache);
    assert.deepEqual([first.loaded, first.saved], ['missing', 'written']);
    assert.deepEqual(first.answer, [42, script, 'function']);
    const [name] = cacheFiles(cache);
    assert.match(name ?? '', /^script-[0-9a-f]{8,12}-[0-9a-f]{8,12}\.cache$/);
    if (process.platform !== 'win32') assert.equal(statSync(cache).mode & 0o777, 0o700);
    const second = probe(script, cache);
    assert.deepEqual([second.loaded, second.saved], ['used', 'used']);
    assert.deepEqual(second.answer, first.answer);
  });

  it('never hands V8 a damaged cache: a changed byte or a cut file is compiled from source and rewritten', () => {
    const { script, cache } = scratch();
    probe(script, cache);
    const file = path.join(cache, cacheFiles(cache)[0] as string);
    const bytes = readFileSync(file);
    bytes.writeUInt8((bytes.at(-10) ?? 0) ^ 0xff, bytes.length - 10);
    writeFileSync(file, bytes);
    assert.equal(probe(script, cache).loaded, 'missing');
    assert.equal(probe(script, cache).loaded, 'used');
    writeFileSync(file, readFileSync(file).subarray(0, 30));
    const cut = probe(script, cache);
    assert.deepEqual([cut.loaded, cut.answer[0]], ['missing', 42]);
  });

  it('keeps one cache per script: an edited script gets a new one and the old is removed', () => {
    const { script, cache } = scratch();
    probe(script, cache);
    const before = cacheFiles(cache);
    writeFileSync(script, SCRIPT.replace('n * 2', 'n + n + 0'));
    const edited = probe(script, cache);
    assert.deepEqual([edited.loaded, edited.answer[0]], ['missing', 42]);
    const now = cacheFiles(cache);
    assert.equal(now.length, 1);
    assert.notDeepEqual(now, before);
  });

  it('keeps the folder to twenty-four files, dropping the oldest, so removed installs leave nothing for long', () => {
    const { script, cache } = scratch();
    mkdirSync(cache, { recursive: true });
    for (let i = 0; i < 28; i++) {
      const stale = path.join(cache, `gone-${String(i).padStart(12, '0')}-000000000000.cache`);
      writeFileSync(stale, 'x');
      utimesSync(stale, new Date(1_000_000 + i * 1000), new Date(1_000_000 + i * 1000));
    }
    writeFileSync(path.join(cache, 'notes.txt'), 'not a cache');
    probe(script, cache);
    const kept = cacheFiles(cache);
    assert.equal(kept.length, 24);
    assert.ok(kept.some((name) => name.startsWith('script-')));
    assert.ok(kept.includes('gone-000000000027-000000000000.cache'));
    assert.ok(!kept.includes('gone-000000000004-000000000000.cache'));
    assert.ok(readdirSync(cache).includes('notes.txt'));
  });

  it('saves by itself shortly after each load that lacked a cache, however late it comes', () => {
    const { script, cache } = scratch();
    const later = path.join(path.dirname(script), 'later.js');
    writeFileSync(later, SCRIPT);
    const code = [
      `const { codeCacheState, requireWithCodeCache } = require(${JSON.stringify(CODE_CACHE)});`,
      `requireWithCodeCache(${JSON.stringify(script)});`,
      `setTimeout(() => requireWithCodeCache(${JSON.stringify(later)}), 2500);`,
      `setTimeout(() => process.stdout.write(codeCacheState(${JSON.stringify(script)}) + ' ' + codeCacheState(${JSON.stringify(later)})), 5000);`,
    ].join('\n');
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', code], {
      env: { ...process.env, CNTUTOR_CODE_CACHE: cache },
      encoding: 'utf8',
    });
    assert.equal(output, 'written written');
  });

  it('keeps a cache per variant, each made by the first run of its own', () => {
    const { script, cache } = scratch();
    assert.equal(probe(script, cache, 'dockerfile').loaded, 'missing');
    assert.equal(probe(script, cache, 'kubernetes').loaded, 'missing');
    assert.equal(probe(script, cache, 'dockerfile').loaded, 'used');
    assert.equal(probe(script, cache).loaded, 'missing');
    assert.deepEqual(
      cacheFiles(cache)
        .map((name) => name.replace(/-.*/, ''))
        .sort(),
      ['script', 'script.dockerfile', 'script.kubernetes'],
    );
  });

  it('is made again, once, when a run uses a part of the engine its cache was not made after', () => {
    const { script, cache } = scratch();
    const partsLine = (): string =>
      readFileSync(path.join(cache, cacheFiles(cache)[0] as string), 'latin1').split('\n')[1] ?? '';
    assert.equal(probe(script, cache, '', 'grows', 'dockerfile').saved, 'written');
    assert.equal(partsLine(), 'dockerfile');
    // The same part again: the cache serves as it is.
    assert.deepEqual(Object.values(probe(script, cache, '', 'grows', 'dockerfile')).slice(0, 2), ['used', 'used']);
    // A manifest run: made again, for both.
    assert.deepEqual(Object.values(probe(script, cache, '', 'grows', 'kubernetes')).slice(0, 2), ['used', 'written']);
    assert.equal(partsLine(), 'dockerfile,kubernetes');
    assert.deepEqual(Object.values(probe(script, cache, '', 'grows', 'kubernetes', 'dockerfile')).slice(0, 2), [
      'used',
      'used',
    ]);
    // A script that does not grow keeps the cache its first run made.
    const { script: fixed, cache: fixedCache } = scratch();
    probe(fixed, fixedCache, '', '', 'dockerfile');
    assert.equal(probe(fixed, fixedCache, '', '', 'kubernetes').saved, 'used');
  });

  it('loads as before when caching is off or the cache cannot be written', () => {
    const { script, cache } = scratch();
    const off = probe(script, 'off');
    assert.deepEqual([off.loaded, off.answer[0]], ['off', 42]);
    writeFileSync(cache, 'a file where the folder would go');
    const blocked = probe(script, path.join(cache, 'inside'));
    assert.deepEqual([blocked.loaded, blocked.saved, blocked.answer[0]], ['missing', 'missing', 42]);
  });

  it('lives in the user cache folder of each platform unless CNTUTOR_CODE_CACHE says otherwise', () => {
    assert.equal(codeCacheDirectory({}, 'linux', '/home/a'), '/home/a/.cache/cntutor');
    assert.equal(codeCacheDirectory({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/a'), '/x/cntutor');
    assert.equal(codeCacheDirectory({}, 'darwin', '/Users/a'), '/Users/a/Library/Caches/cntutor');
    assert.equal(
      codeCacheDirectory({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', ''),
      path.join('C:\\Users\\a\\AppData\\Local', 'cntutor', 'Cache'),
    );
    assert.equal(codeCacheDirectory({ CNTUTOR_CODE_CACHE: 'off' }, 'linux', '/home/a'), undefined);
    assert.equal(codeCacheDirectory({ CNTUTOR_CODE_CACHE: '/tmp/c' }, 'linux', '/home/a'), '/tmp/c');
    assert.equal(codeCacheDirectory({}, 'linux', ''), undefined);
  });
});
