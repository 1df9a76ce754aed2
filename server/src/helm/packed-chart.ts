/**
 * A packed chart (`charts/common-2.x.tgz`, what `helm dependency build` puts there), read as Helm's
 * loader reads it: a gzip stream holding a tar archive whose entries sit under the chart's folder.
 * fflate inflates it (pure JavaScript, so the browser build can carry it); the tar entries are read
 * here, as POSIX ustar with its name prefix and PAX path records, which is what Go's archive/tar
 * (Helm's `helm package`) and GNU tar write.
 */
import type * as Fflate from 'fflate';

/** Beyond these, an archive is not read (a gzip bomb, or no chart). */
export const MAX_PACKED_BYTES = 4 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;
const MAX_ENTRIES = 2000;
const BLOCK = 512;

export type PackedChart = { folder: string; files: Map<string, string> } | { problem: string };

/** The text files of a packed chart by their path inside its folder (`templates/_names.tpl`). */
export function readPackedChart(bytes: Uint8Array): PackedChart {
  if (bytes.length > MAX_PACKED_BYTES) return { problem: `it is larger than ${MAX_PACKED_BYTES / (1024 * 1024)} MB` };
  const tar = gunzip(bytes);
  if (typeof tar === 'string') return { problem: tar };
  const entries = tarEntries(tar);
  if (typeof entries === 'string') return { problem: entries };
  const files = new Map<string, string>();
  const decoder = new TextDecoder();
  let folder = '';
  for (const [name, data] of entries) {
    // Everything sits under the chart's own folder: `common/templates/_names.tpl`.
    const slash = name.indexOf('/');
    if (slash <= 0 || slash === name.length - 1) continue;
    folder ||= name.slice(0, slash);
    if (name.slice(0, slash) === folder) files.set(name.slice(slash + 1), decoder.decode(data));
  }
  return files.has('Chart.yaml') ? { folder, files } : { problem: 'it holds no Chart.yaml' };
}

class TooLarge extends Error {}

let fflate: typeof Fflate | undefined;

function gunzip(bytes: Uint8Array): Uint8Array | string {
  // A require, not an import: fflate builds its decoding tables as it loads (2–8 ms of every start
  // of the CLI and the language server), and only a chart with packed subcharts needs them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  fflate ??= require('fflate') as typeof Fflate;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new fflate.Gunzip((chunk) => {
    total += chunk.length;
    if (total > MAX_UNPACKED_BYTES) throw new TooLarge();
    chunks.push(chunk);
  });
  try {
    stream.push(bytes, true);
  } catch (error) {
    return error instanceof TooLarge
      ? `it unpacks to more than ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB`
      : 'it is not a gzip archive';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The regular files of a tar archive, by path; a string says why it cannot be read. */
function tarEntries(tar: Uint8Array): [string, Uint8Array][] | string {
  const entries: [string, Uint8Array][] = [];
  let longName: string | undefined;
  for (let offset = 0; offset + BLOCK <= tar.length;) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const size = octal(header.subarray(124, 136));
    if (size === undefined) return 'its tar headers cannot be read';
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + BLOCK;
    if (start + size > tar.length) return 'it ends inside a file';
    const data = tar.subarray(start, start + size);
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = text(data);
      continue;
    }
    if (type === 'g') continue;
    const name = longName ?? ustarName(header);
    longName = undefined;
    if (type !== '0' && type !== '\0' && type !== '7') continue;
    if (entries.length >= MAX_ENTRIES) return `it holds more than ${MAX_ENTRIES} files`;
    entries.push([name.replace(/^\.\//, ''), data]);
  }
  return entries;
}

function text(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end < 0 ? bytes : bytes.subarray(0, end));
}

/** The name field, after the prefix field of a POSIX ustar header. */
function ustarName(header: Uint8Array): string {
  const name = text(header.subarray(0, 100));
  const ustar = text(header.subarray(257, 263)) === 'ustar';
  const prefix = ustar ? text(header.subarray(345, 500)) : '';
  return prefix ? `${prefix}/${name}` : name;
}

function octal(field: Uint8Array): number | undefined {
  const digits = text(field).trim();
  if (!/^[0-7]*$/.test(digits)) return undefined;
  return digits === '' ? 0 : parseInt(digits, 8);
}

/** The `path` record of a PAX extended header (`30 path=a/very/long/name\n`). */
function paxPath(data: Uint8Array): string | undefined {
  let path: string | undefined;
  for (let at = 0; at < data.length;) {
    const space = data.indexOf(0x20, at);
    if (space < 0) break;
    const length = parseInt(new TextDecoder().decode(data.subarray(at, space)), 10);
    if (!Number.isInteger(length) || length <= 0) break;
    const record = new TextDecoder().decode(data.subarray(space + 1, at + length - 1));
    if (record.startsWith('path=')) path = record.slice(5);
    at += length;
  }
  return path;
}
