/**
 * Helm's `fromYaml` and `fromYamlArray`: sigs.k8s.io/yaml reads YAML with yaml.v2 (YAML 1.1
 * scalars), turns it into JSON and decodes that, so every number comes back a float64. The `yaml`
 * package parses the text; plain scalars are then read again by yaml.v2's rules, and anything
 * whose reading could differ (tags, anchors, keys other than strings and integers, bad input,
 * for which Helm returns Go's error text) is unsupported.
 */
import { type Node, isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { RenderFailure } from './failure';
import { checkUnicode } from './go-strings';
import { GoMap, GoSlice, type GoValue, INTERFACE_MAP, INTERFACE_SLICE, newList, newMap } from './values';
import { isTimestamp, plainIntegerKey, resolvePlain } from './yaml-resolve';

const unsupported = (why: string): RenderFailure => RenderFailure.unsupported(`\`fromYaml\` ${why}`);

/** A plain scalar as yaml.v2 reads it, after the JSON round trip. */
function plainValue(source: string): GoValue {
  if (source.includes('\n')) throw unsupported('of a plain scalar spanning lines is not supported.');
  // yaml.v2 keeps a timestamp read into interface{} as the text it was written as.
  if (isTimestamp(source)) return source;
  const value = resolvePlain(source);
  if (typeof value === 'number' && !Number.isFinite(value))
    throw unsupported('of .inf or .nan fails in Helm with a Go error.');
  return value;
}

function convert(node: Node | null, depth: number): GoValue {
  if (depth > 200) throw unsupported('of YAML nested this deeply is not supported.');
  if (node === null) return null;
  if (isAlias(node) || node.anchor !== undefined) throw unsupported('of anchors and aliases is not supported.');
  if (node.tag !== undefined) throw unsupported(`of a value tagged ${node.tag} is not supported.`);
  if (isScalar(node)) {
    if (node.type === 'PLAIN') return plainValue(node.source ?? String(node.value));
    if (typeof node.value !== 'string') throw unsupported('met a scalar it cannot read.');
    if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && /\n/.test(node.source ?? '')) {
      throw unsupported('of a quoted string spanning lines is not supported.');
    }
    return checkUnicode(node.value);
  }
  if (isSeq(node)) return newList(node.items.map((item) => convert(item as Node | null, depth + 1)));
  if (isMap(node)) {
    const entries = new Map<string, GoValue>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const integerKey = key && isScalar(key) && key.type === 'PLAIN' ? plainIntegerKey(key.source ?? '') : undefined;
      const name = integerKey ?? (key && isScalar(key) ? convert(key, depth + 1) : undefined);
      if (typeof name !== 'string') throw unsupported('of a map with a key that is not a string is not supported.');
      if (name === '<<') throw unsupported('of a merge key is not supported.');
      entries.set(name, convert(pair.value as Node | null, depth + 1));
    }
    return newMap(entries);
  }
  throw unsupported('met a node it cannot read.');
}

export function fromYaml(text: string, want: 'map' | 'list'): GoValue {
  if (text.length > 1024 * 1024) throw unsupported('of text this long is not supported.');
  const documents = parseAllDocuments(text, { version: '1.1', uniqueKeys: false, merge: false });
  if (!Array.isArray(documents)) return want === 'map' ? newMap() : newList([]);
  if (documents.length > 1) throw unsupported('of several YAML documents is not supported.');
  const [document] = documents;
  if (!document || document.contents === null) return want === 'map' ? newMap() : newList([]);
  if (document.errors.length > 0 || document.warnings.length > 0) {
    throw unsupported('of YAML that does not parse returns a Go error text not reproduced here.');
  }
  const value = convert(document.contents as Node, 0);
  if (value === null) {
    return want === 'map'
      ? new GoMap(INTERFACE_MAP, 'any', new Map(), true)
      : new GoSlice(INTERFACE_SLICE, 'any', [], true);
  }
  if ((want === 'map' && !(value instanceof GoMap)) || (want === 'list' && !(value instanceof GoSlice))) {
    throw unsupported(`of YAML that is not a ${want === 'map' ? 'map' : 'list'} returns a Go error text.`);
  }
  return value;
}
