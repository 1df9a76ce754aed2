/** Go's encoding/json for template data: what Helm's `toJson` writes and `fromJson` reads. */
import { RenderFailure } from './failure';
import { checkUnicode } from './go-strings';
import {
  GoInt,
  GoMap,
  GoSlice,
  GoStruct,
  type GoValue,
  compareGoStrings,
  newList,
  newMap,
  orderedItems,
} from './values';

/** A value json.Marshal refuses (NaN, ±Inf): Helm's toJson and toYaml then give "". */
export class UnencodableValue extends Error {}

/** json.Marshal of a float64: shortest digits, exponent form below 1e-6 and from 1e21, as JavaScript prints. */
export function jsonNumber(value: number): string {
  // The message is the value as Go's strconv writes it, which json.Marshal's error quotes.
  if (!Number.isFinite(value)) throw new UnencodableValue(Number.isNaN(value) ? 'NaN' : value > 0 ? '+Inf' : '-Inf');
  if (Object.is(value, -0)) return '-0';
  return String(value);
}

function jsonString(text: string): string {
  let out = '"';
  for (const char of checkUnicode(text)) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\') out += '\\' + char;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code === 0x08 || code === 0x0c) {
      throw RenderFailure.unsupported('How `toJson` escapes \\b and \\f changed between Go versions.');
    } else if (code < 0x20 || char === '<' || char === '>' || char === '&' || code === 0x2028 || code === 0x2029) {
      out += '\\u' + code.toString(16).padStart(4, '0');
    } else out += char;
  }
  return out + '"';
}

function encode(value: GoValue, depth: number): string {
  if (depth > 200) throw RenderFailure.unsupported('`toJson` of data nested this deeply is not supported.');
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return jsonString(value);
  if (typeof value === 'number') return jsonNumber(value);
  if (value instanceof GoInt) return value.value.toString();
  if (value instanceof GoSlice) {
    if (value.isNil) return 'null';
    return `[${orderedItems(value, 'written as JSON')
      .map((item) => encode(item, depth + 1))
      .join(',')}]`;
  }
  if (value instanceof GoMap) {
    if (value.isNil) return 'null';
    const keys = [...value.entries.keys()].sort(compareGoStrings);
    return `{${keys.map((key) => `${jsonString(key)}:${encode(value.entries.get(key), depth + 1)}`).join(',')}}`;
  }
  if (value instanceof GoStruct) throw RenderFailure.unsupported(`\`toJson\` of ${value.typeName} is not supported.`);
  throw RenderFailure.unsupported('`toJson` of this value is not supported.');
}

/** Helm's toJson: "" when Go cannot encode the value. */
export function toJson(value: GoValue): string {
  try {
    return encode(value, 0);
  } catch (failure) {
    if (failure instanceof UnencodableValue) return '';
    throw failure;
  }
}

/** Sprig's mustToJson: json.Marshal's error where Helm's toJson gives "". */
export function mustToJson(value: GoValue): string {
  try {
    return encode(value, 0);
  } catch (failure) {
    if (failure instanceof UnencodableValue) throw RenderFailure.error(`json: unsupported value: ${failure.message}`);
    throw failure;
  }
}

function fromParsed(data: unknown, depth: number): GoValue {
  if (depth > 200) throw RenderFailure.unsupported('JSON nested this deeply is not supported.');
  if (data === null) return null;
  if (typeof data === 'string') return checkUnicode(data);
  if (typeof data === 'number' || typeof data === 'boolean') return data;
  if (Array.isArray(data)) return newList(data.map((item) => fromParsed(item, depth + 1)));
  const entries = new Map<string, GoValue>();
  for (const [key, item] of Object.entries(data as Record<string, unknown>))
    entries.set(checkUnicode(key), fromParsed(item, depth + 1));
  return newMap(entries);
}

/**
 * json.Unmarshal into a map (Helm's fromJson) or a list (fromJsonArray). On bad input Helm puts
 * Go's error text into the result; that text is not reproduced, so bad input is unsupported.
 */
export function fromJson(text: string, want: 'map' | 'list'): GoValue {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw RenderFailure.unsupported('`fromJson` of invalid JSON returns a Go error text not reproduced here.');
  }
  if (parsed === null)
    return want === 'map'
      ? new GoMap('map[string]interface {}', 'any', new Map(), true)
      : new GoSlice('[]interface {}', 'any', [], true);
  const isList = Array.isArray(parsed);
  if ((want === 'list') !== isList || typeof parsed !== 'object') {
    throw RenderFailure.unsupported(
      `\`fromJson\` of JSON that is not a ${want === 'map' ? 'object' : 'array'} returns a Go error text.`,
    );
  }
  return fromParsed(parsed, 0);
}
