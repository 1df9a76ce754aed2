/**
 * The value formats of a label schema (hadolint's `label-schema`), checked offline. SPDX
 * expressions are checked for their grammar, and an identifier only when it is a near miss of a
 * common licence: the full SPDX list changes often and is not shipped.
 */
import type { LabelFormat } from '../../../engine/config';
import { likelyTypoOf } from '../variables';

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const GIT_HASH = /^[0-9a-f]{7,64}$/;
const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Licences common enough that a near miss of one is almost surely a slip. */
const COMMON_LICENSES = [
  'MIT',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'MPL-2.0',
  'ISC',
  'Unlicense',
  'CC0-1.0',
  'EPL-2.0',
  'Zlib',
  'BSL-1.0',
  'PostgreSQL',
  'Python-2.0',
];
/** Identifiers SPDX retired but still accepts. */
const DEPRECATED_IDS = new Set(['GPL-2.0', 'GPL-2.0+', 'GPL-3.0', 'GPL-3.0+', 'LGPL-2.1', 'LGPL-3.0', 'AGPL-3.0']);

/** Undefined when the value fits the format, else the reason it does not. */
export function formatProblem(format: LabelFormat, value: string): 'invalid' | { suggestion: string } | undefined {
  switch (format) {
    case 'text':
      return undefined;
    case 'url':
      return isUrl(value) ? undefined : 'invalid';
    case 'semver':
      return SEMVER.test(value) ? undefined : 'invalid';
    case 'hash':
      return GIT_HASH.test(value) ? undefined : 'invalid';
    case 'rfc3339':
      return RFC3339.test(value) && !Number.isNaN(Date.parse(value.replace(' ', 'T'))) ? undefined : 'invalid';
    case 'email':
      return EMAIL.test(value) ? undefined : 'invalid';
    case 'spdx':
      return spdxProblem(value);
  }
}

function isUrl(value: string): boolean {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) && new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

function spdxProblem(value: string): 'invalid' | { suggestion: string } | undefined {
  const tokens = value.match(/\(|\)|[^\s()]+/g) ?? [];
  let expectOperand = true;
  let depth = 0;
  for (const [i, token] of tokens.entries()) {
    if (token === '(') {
      if (!expectOperand) return 'invalid';
      depth++;
    } else if (token === ')') {
      if (expectOperand || --depth < 0) return 'invalid';
    } else if (token === 'AND' || token === 'OR' || token === 'WITH') {
      if (expectOperand) return 'invalid';
      expectOperand = true;
    } else {
      if (!expectOperand || !/^(?:(?:DocumentRef-[\w.-]+:)?LicenseRef-[\w.-]+|[A-Za-z0-9.-]+\+?)$/.test(token))
        return 'invalid';
      if (tokens[i - 1] !== 'WITH' && !token.includes('Ref-') && !DEPRECATED_IDS.has(token)) {
        const known = COMMON_LICENSES.find((id) => id.toLowerCase() === token.replace(/\+$/, '').toLowerCase());
        const suggestion = known ? undefined : likelyTypoOf(token, COMMON_LICENSES);
        if (suggestion) return { suggestion };
      }
      expectOperand = false;
    }
  }
  return tokens.length === 0 || expectOperand || depth !== 0 ? 'invalid' : undefined;
}
