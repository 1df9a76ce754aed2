import { lint } from '../engine';
import { mergeConfig } from '../engine/config';
import { particle } from '../engine/korean';
import { localize } from '../engine/rule';
import type { Finding, Locale } from '../engine/types';
import { CLUSTER_EXERCISES } from './cluster-exercises';
import { DOCKERFILE_EXERCISES } from './dockerfile-exercises';
import { KUBERNETES_EXERCISES } from './kubernetes-exercises';
import type { Exercise } from './types';

export type { Exercise } from './types';

/** Every exercise, in the order of the course topics they practise. */
export const EXERCISES: readonly Exercise[] = [
  ...KUBERNETES_EXERCISES.filter((e) => e.topic === 'virtualization'),
  ...DOCKERFILE_EXERCISES.filter((e) => e.topic === 'linux-filesystem'),
  ...DOCKERFILE_EXERCISES.filter((e) => e.topic === 'containers'),
  ...KUBERNETES_EXERCISES.filter((e) => e.topic === 'containers'),
  ...DOCKERFILE_EXERCISES.filter((e) => !['linux-filesystem', 'containers'].includes(e.topic)),
  ...KUBERNETES_EXERCISES.filter((e) => !['virtualization', 'containers'].includes(e.topic)),
  ...CLUSTER_EXERCISES,
];

export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}

/** Findings that mean the file no longer parses or no longer fits its schema. */
const VALIDITY_RULES = new Set(['dockerfile-syntax', 'yaml-syntax', 'kubernetes-schema', 'file-too-large']);

/** Comments and annotations that silence a finding: an exercise is solved by fixing, not hiding. */
const SUPPRESSION =
  /(hadolint|cntutor)\s+(global\s+)?ignore\s*=|check=skip=|kube-linter\.io\/ignore|ignore-check\.kube-linter\.io|kube-score\/ignore|polaris\.fairwinds\.com\/|cntutor\.dev\/ignore/i;

export interface ExerciseCheck {
  passed: boolean;
  /** Findings of the target rules still in the file. */
  remaining: Finding[];
  /** Syntax and schema errors: the file must stay valid. */
  invalid: Finding[];
  /** Kinds or instructions the file must keep but no longer has. */
  missing: string[];
  /** Whether the file silences findings instead of fixing them. */
  suppressed: boolean;
}

/** Linted with every rule at its default, whatever a project's configuration says. */
export function checkExercise(exercise: Exercise, text: string, locale: Locale = 'en'): ExerciseCheck {
  const uri = `file:///exercise/${exercise.file}`;
  const findings = lint(text, uri, mergeConfig({ locale })).findings;
  const remaining = findings.filter((f) => exercise.targets.includes(f.ruleId));
  const invalid = findings.filter((f) => VALIDITY_RULES.has(f.ruleId) && f.severity === 'error');
  const present = exercise.file === 'Dockerfile' ? instructionsIn(text) : kindsIn(text);
  const wanted = exercise.file === 'Dockerfile' ? (exercise.keep.instructions ?? []) : (exercise.keep.kinds ?? []);
  const missing = wanted.filter((name) => !present.has(name));
  const suppressed = SUPPRESSION.test(text);
  return {
    passed: remaining.length === 0 && invalid.length === 0 && missing.length === 0 && !suppressed,
    remaining,
    invalid,
    missing,
    suppressed,
  };
}

function instructionsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/^[ \t]*([A-Za-z]+)[ \t]/gm)].map((m) => (m[1] ?? '').toUpperCase()));
}

function kindsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/^kind:[ \t]*["']?(\w+)/gm)].map((m) => m[1] ?? ''));
}

/** One line per problem, for the CLI and the editor. */
export function checkReport(exercise: Exercise, result: ExerciseCheck, locale: Locale): string[] {
  const ko = locale === 'ko';
  if (result.passed)
    return [ko ? `통과했습니다: ${localize(exercise.title, locale)}` : `Passed: ${localize(exercise.title, locale)}`];
  const at = (f: Finding): string => `${f.range.start.line + 1}:${f.range.start.character + 1}`;
  return [
    ...result.invalid.map((f) => `${at(f)} ${ko ? '파일이 올바르지 않습니다' : 'the file is not valid'}: ${f.message}`),
    ...result.remaining.map((f) => `${at(f)} ${f.ruleId}: ${f.message}`),
    ...result.missing.map((name) =>
      ko ? `\`${name}\`${particle(name, '이/가')} 파일에 남아 있어야 합니다.` : `The file must still contain ${name}.`,
    ),
    ...(result.suppressed
      ? [
          ko
            ? '무시 주석이나 어노테이션을 지우세요. 연습 문제는 숨기지 말고 고쳐서 풉니다.'
            : 'Remove the ignore comments or annotations: an exercise is solved by fixing, not by hiding.',
        ]
      : []),
  ];
}
