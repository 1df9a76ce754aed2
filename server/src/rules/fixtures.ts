import type { Config } from '../engine/config';

/**
 * Fixtures beside each rule. In `fire` texts, ⟦ and ⟧ mark exactly where the rule must report,
 * so a fixture proves both that a rule fires and that its range is right.
 */
export interface FireFixture {
  name: string;
  text: string;
  /** File name to lint the text as, when the default (Dockerfile / manifest.yaml) is not enough. */
  uri?: string;
  /** Settings to lint with, when the defaults are not what the fixture is about (e.g. `kubernetesVersion`). */
  config?: Partial<Config>;
}
export type QuietFixture = FireFixture;
export interface FixFixture {
  name: string;
  text: string;
  /** The text after every fix of this rule has been applied. */
  output: string;
  uri?: string;
  config?: Partial<Config>;
}
export interface RuleFixtures {
  fire: FireFixture[];
  dontFire: QuietFixture[];
  fix?: FixFixture[];
}

export function defineFixtures(fixtures: RuleFixtures): RuleFixtures {
  return fixtures;
}

export const MARK_OPEN = '⟦';
export const MARK_CLOSE = '⟧';
