// A large set of objects as varied as the corpus, for the objects-per-core row: copies of its
// manifests in which each copy's object names and label values carry a suffix of their own, so
// selectors and references match within a copy, as in a repository of many applications, and
// never across copies (identical copies would make every Service select every copy's pods).
// CustomResourceDefinitions are kept once: a repository defines each CRD once, however many custom
// resources use it.
import { isMap, isScalar, isSeq, parseAllDocuments, visit, type Document, type Pair } from 'yaml';

export interface VariedObjects {
  /** One file per copy, each in a folder of its own (as one application's manifests would be). */
  files: { name: string; text: string }[];
  objects: number;
  /** Objects of each kind group, to show the set is as varied as its source. */
  kinds: Record<string, number>;
}

/** Keys whose value names another object of the copy (when it is one of the copy's names). */
const NAME_KEYS = new Set(['name', 'serviceAccountName', 'secretName', 'claimName', 'serviceName']);
/** Keys whose map holds label values. */
const LABEL_MAPS = new Set(['labels', 'matchLabels', 'selector', 'nodeSelector']);
/** Label values are at most 63 characters. */
const MAX_LABEL_VALUE = 63;

export function variedObjects(source: string, atLeast: number): VariedObjects {
  const documents = parseAllDocuments(source, { logLevel: 'silent' }).filter(
    (d) => d.errors.length === 0 && isMap(d.contents) && d.get('kind') !== undefined,
  );
  const isCrd = (d: Document): boolean => d.get('kind') === 'CustomResourceDefinition';
  const names = new Set(documents.map((d) => d.getIn(['metadata', 'name'])).filter((n) => typeof n === 'string'));
  const files: VariedObjects['files'] = [];
  const kinds: Record<string, number> = {};
  let objects = 0;
  for (let copy = 0; objects < atLeast; copy++) {
    const suffix = `-c${copy}`;
    const texts: string[] = [];
    for (const document of documents) {
      if (copy > 0 && isCrd(document)) continue;
      const varied = copy === 0 ? document : withSuffix(document, names, suffix);
      texts.push(varied.toString({ lineWidth: 0 }));
      const kind = String(document.get('kind'));
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      objects++;
    }
    if (texts.length === 0) break;
    files.push({ name: `copy-${copy}/manifests.yaml`, text: texts.join('---\n') });
  }
  return { files, objects, kinds };
}

function withSuffix(document: Document, names: ReadonlySet<unknown>, suffix: string): Document {
  const copy = document.clone();
  visit(copy, {
    Pair(_key, pair: Pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value;
      if (NAME_KEYS.has(key) && isScalar(value) && names.has(value.value))
        value.value = `${String(value.value)}${suffix}`;
      if (LABEL_MAPS.has(key) && isMap(value)) {
        for (const item of value.items) {
          if (isScalar(item.value)) suffixLabel(item.value, suffix);
        }
      }
      // matchExpressions: `values` of an `In` or `NotIn` requirement name label values too.
      if (key === 'values' && isSeq(value)) {
        for (const item of value.items) if (isScalar(item)) suffixLabel(item, suffix);
      }
    },
  });
  return copy;
}

function suffixLabel(scalar: { value: unknown }, suffix: string): void {
  const text = scalar.value;
  if ((typeof text === 'string' || typeof text === 'number') && String(text) !== '') {
    const varied = `${String(text)}${suffix}`;
    if (varied.length <= MAX_LABEL_VALUE) scalar.value = varied;
  }
}
