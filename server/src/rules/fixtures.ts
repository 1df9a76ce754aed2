import type { Config } from '../engine/config';
import type { BuildContext } from '../engine/dockerfile/build-context';

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
  /** What is known about a Dockerfile's build context (its `.dockerignore`); unknown by default. */
  buildContext?: BuildContext;
  /**
   * Other files of the workspace, by name (beside the linted file, `file:///fixture/<name>`), for
   * cross-file rules: the Deployment a Service in the fixture selects, say. Markers go in `text` only.
   */
  files?: Readonly<Record<string, string>>;
}
export type QuietFixture = FireFixture;
export interface FixFixture {
  name: string;
  text: string;
  /** The text after every fix of this rule has been applied. */
  output: string;
  uri?: string;
  config?: Partial<Config>;
  buildContext?: BuildContext;
  files?: Readonly<Record<string, string>>;
}
export interface RuleFixtures {
  fire: FireFixture[];
  dontFire: QuietFixture[];
  fix?: FixFixture[];
}

export function defineFixtures(fixtures: RuleFixtures): RuleFixtures {
  return fixtures;
}

/** Where a fixture's other files live: beside the default manifest, `file:///fixture/<name>`. */
export const FIXTURE_FOLDER = 'file:///fixture/';

export const MARK_OPEN = '⟦';
export const MARK_CLOSE = '⟧';
