import fc from 'fast-check';
import { dockerfileArb, manifestArb } from './generate';
import { checkAll, lintChecked, setupOptions } from './invariants';
import { applyMutations, applyOffsetEdit, clampEdit, editArb, mutationArb } from './mutate';
import type { Seed } from './seeds';
import { DOCKERFILE_SHAPES, reshape, shapesArb, YAML_SHAPES, type Shape } from './shapes';
import { DEFAULT_CONFIG, lint, mergeConfig, type LintResult } from '../../server/src/engine';
import { YamlDocumentCache } from '../../server/src/engine/kubernetes/document-cache';
import { helmProperties } from './helm-properties';

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

/**
 * A seed, drawn half the time from the embedded (and corpus) seeds and half the time evenly across
 * rules and then among that rule's fixture seeds, so a rule with one fixture is fuzzed as often as
 * one with ten, however many rules there are.
 */
export function seedArb(seeds: readonly Seed[]): fc.Arbitrary<Seed> {
  const plain = seeds.filter((s) => !s.rule);
  const byRule = new Map<string, Seed[]>();
  for (const seed of seeds) if (seed.rule) byRule.set(seed.rule, [...(byRule.get(seed.rule) ?? []), seed]);
  const groups = [...byRule.values()];
  const choices: fc.WeightedArbitrary<Seed>[] = [];
  if (plain.length > 0) choices.push({ weight: 1, arbitrary: fc.constantFrom(...plain) });
  if (groups.length > 0)
    choices.push({ weight: 1, arbitrary: fc.constantFrom(...groups).chain((group) => fc.constantFrom(...group)) });
  return fc.oneof(...choices);
}

const kindOf = (seed: Seed): 'dockerfile' | 'yaml' => (/\.ya?ml$/i.test(seed.uri) ? 'yaml' : 'dockerfile');

/** A seed in one of the layouts of shapes.ts (or as written, when no shape is drawn). */
function shapedArb(
  seeds: readonly Seed[],
  maxShapes: number,
): fc.Arbitrary<{ seed: Seed; shapes: Shape[]; text: string }> {
  return seedArb(seeds).chain((seed) =>
    shapesArb(kindOf(seed) === 'yaml' ? YAML_SHAPES : DOCKERFILE_SHAPES, maxShapes).map((shapes) => ({
      seed,
      shapes,
      text: reshape(seed.text, kindOf(seed), shapes),
    })),
  );
}

/** A seed, perhaps reshaped, with a few mutations applied on top. */
function mutatedArb(seeds: readonly Seed[], donors: readonly string[], maxMutations = 6) {
  return fc
    .tuple(shapedArb(seeds, 2), fc.array(mutationArb, { minLength: 1, maxLength: maxMutations }))
    .map(([shaped, mutations]) => ({ ...shaped, mutations, text: applyMutations(shaped.text, mutations, donors) }));
}

/**
 * Every rule's fixture seeds in turn, each in one layout (the shape and its place follow from the
 * seed number): random drawing alone may miss a rule's fix for a given seed, this sweep never does.
 */
function everyFixtureSeed(all: readonly Seed[]): NamedProperty {
  const fixtures = all.filter((seed) => seed.rule);
  return {
    name: 'every fixture seed, reshaped',
    runs: fixtures.length,
    check(parameters) {
      const start = parameters.seed ?? 0;
      const runs = parameters.numRuns ?? fixtures.length;
      for (let i = 0; i < runs; i++) {
        const seed = fixtures[i % fixtures.length] as Seed;
        const ops = kindOf(seed) === 'yaml' ? YAML_SHAPES : DOCKERFILE_SHAPES;
        const shape: Shape = { op: ops[(start + i) % ops.length] as Shape['op'], pick: start + i };
        try {
          checkAll(reshape(seed.text, kindOf(seed), [shape]), seed.uri, seed);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`${seed.name}, shape ${JSON.stringify(shape)}:\n${reason}`);
        }
      }
    },
  };
}

export function engineProperties(seeds: SeedSet): NamedProperty[] {
  const all = [...seeds.dockerfiles, ...seeds.manifests];
  const donors = all.map((s) => s.text);
  return [
    named(
      'mutated Dockerfiles',
      2500,
      fc.property(mutatedArb(seeds.dockerfiles, donors), ({ seed, text }) => {
        checkAll(text, seed.uri, seed);
      }),
    ),
    named(
      'mutated manifests',
      2500,
      fc.property(mutatedArb(seeds.manifests, donors), ({ seed, text }) => {
        checkAll(text, seed.uri, seed);
      }),
    ),
    named(
      'reshaped Dockerfiles',
      600,
      fc.property(shapedArb(seeds.dockerfiles, 4), ({ seed, text }) => {
        checkAll(text, seed.uri, seed);
      }),
    ),
    named(
      'reshaped manifests',
      900,
      fc.property(shapedArb(seeds.manifests, 4), ({ seed, text }) => {
        checkAll(text, seed.uri, seed);
      }),
    ),
    everyFixtureSeed([...seeds.dockerfiles, ...seeds.manifests]),
    named(
      'mutated text linted as the other kind',
      1000,
      fc.property(mutatedArb(all, donors, 3), ({ seed, text }) => {
        checkAll(text, kindOf(seed) === 'dockerfile' ? 'swapped.yaml' : 'Dockerfile');
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
      fc.property(
        dockerfileArb,
        fc.constantFrom(...DOCKERFILE_URIS),
        shapesArb(DOCKERFILE_SHAPES, 2),
        (raw, uri, shapes) => {
          const result = checkAll(reshape(raw, 'dockerfile', shapes), uri);
          if (result.kind !== 'dockerfile') throw new Error(`linted as ${String(result.kind)}`);
        },
      ),
    ),
    named(
      'generated manifests',
      750,
      fc.property(manifestArb, shapesArb(YAML_SHAPES, 2), (raw, shapes) => {
        const result = checkAll(reshape(raw, 'yaml', shapes), 'manifest.yaml');
        if (result.kind !== 'kubernetes') throw new Error(`linted as ${String(result.kind)}`);
      }),
    ),
    named(
      'random edit sequences',
      750,
      fc.property(
        shapedArb(all, 2),
        fc.array(editArb, { minLength: 1, maxLength: 12 }),
        ({ seed, text: start }, edits) => {
          // The server keeps a document cache per file; with it, results must equal a fresh lint.
          const yamlCache = new YamlDocumentCache();
          const config = seed.config ? mergeConfig(seed.config) : DEFAULT_CONFIG;
          let text = start;
          for (const edit of edits) {
            text = applyOffsetEdit(text, clampEdit(text, edit));
            const fresh = lintChecked(text, seed.uri, seed);
            const cached = lint(text, seed.uri, config, { yamlCache, ...setupOptions(text, seed.uri, seed) });
            // Both read document by document; only a directive (`%YAML`) makes a fresh lint read the text whole.
            const directive = /^%/m.test(text);
            if (!directive && summary(cached) !== summary(fresh)) {
              throw new Error(`cached lint differs:\n${summary(cached)}\nfresh:\n${summary(fresh)}\ntext:\n${text}`);
            }
          }
          checkAll(text, seed.uri, seed);
        },
      ),
    ),
    ...helmProperties(),
  ];
}

export function totalRuns(properties: readonly NamedProperty[], scale = 1): number {
  return properties.reduce((sum, p) => sum + Math.max(1, Math.round(p.runs * scale)), 0);
}
