import type { Instruction } from 'dockerfile-ast';
import type { DockerfileContext, ParsedDockerfile, Stage } from '../../../engine/dockerfile/context';
import { defineDockerfileRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { imageName, pipefailShellOf, rootImageOf } from '../stage-shell';
import { arrayRange, asShellLine, baseName, execFormWords, shellSyntaxIn, type ExecWord } from './exec-words';

const KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'HEALTHCHECK']);

export default defineDockerfileRule({
  id: 'exec-form-shell-syntax',
  title: {
    en: 'Write exec-form commands without shell syntax',
    ko: 'exec 형식 명령에 셸 문법 쓰지 않기',
  },
  severity: 'warning',
  concept: 'syntax-and-structure',
  topics: ['containers', 'docker-operations'],
  description: {
    en: 'The exec form (`CMD ["java", "-jar", "app.jar"]`) starts the program with exactly the strings written, and no shell runs in between. So nothing a shell would do happens: `"${JAVA_OPTS}"` reaches the program as those eleven characters, not the variable\'s value (Docker puts ENV values into some instructions while building, never into CMD, ENTRYPOINT, RUN or HEALTHCHECK); `"&&"`, `"|"` or `">"` are arguments, not operators, so the command after them never runs; and `"dotnet restore"` as the first string is looked up as one program name, space included, and the container fails with `executable file not found`. Words of programs that read `$` themselves are left alone: a shell given its script (`sh -c "…"`), awk, jq, envsubst, the inline code of `python -c`, `node -e`, `php -r`, `perl -e`, `ruby -e`, and a Spring Boot property given to `java` as a JVM option (`-Dserver.port=${PORT}`), whose `${…}` Spring resolves from the environment itself.',
    ko: 'exec 형식(`CMD ["java", "-jar", "app.jar"]`)은 적힌 문자열 그대로 프로그램을 시작하며, 그 사이에 셸이 끼지 않습니다. 그래서 셸이 하는 일은 일어나지 않습니다. `"${JAVA_OPTS}"`는 변수의 값이 아니라 그 열한 글자 그대로 프로그램에 전달됩니다(Docker는 빌드할 때 일부 명령어에 ENV 값을 넣지만 CMD, ENTRYPOINT, RUN, HEALTHCHECK에는 넣지 않습니다). `"&&"`, `"|"`, `">"`는 연산자가 아니라 인자이므로 그 뒤의 명령은 실행되지 않습니다. 첫 문자열인 `"dotnet restore"`는 공백까지 포함한 프로그램 이름 하나로 찾으므로 컨테이너가 `executable file not found`로 실패합니다. `$`를 스스로 읽는 프로그램의 인자는 문제 삼지 않습니다: 스크립트를 받은 셸(`sh -c "…"`), awk, jq, envsubst, `python -c`, `node -e`, `php -r`, `perl -e`, `ruby -e`의 인라인 코드, 그리고 `java`에 JVM 옵션으로 준 Spring Boot 속성(`-Dserver.port=${PORT}`)이 그렇습니다. 그 속성의 `${…}`는 Spring이 환경 변수에서 스스로 풉니다.',
  },
  remediation: {
    en: 'Write each argument as its own string. Where a variable or an operator is meant, let a shell run the command: `["/bin/sh", "-c", "exec java $JAVA_OPTS -jar app.jar"]` (`exec` keeps the program as PID 1, so it still receives SIGTERM; in an ENTRYPOINT, end the line with `"$@"` and add `"--"` after it, so CMD\'s words still reach the program), or move the logic into a script the image runs.',
    ko: '인자마다 따로 문자열로 쓰세요. 변수나 연산자가 필요하다면 셸이 명령을 실행하게 하세요: `["/bin/sh", "-c", "exec java $JAVA_OPTS -jar app.jar"]`(`exec`를 쓰면 프로그램이 PID 1로 남아 SIGTERM을 받습니다. ENTRYPOINT라면 줄 끝에 `"$@"`를 쓰고 그 뒤에 `"--"`를 더해 CMD의 단어가 계속 프로그램에 전달되게 하세요). 아니면 그 처리를 이미지가 실행하는 스크립트로 옮기세요.',
  },
  exceptions: {
    en: 'A program that expands `${NAME}` in its own arguments (some servers read their configuration that way) is fine: suppress the finding with `# cntutor ignore=exec-form-shell-syntax` and say so.',
    ko: '자기 인자 속의 `${NAME}`를 스스로 풀어 쓰는 프로그램(설정을 그렇게 읽는 서버도 있습니다)이라면 괜찮습니다. `# cntutor ignore=exec-form-shell-syntax`로 결과를 숨기고 그 이유를 적으세요.',
  },
  peers: {},
  noPeer:
    'hadolint (DL3025) and BuildKit (JSONArgsRecommended) ask for the exec form but do not read what its strings hold; ShellCheck never sees them, since no shell does; Kubernetes linters do not read Dockerfiles.',
  example: {
    bad: 'FROM eclipse-temurin:21.0.5_11-jre\nWORKDIR /app\nCOPY app.jar .\nENV JAVA_OPTS="-Xmx512m"\nUSER 10001\nENTRYPOINT ["java", "${JAVA_OPTS}", "-jar", "app.jar"]\n',
    good: 'FROM eclipse-temurin:21.0.5_11-jre\nWORKDIR /app\nCOPY app.jar .\nENV JAVA_OPTS="-Xmx512m"\nUSER 10001\nENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -jar app.jar \\"$@\\"", "--"]\n',
  },
  messages: {
    variable: {
      en: 'The exec form runs no shell: {program} receives "{word}" as written, not the value of {name}.',
      ko: 'exec 형식은 셸을 거치지 않습니다: {program}{은/는} {name}의 값이 아니라 "{word}"{을/를} 그대로 받습니다.',
    },
    operator: {
      en: 'The exec form runs no shell: "{word}" is an argument of {program}, so what follows it never runs as a command of its own.',
      ko: 'exec 형식은 셸을 거치지 않습니다: "{word}"{은/는} {program}의 인자일 뿐이라 그 뒤는 별도의 명령으로 실행되지 않습니다.',
    },
    space: {
      en: 'The exec form looks up "{word}" as one program name, space included: there is no such program, and the container fails with "executable file not found". Write "{program}" and each argument as strings of their own.',
      ko: 'exec 형식은 "{word}"{을/를} 공백까지 포함한 프로그램 이름 하나로 찾습니다. 그런 프로그램은 없으므로 컨테이너가 "executable file not found"로 실패합니다. "{program}"{과/와} 각 인자를 따로 문자열로 쓰세요.',
    },
    spaceRun: {
      en: 'The exec form looks up "{word}" as one program name, space included: there is no such program, and the build fails with "executable file not found". Write "{program}" and each argument as strings of their own.',
      ko: 'exec 형식은 "{word}"{을/를} 공백까지 포함한 프로그램 이름 하나로 찾습니다. 그런 프로그램은 없으므로 빌드가 "executable file not found"로 실패합니다. "{program}"{과/와} 각 인자를 따로 문자열로 쓰세요.',
    },
    fixSplit: {
      en: 'Write "{program}" and its arguments as separate strings',
      ko: '"{program}"{과/와} 인자를 따로 문자열로 쓰기',
    },
    fixShell: { en: 'Run the command through /bin/sh -c', ko: '명령을 /bin/sh -c로 실행하기' },
  },
  fix: 'unsafe',
  check(ctx) {
    for (const instruction of ctx.instructions) {
      if (!KEYWORDS.has(instruction.getKeyword())) continue;
      const words = execFormWords(instruction, ctx.file.index);
      if (!words) continue;
      // CMD's words follow the ENTRYPOINT's: its program reads them, and `sh -c` takes the first as its script.
      const entrypoint = instruction.getKeyword() === 'CMD' ? entrypointWords(ctx.file, instruction) : [];
      if (!entrypoint) continue;
      const found = shellSyntaxIn([...entrypoint, ...words]).filter((syntax) => words.includes(syntax.word));
      const program = (entrypoint[0] ?? words[0])?.value.trim().split(/\s+/)[0] ?? '';
      // One rewrite of the whole array, offered on the first finding that needs a shell; a CMD
      // rewritten to `/bin/sh -c …` would reach an ENTRYPOINT as its arguments.
      let shellFix =
        entrypoint.length > 0 || found.some((f) => f.kind === 'space')
          ? undefined
          : shellRewrite(ctx, instruction, words);
      for (const syntax of found) {
        const data = { word: syntax.word.value, program: baseName(program) || program };
        if (syntax.kind === 'space') {
          const parts = syntax.word.value.trim().split(/\s+/);
          const split: Fix = {
            title: ctx.t('fixSplit', { program: parts[0] ?? '' }),
            edits: [{ range: syntax.word.range, newText: parts.map((part) => JSON.stringify(part)).join(', ') }],
          };
          ctx.report({
            range: syntax.word.range,
            message: ctx.t(instruction.getKeyword() === 'RUN' ? 'spaceRun' : 'space', data),
            ...(splitsIntoPlainWords(parts) ? { fix: split } : {}),
          });
          continue;
        }
        const message =
          syntax.kind === 'variable' ? ctx.t('variable', { ...data, name: syntax.name }) : ctx.t('operator', data);
        ctx.report({ range: syntax.word.range, message, ...(shellFix ? { fix: shellFix } : {}) });
        shellFix = undefined;
      }
    }
  },
});

/**
 * Official images whose ENTRYPOINT script acts on CMD's first word: redis and the databases drop
 * root only for their server, nginx renders its templates only for `nginx`. A CMD rewritten to
 * `/bin/sh -c …` would still run, but skip that.
 */
const ENTRYPOINT_READS_CMD: ReadonlySet<string> = new Set([
  'redis',
  'postgres',
  'mysql',
  'mariadb',
  'mongo',
  'rabbitmq',
  'memcached',
  'cassandra',
  'nginx',
  'haproxy',
  'wordpress',
]);

function entrypointReadsCmd(file: ParsedDockerfile, instruction: Instruction): boolean {
  const stage = file.stageOf(instruction);
  const image = stage && rootImageOf(file, stage);
  return image !== undefined && ENTRYPOINT_READS_CMD.has(imageName(image));
}

/** Shell builtins, which no exec form can start. */
const BUILTINS: ReadonlySet<string> = new Set(['exec', 'cd', 'source', '.', 'export', 'set', 'eval']);

/**
 * Whether splitting at the spaces gives a program and its arguments as written: `java $JAVA_OPTS`
 * or `exec app` split would still need a shell, and `'a b'` would split inside the quotes.
 */
function splitsIntoPlainWords(parts: readonly string[]): boolean {
  return !BUILTINS.has(parts[0] ?? '') && parts.every((part) => /^[\w@%+=:,./-]+$/.test(part));
}

/**
 * The exec-form ENTRYPOINT a CMD is passed to (the last of its stage, else of the stages it is built
 * FROM), [] when there is none, or undefined for a shell-form one, which runs without CMD.
 */
function entrypointWords(file: ParsedDockerfile, instruction: Instruction): ExecWord[] | undefined {
  const seen = new Set<Stage>();
  for (let stage = file.stageOf(instruction); stage && !seen.has(stage); stage = file.parentStage(stage)) {
    seen.add(stage);
    const entrypoint = stage.instructions.filter((i) => i.getKeyword() === 'ENTRYPOINT').pop();
    if (entrypoint) return execFormWords(entrypoint, file.index);
  }
  return [];
}

/**
 * The same words as a `/bin/sh -c` line, for an image known to have that shell (and no SHELL of its
 * own): `exec` keeps a single program as PID 1, and an ENTRYPOINT passes CMD's words on with "$@".
 */
function shellRewrite(ctx: DockerfileContext, instruction: Instruction, words: readonly ExecWord[]): Fix | undefined {
  if (pipefailShellOf(ctx.file, instruction).kind !== 'image') return undefined;
  if (instruction.getKeyword() === 'CMD' && entrypointReadsCmd(ctx.file, instruction)) return undefined;
  const range = arrayRange(words, ctx.file.index);
  if (!range) return undefined;
  const values = words.map((word) => word.value);
  // The last command of a plain sequence (`a && b`, `a; b`) can replace the shell; a pipeline or a fallback cannot.
  const separators = values.flatMap((value, i) => (/^(&&|\|\||\||;|&)$/.test(value) ? [i] : []));
  const sequence = separators.every((i) => values[i] === '&&' || values[i] === ';');
  const last = separators[separators.length - 1] ?? -1;
  const withExec = sequence ? [...values.slice(0, last + 1), 'exec', ...values.slice(last + 1)] : values;
  const entrypoint = instruction.getKeyword() === 'ENTRYPOINT';
  const line = `${asShellLine(withExec)}${entrypoint ? ' "$@"' : ''}`;
  const array = ['/bin/sh', '-c', line, ...(entrypoint ? ['--'] : [])];
  return {
    title: ctx.t('fixShell'),
    edits: [{ range, newText: `[${array.map((part) => JSON.stringify(part)).join(', ')}]` }],
  };
}
