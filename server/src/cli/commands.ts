import type { LocalizedText } from '../engine/rule';
import type { Locale } from '../engine/types';
import { VERSION } from '../version';
import { runConcept, runConcepts } from './concept-command';
import { runExercise, runExercises } from './exercise-command';
import { runExplain } from './explain-command';
import { runImages } from './images-command';
import { runLint } from './lint-command';
import type { ParsedArgs } from './main';
import { runRules } from './rules-command';

export interface CommandOption {
  type: 'string' | 'boolean';
  /** What the value looks like, for the help text (`text|json|sarif`, `FILE`). */
  value?: string;
  /** The option may be given more than once; its values come as a list, in order. */
  multiple?: boolean;
  help?: LocalizedText;
}

export interface Command {
  name: string;
  usage: string;
  summary: LocalizedText;
  options: Record<string, CommandOption>;
  run(args: ParsedArgs): number | Promise<number>;
}

const t = (en: string, ko: string): LocalizedText => ({ en, ko });

export const COMMANDS: readonly Command[] = [
  {
    name: 'lint',
    usage: 'cntutor lint [paths... | -] [options]',
    summary: t(
      'Lint Dockerfiles and Kubernetes manifests (files or folders; default: the current folder; - reads standard input).',
      'Dockerfile과 쿠버네티스 매니페스트를 검사합니다(파일이나 폴더, 기본값은 현재 폴더, -는 표준 입력).',
    ),
    options: {
      format: {
        type: 'string',
        value: 'text|json|sarif',
        help: t('output format (default text)', '출력 형식(기본값 text)'),
      },
      config: { type: 'string', value: 'FILE', help: t('project configuration file', '프로젝트 설정 파일') },
      fix: { type: 'boolean', help: t('apply safe fixes in place', '안전한 수정을 파일에 적용') },
      'fix-unsafe': {
        type: 'boolean',
        help: t(
          'also apply fixes that change how the image or workload runs',
          '이미지나 워크로드의 실행 방식을 바꾸는 수정까지 적용',
        ),
      },
      'fail-on': {
        type: 'string',
        value: 'error|warning|info|hint|none',
        help: t(
          'lowest severity that makes the exit code 1 (default warning; none never fails)',
          '종료 코드를 1로 만드는 가장 낮은 심각도(기본값 warning, none이면 실패하지 않음)',
        ),
      },
      kind: {
        type: 'string',
        value: 'dockerfile|kubernetes|compose',
        help: t(
          'lint every named file as this kind, whatever its name',
          '이름과 상관없이 지정한 파일을 이 종류로 검사',
        ),
      },
      'stdin-filename': {
        type: 'string',
        value: 'NAME',
        help: t(
          'the name standard input (-) is reported under, and read as by its name (default <stdin>)',
          '표준 입력(-)을 보고할 이름. 이 이름으로 종류도 판단(기본값 <stdin>)',
        ),
      },
      chart: {
        type: 'string',
        value: 'DIR',
        help: t(
          'the chart rendered into standard input (helm template … | cntutor lint -): findings are reported on its templates (default: the chart in the current folder or a folder of its name)',
          '표준 입력으로 렌더링한 차트(helm template … | cntutor lint -). 결과를 그 템플릿에 보고(기본값: 현재 폴더나 차트 이름 폴더의 차트)',
        ),
      },
      values: {
        type: 'string',
        value: 'FILE',
        multiple: true,
        help: t(
          'render each linted Helm chart with this values file after its values.yaml, as helm template -f does (may be given more than once)',
          '검사하는 헬름 차트를 values.yaml 다음에 이 값 파일로 렌더링(helm template -f처럼. 여러 번 줄 수 있음)',
        ),
      },
      explain: {
        type: 'boolean',
        help: t(
          'explain the first finding of each rule (default in text output)',
          '규칙마다 첫 결과를 설명(text 출력의 기본값)',
        ),
      },
      'no-explain': { type: 'boolean', help: t('print findings only', '결과만 출력') },
      'no-color': { type: 'boolean', help: t('never colour the output', '출력에 색을 쓰지 않음') },
      jobs: {
        type: 'string',
        value: 'N',
        help: t(
          'lint in N threads (default: one per core on large runs); the output is the same',
          'N개의 스레드로 검사(기본값: 큰 작업이면 코어마다 하나). 출력은 같음',
        ),
      },
      timing: {
        type: 'boolean',
        help: t(
          'print the time each rule took, slowest first, on stderr',
          '규칙마다 걸린 시간을 느린 순서로 stderr에 출력',
        ),
      },
    },
    run: runLint,
  },
  {
    name: 'images',
    usage: 'cntutor images [paths...] [--config FILE] [--format text|json] [--locale en|ko]',
    summary: t(
      'List the image links the cross-file rules use: each image, the Dockerfile that builds it, where that is stated, what the image sets (USER, EXPOSE, HEALTHCHECK) and the containers that run it.',
      '파일을 넘나드는 규칙이 쓰는 이미지 링크를 나열합니다: 이미지마다 그것을 만드는 Dockerfile, 그렇게 밝힌 곳, 이미지가 정하는 것(USER, EXPOSE, HEALTHCHECK), 그것을 실행하는 컨테이너.',
    ),
    options: {
      format: { type: 'string', value: 'text|json', help: t('output format (default text)', '출력 형식(기본값 text)') },
      config: { type: 'string', value: 'FILE', help: t('project configuration file', '프로젝트 설정 파일') },
    },
    run: runImages,
  },
  {
    name: 'explain',
    usage: 'cntutor explain <rule-id|concept-id> [--locale en|ko]',
    summary: t(
      'Explain a rule (why, example, fix, concept) or print a concept note.',
      '규칙(이유, 예시, 고치는 법, 개념)을 설명하거나 개념 노트를 출력합니다.',
    ),
    options: {},
    run: runExplain,
  },
  {
    name: 'rules',
    usage: 'cntutor rules [--format text|json|markdown] [--locale en|ko]',
    summary: t('List every rule with its metadata.', '모든 규칙과 메타데이터를 나열합니다.'),
    options: { format: { type: 'string', value: 'text|json|markdown', help: t('output format', '출력 형식') } },
    run: runRules,
  },
  {
    name: 'concepts',
    usage: 'cntutor concepts [--format text|json] [--locale en|ko]',
    summary: t(
      'List the concept notes: course topics and principles, with the rules that teach them.',
      '개념 노트(강의 주제와 원칙)를 그것을 가르치는 규칙과 함께 나열합니다.',
    ),
    options: { format: { type: 'string', value: 'text|json', help: t('output format', '출력 형식') } },
    run: runConcepts,
  },
  {
    name: 'concept',
    usage: 'cntutor concept <concept-id> [--locale en|ko]',
    summary: t('Print one concept note.', '개념 노트 하나를 출력합니다.'),
    options: {},
    run: runConcept,
  },
  {
    name: 'exercises',
    usage: 'cntutor exercises [--format text|json] [--locale en|ko]',
    summary: t(
      'List the exercises: one or more small broken files per course topic to practise on.',
      '연습 문제를 나열합니다. 강의 주제마다 고쳐 볼 작은 파일이 하나 이상 있습니다.',
    ),
    options: { format: { type: 'string', value: 'text|json', help: t('output format', '출력 형식') } },
    run: runExercises,
  },
  {
    name: 'exercise',
    usage: 'cntutor exercise <start|check|hint|show> <id> [folder|hint-number] [--locale en|ko]',
    summary: t(
      'Practise: `start ID [FOLDER]` writes the broken file, `check ID [FOLDER]` says what remains, `hint ID [N]` reveals hint N, `show ID` prints the goal.',
      '연습합니다. `start ID [폴더]`는 고칠 파일을 만들고, `check ID [폴더]`는 남은 문제를 알려 주고, `hint ID [N]`은 N번째 힌트를, `show ID`는 목표를 보여 줍니다.',
    ),
    options: {
      force: {
        type: 'boolean',
        help: t('with start: overwrite the file if it exists', 'start와 함께: 파일이 있으면 덮어쓰기'),
      },
    },
    run: runExercise,
  },
];

const LOCALE_OPTION: CommandOption = { type: 'string', value: 'en|ko', help: t('language of the output', '출력 언어') };

export function commandHelp(command: Command, locale: Locale): string {
  const options = Object.entries({ ...command.options, locale: LOCALE_OPTION }).map(([name, option]) => [
    `--${name}${option.value ? ` ${option.value}` : ''}`,
    option.help?.[locale] ?? '',
  ]);
  const width = Math.max(...options.map(([flag]) => (flag ?? '').length));
  const heading = locale === 'ko' ? '옵션' : 'Options';
  return (
    [
      `${locale === 'ko' ? '사용법' : 'Usage'}: ${command.usage}`,
      '',
      command.summary[locale],
      '',
      `${heading}:`,
      ...options.map(([flag, help]) => `  ${(flag ?? '').padEnd(width)}  ${help}`),
      '  --help'.padEnd(width + 2) + `  ${locale === 'ko' ? '이 도움말' : 'this help'}`,
      '',
      exitCodes(locale),
    ].join('\n') + '\n'
  );
}

export function overallHelp(locale: Locale): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return (
    [
      `cntutor ${VERSION} — ${locale === 'ko' ? 'Cloud Native Tutor: Dockerfile과 쿠버네티스 매니페스트를 검사하고 그 이유를 배웁니다.' : 'Cloud Native Tutor: lint Dockerfiles and Kubernetes manifests, and learn why.'}`,
      '',
      `${locale === 'ko' ? '명령' : 'Commands'}:`,
      ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[locale]}`),
      '',
      locale === 'ko'
        ? '명령마다 --help로 옵션을 볼 수 있습니다(예: cntutor lint --help). --version은 버전을 출력합니다.'
        : 'Each command takes --help for its options (e.g. cntutor lint --help); --version prints the version.',
      '',
      exitCodes(locale),
    ].join('\n') + '\n'
  );
}

function exitCodes(locale: Locale): string {
  return locale === 'ko'
    ? '종료 코드: 0 기준 이상의 결과 없음, 1 결과 있음, 2 사용법이나 설정 오류.'
    : 'Exit codes: 0 no findings at or above the failure threshold, 1 findings, 2 usage or configuration error.';
}
