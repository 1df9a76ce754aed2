import type { LocalizedText } from '../engine/rule';

/**
 * A small broken file to practise one idea of the course on. The learner edits it until the
 * findings of the `targets` rules are gone while the file stays valid and keeps its shape.
 */
export interface Exercise {
  /** kebab-case, stable. */
  id: string;
  /** The course-topic note the exercise practises. */
  topic: string;
  /** The file `start` writes: `Dockerfile` or a `.yaml` manifest. */
  file: string;
  title: LocalizedText;
  /** What the learner should achieve, in one or two sentences. */
  goal: LocalizedText;
  /** Revealed one at a time, from a nudge to the answer. */
  hints: readonly LocalizedText[];
  /** Rules whose findings must be gone (rules on the main catalogue). */
  targets: readonly string[];
  /** What the solution must still contain, so deleting the problem is not a solution. */
  keep: { kinds?: readonly string[]; instructions?: readonly string[] };
  start: string;
  /** One file that passes, shipped so a test can prove the exercise can be solved. */
  solution: string;
}

export const t = (en: string, ko: string): LocalizedText => ({ en, ko });
