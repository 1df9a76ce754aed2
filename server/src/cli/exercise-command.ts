import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getConcept } from '../concepts';
import { closest } from '../config/suggest';
import { localize } from '../engine/rule';
import type { Locale } from '../engine/types';
import { checkExercise, checkReport, EXERCISES, findExercise, type Exercise } from '../exercises';
import { UsageError } from './files';
import type { ParsedArgs } from './main';

const say = (locale: Locale, en: string, ko: string): string => (locale === 'ko' ? ko : en);

/** `cntutor exercises`: every exercise with its course topic, as text or JSON. */
export function runExercises(args: ParsedArgs): number {
  const locale = (args.values.locale as Locale | undefined) ?? 'en';
  const format = args.values.format ?? 'text';
  const rows = EXERCISES.map((e) => ({
    id: e.id,
    topic: e.topic,
    topicNumber: getConcept(e.topic)?.topic,
    title: localize(e.title, locale),
    goal: localize(e.goal, locale),
    file: e.file,
    targets: [...e.targets],
    hints: e.hints.length,
  }));
  if (format === 'json') {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  if (format !== 'text') throw new UsageError(`--format must be text or json, not "${String(format)}"`);
  const idWidth = Math.max(...rows.map((r) => r.id.length));
  for (const row of rows) {
    const topic = `${say(locale, 'topic', '주제')} ${String(row.topicNumber ?? '').padStart(2)}`;
    process.stdout.write(`${row.id.padEnd(idWidth)}  ${topic}  ${row.title}\n`);
  }
  process.stdout.write(
    '\n' +
      say(
        locale,
        'Start one with: cntutor exercise start <id> [folder]',
        '시작하려면: cntutor exercise start <id> [폴더]',
      ) +
      '\n',
  );
  return 0;
}

/** `cntutor exercise start|check|hint|solution ID [...]`. */
export function runExercise(args: ParsedArgs): number {
  const locale = (args.values.locale as Locale | undefined) ?? 'en';
  const [action, id, extra] = args.positionals;
  const actions = ['start', 'check', 'hint', 'show'];
  if (!action || !actions.includes(action))
    throw new UsageError(
      `exercise: say what to do: ${actions.join(', ')} (e.g. cntutor exercise start ${EXERCISES[0]?.id ?? 'ID'})`,
    );
  if (!id) throw new UsageError(`exercise ${action}: name an exercise (list: cntutor exercises)`);
  const exercise = findExercise(id);
  if (!exercise) {
    const suggestion = closest(
      id,
      EXERCISES.map((e) => e.id),
    );
    throw new UsageError(
      `no exercise "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (list: cntutor exercises)`,
    );
  }
  if (action === 'start') return start(exercise, extra ?? exercise.id, args.values.force === true, locale);
  if (action === 'check') return check(exercise, extra ?? exercise.id, locale);
  if (action === 'hint') return hint(exercise, extra, locale);
  process.stdout.write(describe(exercise, locale));
  return 0;
}

function describe(exercise: Exercise, locale: Locale): string {
  const topic = getConcept(exercise.topic, locale);
  return [
    `${localize(exercise.title, locale)} (${exercise.id})`,
    `${say(locale, 'Course topic', '강의 주제')}: ${topic?.topic ?? ''}. ${topic?.title ?? exercise.topic} — cntutor explain ${exercise.topic}`,
    '',
    `${say(locale, 'Goal', '목표')}: ${localize(exercise.goal, locale)}`,
    '',
  ].join('\n');
}

function start(exercise: Exercise, dir: string, force: boolean, locale: Locale): number {
  const file = path.join(dir, exercise.file);
  if (existsSync(file) && !force)
    throw new UsageError(`${file} exists already; give another folder, or --force to start over`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, exercise.start);
  const hintCommand = `cntutor exercise hint ${exercise.id}`;
  const checkCommand = `cntutor exercise check ${exercise.id}${dir === exercise.id ? '' : ` ${dir}`}`;
  process.stdout.write(
    describe(exercise, locale) +
      say(
        locale,
        `Wrote ${file}. Edit it, then run: ${checkCommand}\nStuck? ${hintCommand} (${exercise.hints.length} hints, one at a time)\n`,
        `${file} 파일을 만들었습니다. 고친 뒤 실행하세요: ${checkCommand}\n막히면: ${hintCommand} (힌트 ${exercise.hints.length}개, 하나씩)\n`,
      ),
  );
  return 0;
}

function check(exercise: Exercise, dir: string, locale: Locale): number {
  const file = path.join(dir, exercise.file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}; start the exercise with: cntutor exercise start ${exercise.id} ${dir}`);
  }
  const result = checkExercise(exercise, text, locale);
  const lines = checkReport(exercise, result, locale);
  if (!result.passed) {
    process.stdout.write(`${say(locale, 'Not yet', '아직입니다')}: ${file}\n`);
    process.stdout.write(lines.map((line) => `  ${line}`).join('\n') + '\n');
    process.stdout.write(
      say(locale, `A hint: cntutor exercise hint ${exercise.id}\n`, `힌트: cntutor exercise hint ${exercise.id}\n`),
    );
    return 1;
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(
    say(locale, `Read more: cntutor explain ${exercise.topic}\n`, `더 읽기: cntutor explain ${exercise.topic}\n`),
  );
  return 0;
}

function hint(exercise: Exercise, which: string | undefined, locale: Locale): number {
  const count = exercise.hints.length;
  const n = which === undefined ? 1 : Number(which);
  if (!Number.isInteger(n) || n < 1 || n > count)
    throw new UsageError(`exercise hint: the hint number must be 1 to ${count}, not "${which}"`);
  const text = localize(exercise.hints[n - 1] as Exercise['hints'][number], locale);
  const label = say(locale, `Hint ${n} of ${count}`, `힌트 ${n}/${count}`);
  process.stdout.write(`${label}: ${text}\n`);
  if (n < count)
    process.stdout.write(
      say(
        locale,
        `Next: cntutor exercise hint ${exercise.id} ${n + 1}\n`,
        `다음: cntutor exercise hint ${exercise.id} ${n + 1}\n`,
      ),
    );
  return 0;
}
