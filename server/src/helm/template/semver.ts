/** Masterminds/semver v3 (3.2), as Sprig's `semver` and `semverCompare` use it. */
import { RenderFailure } from './failure';
import { type FunctionTable, fn, goError, str } from './function-types';
import { GoStruct, type GoMethod, type GoValue, newInt } from './values';

export interface Version {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: string;
  metadata: string;
  original: string;
}

const VERSION =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const UINT64_MAX = 2n ** 64n - 1n;

function segment(text: string | undefined): bigint {
  if (!text) return 0n;
  const value = BigInt(text.replace(/^\./, ''));
  if (value > UINT64_MAX) throw goError(`Error parsing version segment: value out of range`);
  return value;
}

export function parseVersion(text: string): Version {
  const match = VERSION.exec(text);
  if (!match) throw goError('Invalid Semantic Version');
  const pre = match[5] ?? '';
  if (pre !== '' && pre.split('.').some((part) => /^[0-9]+$/.test(part) && part.length > 1 && part.startsWith('0'))) {
    throw goError('Version segment starts with 0');
  }
  return {
    major: segment(match[1]),
    minor: segment(match[2]),
    patch: segment(match[3]),
    pre,
    metadata: match[8] ?? '',
    original: text,
  };
}

const compareNumbers = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

function comparePrePart(s: string, o: string): number {
  if (s === o) return 0;
  if (s === '') return o !== '' ? -1 : 1;
  if (o === '') return 1;
  const sNumber = /^[0-9]+$/.test(s) && BigInt(s) <= UINT64_MAX;
  const oNumber = /^[0-9]+$/.test(o) && BigInt(o) <= UINT64_MAX;
  if (!sNumber && !oNumber) return s > o ? 1 : -1;
  if (!oNumber) return -1;
  if (!sNumber) return 1;
  return BigInt(s) > BigInt(o) ? 1 : -1;
}

function comparePrerelease(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const d = comparePrePart(left[i] ?? '', right[i] ?? '');
    if (d !== 0) return d;
  }
  return 0;
}

export function compareVersions(v: Version, o: Version): number {
  const d = compareNumbers(v.major, o.major) || compareNumbers(v.minor, o.minor) || compareNumbers(v.patch, o.patch);
  if (d !== 0) return d;
  if (v.pre === '' && o.pre === '') return 0;
  if (v.pre === '') return 1;
  if (o.pre === '') return -1;
  return comparePrerelease(v.pre, o.pre);
}

interface Constraint {
  con: Version;
  op: string;
  dirty: boolean;
  minorDirty: boolean;
  patchDirty: boolean;
}

const SPACE = '[\\t\\n\\f\\r ]';
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const CV =
  'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
const CONSTRAINT = new RegExp(`^${SPACE}*(${OPS})${SPACE}*(${CV})${SPACE}*$`);
const RANGE = new RegExp(`${SPACE}*(${CV})${SPACE}+-${SPACE}+(${CV})${SPACE}*`, 'g');
const FIND = new RegExp(`(${OPS})${SPACE}*(${CV})`, 'g');
const VALID = new RegExp(
  `^(${SPACE}*(${OPS})${SPACE}*(${CV})${SPACE}*)((?:${SPACE}+|,${SPACE}*)(${OPS})${SPACE}*(${CV})${SPACE}*)*$`,
);

const isX = (text: string | undefined): boolean => text === 'x' || text === 'X' || text === '*';

function parseConstraint(text: string): Constraint {
  const m = CONSTRAINT.exec(text);
  if (!m) throw goError(`improper constraint: ${text}`);
  const [, op = '', , major = '', minor = '', patch = '', pre = ''] = m;
  let version = m[2] ?? '';
  let dirty = false;
  let minorDirty = false;
  let patchDirty = false;
  if (isX(major) || major === '') {
    version = `0.0.0${pre}`;
    dirty = true;
  } else if (isX(minor.replace(/^\./, '')) || minor === '') {
    minorDirty = dirty = true;
    version = `${major}.0.0${pre}`;
  } else if (isX(patch.replace(/^\./, '')) || patch === '') {
    patchDirty = dirty = true;
    version = `${major}${minor}.0${pre}`;
  }
  let con: Version;
  try {
    con = parseVersion(version);
  } catch {
    throw goError('constraint Parser Error');
  }
  return { con, op, dirty, minorDirty, patchDirty };
}

function parseConstraints(text: string): Constraint[][] {
  if (text.length > 1000) throw RenderFailure.unsupported('Semver constraints this long are not supported.');
  let rewritten = text;
  for (const m of text.matchAll(RANGE)) rewritten = rewritten.replace(m[0], `>= ${m[1]}, <= ${m[11]}`);
  return rewritten.split('||').map((part) => {
    if (!VALID.test(part)) throw goError(`improper constraint: ${part}`);
    const found = [...part.matchAll(FIND)].map((m) => m[0]);
    return (found.length > 0 ? found : [part]).map(parseConstraint);
  });
}

function tilde(v: Version, c: Constraint): boolean {
  if (compareVersions(v, c.con) < 0) return false;
  if (c.con.major === 0n && c.con.minor === 0n && c.con.patch === 0n && !c.minorDirty && !c.patchDirty) return true;
  if (v.major !== c.con.major) return false;
  return !(v.minor !== c.con.minor && !c.minorDirty);
}

function check(v: Version, c: Constraint): boolean {
  const preOnlyInVersion = v.pre !== '' && c.con.pre === '';
  const cmp = compareVersions(v, c.con);
  switch (c.op) {
    case '':
    case '=':
      if (preOnlyInVersion) return false;
      return c.dirty ? tilde(v, c) : cmp === 0;
    case '!=':
      if (c.dirty) {
        if (preOnlyInVersion) return false;
        if (c.con.major !== v.major) return true;
        if (c.con.minor !== v.minor && !c.minorDirty) return true;
        if (c.minorDirty) return false;
        if (c.con.patch !== v.patch && !c.patchDirty) return true;
        if (c.patchDirty) return (v.pre !== '' || c.con.pre !== '') && comparePrerelease(v.pre, c.con.pre) !== 0;
      }
      return cmp !== 0;
    case '>':
      if (preOnlyInVersion) return false;
      if (!c.dirty) return cmp === 1;
      if (v.major !== c.con.major) return v.major > c.con.major;
      if (c.minorDirty) return false;
      if (c.patchDirty) return v.minor > c.con.minor;
      return cmp === 1;
    case '<':
      return !preOnlyInVersion && cmp < 0;
    case '>=':
    case '=>':
      return !preOnlyInVersion && cmp >= 0;
    case '<=':
    case '=<':
      if (preOnlyInVersion) return false;
      if (!c.dirty) return cmp <= 0;
      if (v.major > c.con.major) return false;
      return !(v.major === c.con.major && v.minor > c.con.minor && !c.minorDirty);
    case '~':
    case '~>':
      return !preOnlyInVersion && tilde(v, c);
    case '^':
      if (preOnlyInVersion || cmp < 0) return false;
      if (c.con.major > 0n || c.minorDirty) return v.major === c.con.major;
      if (v.major > 0n) return false;
      if (c.con.minor > 0n || c.patchDirty) return v.minor === c.con.minor;
      if (v.minor > 0n) return false;
      return c.con.patch === v.patch;
  }
  return false;
}

export function semverCompare(constraint: string, version: string): boolean {
  const groups = parseConstraints(constraint);
  const v = parseVersion(version);
  return groups.some((group) => group.every((c) => check(v, c)));
}

function versionObject(v: Version): GoStruct {
  const method = (call: () => GoValue): GoMethod => ({ params: [], call });
  const text = `${v.major}.${v.minor}.${v.patch}${v.pre ? '-' + v.pre : ''}${v.metadata ? '+' + v.metadata : ''}`;
  return new GoStruct(
    '*semver.Version',
    new Map(),
    new Map([
      ['Major', method(() => newInt(v.major, 'uint64'))],
      ['Minor', method(() => newInt(v.minor, 'uint64'))],
      ['Patch', method(() => newInt(v.patch, 'uint64'))],
      ['Prerelease', method(() => v.pre)],
      ['Metadata', method(() => v.metadata)],
      ['Original', method(() => v.original)],
      ['String', method(() => text)],
    ]),
    new Set([
      'Compare',
      'Equal',
      'LessThan',
      'GreaterThan',
      'IncMajor',
      'IncMinor',
      'IncPatch',
      'SetPrerelease',
      'SetMetadata',
      'Check',
    ]),
  );
}

export const SEMVER_FUNCTIONS: FunctionTable = {
  semverCompare: fn(['string', 'string'], ([constraint, version]) => semverCompare(str(constraint), str(version))),
  semver: fn(['string'], ([version]) => versionObject(parseVersion(str(version)))),
};
