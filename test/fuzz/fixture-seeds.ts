import type { Rule } from '../../server/src/engine/rule';
import { allRules } from '../../server/src/rules';
import { defaultUri, loadFixtures, unmark } from '../rules/support';
import type { SeedSet } from './properties';
import type { Seed } from './seeds';
import { defaultFileName } from '../../server/src/rules/file-names';

/**
 * Fuzz seeds taken from every registered rule's own fixtures: the texts that must fire (⟦ ⟧ marks
 * removed) and the inputs of its fix fixtures, with their file name and settings. A new rule is
 * fuzzed as soon as it has fixtures; no seed is written by hand for it.
 */
export function fixtureSeeds(rules: readonly Rule[] = allRules()): SeedSet {
  const dockerfiles: Seed[] = [];
  const manifests: Seed[] = [];
  for (const rule of rules) {
    const fixtures = loadFixtures(rule);
    const uri = defaultFileName(rule.target);
    const seeds = [
      ...fixtures.fire.map((f) => ({ ...f, text: unmark(f.text).text, kind: 'fire' })),
      ...(fixtures.fix ?? []).map((f) => ({ ...f, kind: 'fix' })),
    ].map((f): Seed => ({
      name: `${rule.id} ${f.kind}: ${f.name}`,
      uri: f.uri ?? uri,
      text: f.text,
      rule: rule.id,
      // Opt-in rules are switched on, as their own tests do, so the fuzzers reach them too.
      ...(rule.enabled === false
        ? { config: { ...f.config, rules: { ...f.config?.rules, [rule.id]: 'on' as const } } }
        : f.config
          ? { config: f.config }
          : {}),
      ...(f.buildContext ? { buildContext: f.buildContext } : {}),
      // With other files, the seed is linted where its fixture is, beside them.
      ...(f.files ? { files: f.files, uri: f.uri ?? defaultUri(rule) } : {}),
    }));
    (rule.target === 'dockerfile' ? dockerfiles : manifests).push(...seeds);
  }
  return { dockerfiles, manifests };
}

/** Rules whose fix fixtures change the text: the fuzz run must apply a fix of each. */
export function rulesWithFixFixtures(rules: readonly Rule[] = allRules()): string[] {
  return rules.filter((rule) => (loadFixtures(rule).fix ?? []).some((f) => f.output !== f.text)).map((r) => r.id);
}

/** The embedded seeds with every rule's fixture seeds added. */
export function withFixtureSeeds(seeds: SeedSet): SeedSet {
  const fixtures = fixtureSeeds();
  return {
    dockerfiles: [...seeds.dockerfiles, ...fixtures.dockerfiles],
    manifests: [...seeds.manifests, ...fixtures.manifests],
  };
}
