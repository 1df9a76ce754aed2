import fc from 'fast-check';
import { dockerfileArb, manifestArb } from './generate';
import { checkAll, lintChecked } from './invariants';
import { applyOffsetEdit, clampEdit, editArb, mutatedSeedArb } from './mutate';
import type { Seed } from './seeds';
import { DEFAULT_CONFIG, lint, type LintResult } from '../../server/src/engine';
import { YamlDocumentCache } from '../../server/src/engine/kubernetes/document-cache';

const summary = (result: LintResult): string =>
  result.findings
    .map((f) => `${f.ruleId} ${JSON.stringify(f.range)} ${f.message} ${JSON.stringify(f.fix?.edits ?? null)}`)
    .join('\n');

/**
 * The engine's fuzz properties, shared by the test command (a fixed budget of cases) and
 * scripts/fuzz-long.ts (a configurable one, optionally seeded from a larger corpus).
 */
export interface NamedProperty {
  name: string;
  /** Cases this property gets in the default budget. */
  runs: number;
  /** Runs the property with fast-check's parameters (seed, number of runs, ...). */
  check(parameters: fc.Parameters<unknown>): void;
}

function named<Ts extends unknown[]>(name: string, runs: number, property: fc.IRawProperty<Ts>): NamedProperty {
  return { name, runs, check: (parameters) => fc.assert(property, parameters as fc.Parameters<Ts>) };
}

export interface SeedSet {
  dockerfiles: readonly Seed[];
  manifests: readonly Seed[];
}

const DOCKERFILE_URIS = ['Dockerfile', 'Containerfile', 'build/app.dockerfile', 'Dockerfile.dev'];
const YAML_URIS = ['manifest.yaml', 'k8s/app.yml', 'deploy/templates/x.yaml'];

export function engineProperties(seeds: SeedSet): NamedProperty[] {
  const all = [...seeds.dockerfiles, ...seeds.manifests];
  const donors = all.map((s) => s.text);
  return [
    named(
      'mutated Dockerfiles',
      2500,
      fc.property(mutatedSeedArb(seeds.dockerfiles, donors), ({ seed, text }) => {
        checkAll(text, seed.uri);
      }),
    ),
    named(
      'mutated manifests',
      2500,
      fc.property(mutatedSeedArb(seeds.manifests, donors), ({ seed, text }) => {
        checkAll(text, seed.uri);
      }),
    ),
    named(
      'mutated text linted as the other kind',
      1000,
      fc.property(mutatedSeedArb(all, donors, 3), ({ seed, text }) => {
        checkAll(text, seeds.dockerfiles.includes(seed) ? 'swapped.yaml' : 'Dockerfile');
      }),
    ),
    named(
      'arbitrary strings',
      1500,
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 })),
        fc.constantFrom(...DOCKERFILE_URIS, ...YAML_URIS),
        (text, uri) => {
          checkAll(text, uri);
        },
      ),
    ),
    named(
      'generated Dockerfiles',
      1250,
      fc.property(dockerfileArb, fc.constantFrom(...DOCKERFILE_URIS), (text, uri) => {
        const result = checkAll(text, uri);
        if (result.kind !== 'dockerfile') throw new Error(`linted as ${String(result.kind)}`);
      }),
    ),
    named(
      'generated manifests',
      750,
      fc.property(manifestArb, (text) => {
        const result = checkAll(text, 'manifest.yaml');
        if (result.kind !== 'kubernetes') throw new Error(`linted as ${String(result.kind)}`);
      }),
    ),
    named(
      'random edit sequences',
      750,
      fc.property(fc.constantFrom(...all), fc.array(editArb, { minLength: 1, maxLength: 12 }), (seed, edits) => {
        // The server keeps a document cache per file; with it, results must equal a fresh lint.
        const yamlCache = new YamlDocumentCache();
        let text = seed.text;
        for (const edit of edits) {
          text = applyOffsetEdit(text, clampEdit(text, edit));
          const fresh = lintChecked(text, seed.uri);
          const cached = lint(text, seed.uri, DEFAULT_CONFIG, { yamlCache });
          // Known and accepted: on text with syntax errors (an unclosed quote or `{` running past a `---` line)
          // the cache, which parses document by document, may report the errors differently.
          const broken = fresh.findings.some((f) => f.ruleId === 'yaml-syntax');
          if (!broken && summary(cached) !== summary(fresh)) {
            throw new Error(`cached lint differs:\n${summary(cached)}\nfresh:\n${summary(fresh)}\ntext:\n${text}`);
          }
        }
        checkAll(text, seed.uri);
      }),
    ),
  ];
}

export function totalRuns(properties: readonly NamedProperty[], scale = 1): number {
  return properties.reduce((sum, p) => sum + Math.max(1, Math.round(p.runs * scale)), 0);
}
