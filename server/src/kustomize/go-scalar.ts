import { Scalar } from 'yaml';

/**
 * What a YAML scalar becomes on its way into kustomize's Go types. kustomize turns the file into
 * JSON with sigs.k8s.io/yaml's `YAMLToJSON` without a target type, so go-yaml v2 decides each
 * plain scalar's type on its own (its `resolve`), and encoding/json then refuses a number or a
 * boolean where the struct holds text: `newTag: 3.6` stops `kustomize build` ("cannot unmarshal
 * number into Go struct field Image.images.newTag of type string"). Helm, which passes its struct
 * as the target, turns such a value back into text; kustomize does not.
 */
export type GoScalarType = 'null' | 'bool' | 'int' | 'float' | 'string';

/** go-yaml v2's `resolveMap`: words that are not text. */
const WORDS: ReadonlyMap<string, GoScalarType> = new Map([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE'].map((w) => [w, 'bool'] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE'].map((w) => [w, 'bool'] as const),
  ...['', '~', 'null', 'Null', 'NULL'].map((w) => [w, 'null'] as const),
  ...['.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF'].map(
    (w) => [w, 'float'] as const,
  ),
]);

/** go-yaml v2's `yamlStyleFloat`, which it asks before Go's ParseFloat for a value starting with a digit or sign. */
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** Go's ParseFloat after a leading dot (`.5`, `.5e3`). */
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;
/** Go's `strconv.ParseInt(s, 0, 64)`: decimal, `0x`, `0o`, `0b` and C-style octal, with a sign. */
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$/;
/** go-yaml v2's `parseTimestamp` formats: such values stay text when decoded without a target. */
const TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?$/;

/** The type go-yaml v2 gives a plain (unquoted, untagged) scalar written as `source`. */
export function plainScalarType(source: string): GoScalarType {
  const word = WORDS.get(source);
  if (word) return word;
  const first = source[0] ?? '';
  if (first === '.') return DOT_FLOAT.test(source) ? 'float' : 'string';
  if (!/[-+0-9]/.test(first)) return 'string';
  if (TIMESTAMP.test(source)) return 'string';
  const plain = source.replace(/_/g, '');
  if (GO_INT.test(plain)) return fitsInt(plain) ? 'int' : YAML_STYLE_FLOAT.test(plain) ? 'float' : 'string';
  if (YAML_STYLE_FLOAT.test(plain)) return Number.isFinite(Number(plain)) ? 'float' : 'string';
  if (/^-0b[01]+$/.test(plain)) return 'int';
  return 'string';
}

/** Whether Go's ParseInt or ParseUint takes the value (a 64-bit integer). */
function fitsInt(plain: string): boolean {
  const negative = plain.startsWith('-');
  const digits = plain.replace(/^[-+]/, '');
  let value: bigint;
  if (/^0[xX]/.test(digits)) value = BigInt(digits);
  else if (/^0[bB]/.test(digits)) value = BigInt(digits);
  else if (/^0[oO]/.test(digits)) value = BigInt(`0o${digits.slice(2)}`);
  else if (/^0[0-7]+$/.test(digits)) value = BigInt(`0o${digits.slice(1)}`);
  else value = BigInt(digits);
  return negative ? value <= 2n ** 63n : value < 2n ** 64n;
}

/** The type a scalar node reaches kustomize's Go types with: quoted, block and `!!str` scalars are text. */
export function scalarType(node: Scalar): GoScalarType {
  const tag = node.tag;
  if (tag === 'tag:yaml.org,2002:str' || tag === '!!str' || tag === 'tag:yaml.org,2002:binary') return 'string';
  if (node.type !== Scalar.PLAIN) return 'string';
  if (tag === 'tag:yaml.org,2002:int') return 'int';
  if (tag === 'tag:yaml.org,2002:float') return 'float';
  if (tag === 'tag:yaml.org,2002:bool') return 'bool';
  if (tag === 'tag:yaml.org,2002:null') return 'null';
  return plainScalarType(plainSource(node));
}

/** The text of a plain scalar as written. */
export function plainSource(node: Scalar): string {
  const source = (node as { source?: unknown }).source;
  if (typeof source === 'string') return source;
  return node.value === null ? '' : String(node.value);
}
