/**
 * The library's node classes, made for the fast reader (fast-yaml.ts) without their constructors.
 * Each constructor marks its node's type with `Object.defineProperty`, which V8 runs as a call into
 * the runtime rather than a store: a tenth of reading a manifest went to it (57 ms of opening a
 * 50,000-line file). Here the mark sits on a prototype between the class and the node, where the
 * library's type tests (`isScalar`, `isMap`…) find it all the same, and `instanceof`, the methods
 * and `clone` work as on the library's own nodes.
 */
import { Pair, Scalar, YAMLMap, YAMLSeq, type Schema } from 'yaml';

/** The library's own marks (`yaml/dist/nodes/identity.js`), registered symbols shared by every copy of it. */
const NODE_TYPE = Symbol.for('yaml.node.type');

function markedPrototype<T extends object>(base: T, type: string): T {
  return Object.create(base, { [NODE_TYPE]: { value: Symbol.for(type) } }) as T;
}

const SCALAR = markedPrototype(Scalar.prototype, 'yaml.scalar');
const PAIR = markedPrototype(Pair.prototype, 'yaml.pair');
const MAP = markedPrototype(YAMLMap.prototype, 'yaml.map');
const SEQ = markedPrototype(YAMLSeq.prototype, 'yaml.seq');

export function newScalar(value: unknown): Scalar {
  const scalar = Object.create(SCALAR) as Scalar;
  scalar.value = value;
  return scalar;
}

export function newPair(key: unknown, value: unknown): Pair {
  const pair = Object.create(PAIR) as Pair;
  pair.key = key;
  pair.value = value;
  return pair;
}

export function newMap(schema: Schema): YAMLMap {
  return withSchema(Object.create(MAP) as YAMLMap, schema);
}

export function newSeq(schema: Schema): YAMLSeq {
  return withSchema(Object.create(SEQ) as YAMLSeq, schema);
}

function withSchema<T extends YAMLMap | YAMLSeq>(collection: T, schema: Schema): T {
  // As the library's Collection: a property of its own that copies and JSON leave out.
  Object.defineProperty(collection, 'schema', { value: schema, configurable: true, enumerable: false, writable: true });
  collection.items = [];
  return collection;
}
