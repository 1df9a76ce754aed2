import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conceptIds, getConcept } from '../../server/src/concepts';
import { lint } from '../../server/src/engine';
import { SEVERITY_RANK } from '../../server/src/engine/types';
import { checkExercise, checkReport, EXERCISES, findExercise } from '../../server/src/exercises';
import { allRules } from '../../server/src/rules';

const HANGUL = /[\uac00-\ud7a3]/u;
const topics = conceptIds().filter((id) => getConcept(id)?.topic !== undefined);
const ruleIds = new Set(allRules().map((r) => r.id));

describe('exercises', () => {
  it('have unique kebab-case ids and practise every course topic', () => {
    const ids = EXERCISES.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'ids repeat');
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    for (const topic of topics)
      assert.ok(
        EXERCISES.some((e) => e.topic === topic),
        `no exercise on ${topic}`,
      );
    for (const e of EXERCISES) assert.ok(topics.includes(e.topic), `${e.id}: ${e.topic} is not a course topic`);
  });

  for (const exercise of EXERCISES) {
    describe(exercise.id, () => {
      it('targets rules of the catalogue and names a file the linter recognises', () => {
        assert.ok(exercise.targets.length > 0);
        for (const rule of exercise.targets) assert.ok(ruleIds.has(rule), `${rule} is not a rule`);
        assert.ok(lint(exercise.start, `file:///x/${exercise.file}`).kind, `${exercise.file} is not linted`);
      });

      it('has every text in English and Korean, and two or more hints', () => {
        assert.ok(exercise.hints.length >= 2);
        for (const text of [exercise.title, exercise.goal, ...exercise.hints]) {
          assert.ok(text.en.trim(), 'English text missing');
          assert.match(text.ko, HANGUL, `no Korean text for "${text.en}"`);
        }
      });

      it('fails on its starting file, and only for what it teaches', () => {
        const result = checkExercise(exercise, exercise.start);
        assert.equal(result.passed, false);
        for (const target of exercise.targets)
          assert.ok(
            result.remaining.some((f) => f.ruleId === target),
            `the start does not fire ${target}`,
          );
        const loud = lint(exercise.start, `file:///x/${exercise.file}`).findings.filter(
          (f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning && !exercise.targets.includes(f.ruleId),
        );
        assert.deepEqual(
          loud.map((f) => `${f.ruleId}: ${f.message}`),
          [],
          'the start has other problems than the ones to practise',
        );
      });

      it('passes on its solution, which is clean at warning and above', () => {
        const result = checkExercise(exercise, exercise.solution, 'ko');
        assert.deepEqual(
          checkReport(exercise, result, 'en').slice(1),
          [],
          checkReport(exercise, result, 'en').join('\n'),
        );
        assert.equal(result.passed, true);
        const loud = lint(exercise.solution, `file:///x/${exercise.file}`).findings.filter(
          (f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.warning,
        );
        assert.deepEqual(
          loud.map((f) => `${f.ruleId}: ${f.message}`),
          [],
        );
      });

      it('is not solved by deleting the file, or by silencing the finding', () => {
        assert.equal(checkExercise(exercise, '').passed, false);
        const silenced =
          exercise.file === 'Dockerfile'
            ? `# hadolint global ignore=${exercise.targets.join(',')}\n${exercise.start}`
            : exercise.start.replace(
                /^metadata:\n/m,
                `metadata:\n  annotations: { cntutor.dev/ignore: "${exercise.targets.join(',')}" }\n`,
              );
        const result = checkExercise(exercise, silenced);
        assert.equal(result.passed, false);
        assert.equal(result.suppressed, true);
      });
    });
  }

  it('finds an exercise by id', () => {
    const first = EXERCISES[0];
    assert.ok(first);
    assert.equal(findExercise(first.id), first);
    assert.equal(findExercise('no-such-exercise'), undefined);
  });

  it('reports what remains in the chosen language, with particles that fit', () => {
    const exercise = findExercise('controller-owns-pods');
    assert.ok(exercise);
    const report = checkReport(exercise, checkExercise(exercise, exercise.start, 'ko'), 'ko');
    assert.ok(
      report.some((line) => line.includes('`Deployment`가 파일에 남아 있어야 합니다.')),
      report.join('\n'),
    );
  });
});
