/**
 * Node 20 compiles every script from its source on every start: the CLI's 2.3 MB bundle took
 * ~65 ms to compile before its first line ran, the Kubernetes validators another ~25 ms, and
 * each function again the first time it is called. V8 can hand back what it compiled as a code
 * cache, and accept it on the next start in place of compiling (the bundle: 65 ms → 25 ms, the
 * functions a lint calls included). Node 22 has this built in (`module.enableCompileCache`);
 * this is the same for Node 20 and for the Node inside editors.
 *
 * The cache lives in the user's own cache folder (`CNTUTOR_CODE_CACHE` names another one, or
 * `off`), one file per script, runtime and variant, made after the first run that lacks it. A
 * cache holds the functions compiled before it was made, so a launcher may ask for a variant per
 * kind of run (`cntutor lint Dockerfile` takes one without the Kubernetes half, whose 0.6 MB more
 * to read in cost a Dockerfile's run ~25 ms), and a script that `grows` has its cache made again
 * when a process runs a part of the engine the cache was not made after (code-use.ts). It is only ever
 * an optimisation: a missing, stale, corrupt or unwritable cache means compiling from source as
 * before. V8 checks the runtime, the flags and the source length itself; the file name adds the
 * script's path, size and modification time, and a checksum guards the bytes, because a damaged
 * cache that V8 accepted would be run as code.
 */
import * as buffer from 'node:buffer';
import type * as Crypto from 'node:crypto';
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';
import type * as WorkerThreads from 'node:worker_threads';
import * as zlib from 'node:zlib';
import { CODE_PARTS, codeUsed, onFirstCodeUse, type CodePart } from './code-use';
import { sizeOf } from './file-size';
import { withDefaultYoungGeneration } from './young-generation';

/**
 * Node's CRC-32 (Node 20.15 and later) guards the cache's bytes against damage; loading
 * `node:crypto` for a SHA-1 cost every start about 5 ms. Older runtimes keep the SHA-1, under a
 * header of its own, so neither reads the other's cache.
 */
const crc32 = (zlib as { crc32?: (data: string | Uint8Array) => number }).crc32;
const MAGIC = crc32 ? 'cntutor-code-cache-3-crc32\n' : 'cntutor-code-cache-3-sha1\n';
const CHECKSUM_BYTES = crc32 ? 4 : 20;
/** Caches kept in the folder: a few scripts and variants (bundles, validators) for a few installs. */
const FILES_KEPT = 24;
/** Long enough for a first run to have called what later runs call; the timer never holds the process. */
const SAVE_AFTER_MS = 2000;

export type CodeCacheState = 'off' | 'used' | 'rejected' | 'missing' | 'written';

interface Loaded {
  /**
   * Kept only until its cache is written: the script holds its top-level function's code (the
   * whole bundle's module initialisation, about a megabyte), which nothing runs again.
   */
  script?: Script;
  cacheFile: string;
  state: CodeCacheState;
  /** The parts of the engine the cache on disk was made after. */
  parts: ReadonlySet<CodePart>;
  grows: boolean;
}

export interface CodeCacheOptions {
  /** A cache of its own for one kind of run, so that it holds what those runs call. */
  variant?: string;
  /** Made again when this process runs a part of the engine the cache was not made after. */
  grows?: boolean;
}
const loaded = new Map<string, Loaded>();
let saveTimer: NodeJS.Timeout | undefined;
let exitHooked = false;

/** Where caches are kept, or undefined when caching is off or there is no user folder. */
export function codeCacheDirectory(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = safeHomedir(),
): string | undefined {
  const chosen = env.CNTUTOR_CODE_CACHE?.trim();
  if (chosen === 'off' || chosen === '0' || chosen === 'false') return undefined;
  if (chosen) return path.resolve(chosen);
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA || (home && path.join(home, 'AppData', 'Local'));
    return base ? path.join(base, 'cntutor', 'Cache') : undefined;
  }
  if (platform === 'darwin') return home ? path.join(home, 'Library', 'Caches', 'cntutor') : undefined;
  const base = env.XDG_CACHE_HOME || (home && path.join(home, '.cache'));
  return base ? path.join(base, 'cntutor') : undefined;
}

function safeHomedir(): string {
  try {
    return os.homedir();
  } catch {
    return '';
  }
}

/** Loads a CommonJS file as `require` would, compiling it from a code cache when one fits. */
export function requireWithCodeCache(file: string, options: CodeCacheOptions = {}): unknown {
  const directory = codeCacheDirectory();
  if (directory === undefined) return loadPlain(file);
  return run(compile(file, directory, options), file);
}

/**
 * The file's bytes and its cache are garbage once the script is compiled. Read here, apart from
 * running it, they are out of reach before the bundle's first line runs, so its first scavenge
 * frees them; held across that run they were promoted, and the language server carried them
 * until its first full collection, a second or more later, which raised its peak memory by as
 * much. Both are read into one buffer, the cache over the source once that is decoded: fresh
 * memory costs its first touch (about 3 ms a megabyte here), and reading the cache into pages
 * already touched took 0.4 ms instead of 5.
 */
function compile(file: string, directory: string, options: CodeCacheOptions): Script {
  const stat = fs.statSync(file);
  const cacheFile = path.join(directory, cacheFileName(file, stat, options.variant));
  const cacheSize = sizeOf(cacheFile);
  const scratch = Buffer.allocUnsafeSlow(Math.max(WRAPPER_BYTES + stat.size, cacheSize));
  const source = wrappedSource(file, scratch);
  const cached = readCache(cacheFile, scratch);
  const cachedData = cached?.data;
  const script = withDefaultYoungGeneration(() => new Script(source, { filename: file, cachedData }));
  const state: CodeCacheState = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const entry: Loaded = {
    cacheFile,
    state,
    parts: state === 'used' ? (cached?.parts ?? new Set()) : new Set(),
    grows: options.grows === true,
  };
  if (state !== 'used' || mayGrow(entry)) entry.script = script;
  loaded.set(file, entry);
  if (state !== 'used') scheduleSave();
  else if (entry.script) listenForParts();
  return script;
}

/** Whether a cache that grows lacks a part of the engine some process may still run. */
function mayGrow(entry: Loaded): boolean {
  return entry.grows && CODE_PARTS.some((part) => !entry.parts.has(part));
}

/** Whether this process has run a part of the engine that the loaded cache was not made after. */
function ranPartsItLacks(entry: Loaded): boolean {
  return entry.grows && [...codeUsed()].some((part) => !entry.parts.has(part));
}

let listening = false;
/** A save soon after this process first runs a part that a loaded cache lacks, and at exit. */
function listenForParts(): void {
  if (listening) return;
  listening = true;
  hookExit();
  onFirstCodeUse(() => {
    if ([...loaded.values()].some((entry) => entry.script && ranPartsItLacks(entry))) scheduleSave();
  });
}

/** What happened to `file`'s cache in this process (for tests and diagnostics). */
export function codeCacheState(file: string): CodeCacheState {
  return loaded.get(file)?.state ?? 'off';
}

/**
 * Writes the caches this process lacked, and those it ran new parts of the engine for. Never throws:
 * a cache that cannot be written is skipped.
 */
export function saveCodeCaches(): void {
  const due = [...loaded.values()].filter(
    (entry) => entry.script && (entry.state === 'missing' || entry.state === 'rejected' || ranPartsItLacks(entry)),
  );
  // Workers load the same scripts as the main thread; one writer is enough. Asked only when there
  // is something to write, since loading the module costs about a millisecond.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (due.length === 0 || !(require('node:worker_threads') as typeof WorkerThreads).isMainThread) return;
  for (const entry of due) {
    const script = entry.script as Script;
    try {
      const parts = new Set([...entry.parts, ...codeUsed()]);
      const data = withDefaultYoungGeneration(() => script.createCachedData());
      writeCache(entry.cacheFile, data, parts);
      entry.state = 'written';
      entry.parts = parts;
      if (!mayGrow(entry)) delete entry.script;
    } catch {
      // Read-only or full disk, or a runtime that cannot serialise: compile from source next time.
    }
  }
}

/**
 * A save shortly after each load that lacked a cache (the validators of a rarer kind may come
 * minutes later), and one at exit.
 */
function scheduleSave(): void {
  hookExit();
  if (saveTimer !== undefined) return;
  saveTimer = setTimeout(() => {
    saveTimer = undefined;
    saveCodeCaches();
  }, SAVE_AFTER_MS).unref();
}

function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.once('exit', saveCodeCaches);
}

function loadPlain(file: string): unknown {
  return createRequire(file)(file);
}

function run(script: Script, file: string): unknown {
  const module = new Module(file);
  module.filename = file;
  const localRequire = createRequire(file);
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, localRequire, module, file, path.dirname(file));
  module.loaded = true;
  return module.exports;
}

const [WRAPPER_HEAD, WRAPPER_TAIL] = (Module as unknown as { wrapper: [string, string] }).wrapper;
const WRAPPER_BYTES = WRAPPER_HEAD.length + WRAPPER_TAIL.length;

/**
 * The file inside the CommonJS wrapper, as one string. The file is read into place between the
 * wrapper's two parts, since joining strings instead gives V8 a two-part string that it copies
 * whole to compile, which the server then held twice for its whole life. An all-ASCII file
 * decodes as Latin-1 without a UTF-8 pass (0.2 ms instead of 17 ms for 2.3 MB).
 */
function wrappedSource(file: string, scratch: Buffer): string {
  const whole = readWhole(file, scratch, WRAPPER_HEAD.length, WRAPPER_TAIL.length);
  whole.write(WRAPPER_HEAD, 0, 'latin1');
  whole.write(WRAPPER_TAIL, whole.length - WRAPPER_TAIL.length, 'latin1');
  // V8 accepts `#!` only at the very start of a script, which the wrapper is not.
  const start = WRAPPER_HEAD.length;
  if (whole[start] === 0x23 && whole[start + 1] === 0x21) whole.write('//', start, 'latin1');
  return typeof buffer.isAscii === 'function' && buffer.isAscii(whole)
    ? whole.toString('latin1')
    : whole.toString('utf8');
}

/**
 * The whole file, with `before` and `after` bytes left free around it: in `scratch` when it fits,
 * else in a buffer of its own (the file may have grown since its size was taken).
 */
function readWhole(file: string, scratch: Buffer, before = 0, after = 0): Buffer {
  const descriptor = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(descriptor).size;
    const into = scratch.length >= before + size + after ? scratch : Buffer.allocUnsafeSlow(before + size + after);
    let read = 0;
    while (read < size) {
      const count = fs.readSync(descriptor, into, before + read, size - read, read);
      if (count === 0) break;
      read += count;
    }
    return into.subarray(0, before + read + after);
  } finally {
    fs.closeSync(descriptor);
  }
}

/**
 * `<name>[.<variant>]-<where>-<what>.cache`: one file per installed script and variant, replaced
 * when the script or the runtime changes, so two installs (the editor's and a CLI's) never
 * overwrite each other's.
 */
function cacheFileName(file: string, stat: fs.Stats, variant: string | undefined): string {
  const where = hash(path.resolve(file)).slice(0, 12);
  const what = hash(
    [stat.size, stat.mtimeMs, process.version, process.versions.v8, process.arch, process.platform].join('\0'),
  ).slice(0, 12);
  const name = path.basename(file, '.js') + (variant ? `.${variant}` : '');
  return `${name.replace(/[^\w.-]/g, '_')}-${where}-${what}.cache`;
}

function hash(text: string): string {
  return checksum(Buffer.from(text, 'utf8')).toString('hex');
}

function checksum(data: Uint8Array): Buffer {
  if (crc32) {
    const bytes = Buffer.alloc(4);
    bytes.writeUInt32BE(crc32(data) >>> 0);
    return bytes;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:crypto') as typeof Crypto).createHash('sha1').update(data).digest();
}

/**
 * A cache file: the magic line, a line naming the parts it was made after (`dockerfile,kubernetes`),
 * then the checksum of the rest and V8's data.
 */
function readCache(cacheFile: string, scratch: Buffer): { data: Buffer; parts: Set<CodePart> } | undefined {
  let bytes: Buffer;
  try {
    bytes = readWhole(cacheFile, scratch);
  } catch {
    return undefined;
  }
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const partsEnd = bytes.indexOf(0x0a, MAGIC.length);
  if (partsEnd < 0 || partsEnd - MAGIC.length > PARTS_LINE_LIMIT) return undefined;
  const named = bytes.toString('latin1', MAGIC.length, partsEnd).split(',');
  const parts = new Set(CODE_PARTS.filter((part) => named.includes(part)));
  const header = partsEnd + 1 + CHECKSUM_BYTES;
  if (bytes.length <= header) return undefined;
  const data = bytes.subarray(header);
  const expected = bytes.subarray(partsEnd + 1, header);
  return checksum(data).equals(expected) ? { data, parts } : undefined;
}

const PARTS_LINE_LIMIT = 64;

function writeCache(cacheFile: string, data: Buffer, parts: ReadonlySet<CodePart>): void {
  const directory = path.dirname(cacheFile);
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  const sum = checksum(data);
  const head = Buffer.from(`${MAGIC}${[...parts].join(',')}\n`, 'latin1');
  // Written aside and renamed, so a reader never sees half a file and two writers do not mix.
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, Buffer.concat([head, sum, data]), { mode: 0o600 });
  fs.renameSync(temporary, cacheFile);
  removeOlderVersions(cacheFile);
}

/**
 * Drops this script's caches for earlier builds or runtimes (at most one file per install), and
 * the oldest files past a total, since installs that were removed (temporary `npx` folders, old
 * editor extensions) leave theirs behind.
 */
function removeOlderVersions(cacheFile: string): void {
  const name = path.basename(cacheFile);
  const prefix = name.slice(0, name.lastIndexOf('-') + 1);
  const directory = path.dirname(cacheFile);
  const others: { file: string; modified: number }[] = [];
  for (const other of fs.readdirSync(directory)) {
    if (other === name || !other.endsWith('.cache')) continue;
    const file = path.join(directory, other);
    if (other.startsWith(prefix)) fs.rmSync(file, { force: true });
    else others.push({ file, modified: modifiedAt(file) });
  }
  others.sort((a, b) => b.modified - a.modified);
  for (const { file } of others.slice(FILES_KEPT - 1)) fs.rmSync(file, { force: true });
}

function modifiedAt(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
