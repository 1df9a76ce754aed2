import { defineDockerfileRule } from '../../../engine/rule';
import { runsUnderDash } from '../dash-shell';
import { checkCommand, checkConstruct } from './checks';

export default defineDockerfileRule({
  id: 'bash-syntax-in-sh',
  title: {
    en: 'Write RUN for the shell that runs it',
    ko: 'RUN은 그것을 실행하는 셸의 문법으로 쓰기',
  },
  severity: 'warning',
  concept: 'syntax-and-structure',
  topics: ['docker-operations', 'linux-filesystem'],
  description: {
    en: 'A shell-form RUN runs under `/bin/sh -c`, and in Debian, Ubuntu and the official images built on them `/bin/sh` is dash, a plain POSIX shell. What bash adds is not there. Some of it stops the build (`source: not found`, `Bad substitution` for `${v:0:3}`, `set: Illegal option -o pipefail`); worse, some of it goes on quietly doing something else: `if [[ -f x ]]` is always false, `cmd &> log` runs cmd in the background and empties log, `echo -e` writes "-e" into the file, and `mkdir -p /srv/{logs,data}` makes one directory literally named `{logs,data}`. The same line works in a terminal, where the shell is bash, which is why this surprises.',
    ko: '셸 형식의 RUN은 `/bin/sh -c`로 실행되고, Debian, Ubuntu와 그 위에 만든 공식 이미지에서 `/bin/sh`는 순수 POSIX 셸인 dash입니다. bash가 더한 기능은 없습니다. 일부는 빌드를 멈추고(`source: not found`, `${v:0:3}`의 `Bad substitution`, `set: Illegal option -o pipefail`), 더 나쁘게는 일부가 조용히 다른 일을 하며 계속됩니다: `if [[ -f x ]]`는 늘 거짓이고, `cmd &> log`는 cmd를 백그라운드로 돌리고 log를 비우며, `echo -e`는 "-e"를 파일에 쓰고, `mkdir -p /srv/{logs,data}`는 `{logs,data}`라는 이름의 디렉터리 하나를 만듭니다. 터미널의 셸은 bash라서 같은 줄이 잘 동작하기 때문에 더 헷갈립니다.',
  },
  remediation: {
    en: 'Write POSIX shell: `.` for `source`, `[ … ]` with `=` for `[[ … ]]` and `==`, `> file 2>&1` for `&> file`, `printf` for `echo -e` and `$\'…\'`, one path per word instead of `{a,b}`. If the step really needs bash, say so with `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before it.',
    ko: 'POSIX 셸 문법으로 쓰세요: `source` 대신 `.`, `[[ … ]]`와 `==` 대신 `=`를 쓴 `[ … ]`, `&> file` 대신 `> file 2>&1`, `echo -e`와 `$\'…\'` 대신 `printf`, `{a,b}` 대신 경로를 하나씩 쓰세요. 정말 bash가 필요하다면 그 앞에 `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`를 써서 드러내세요.',
  },
  peers: {},
  noPeer:
    'hadolint reports bash-only syntax only through ShellCheck (its SC3xxx checks, one SC entry in the peer catalogue) and only when it can tell the shell is sh; BuildKit does not read the shell code of RUN.',
  example: {
    bad: 'FROM python:3.12-slim\nRUN python -m venv /opt/venv && source /opt/venv/bin/activate && pip install --no-cache-dir flask==3.0.3\nUSER 1000\nCMD ["/opt/venv/bin/flask", "run"]\n',
    good: 'FROM python:3.12-slim\nRUN python -m venv /opt/venv && . /opt/venv/bin/activate && pip install --no-cache-dir flask==3.0.3\nUSER 1000\nCMD ["/opt/venv/bin/flask", "run"]\n',
  },
  messages: {
    source: {
      en: '`source` is bash\'s: this RUN runs under dash, the image\'s /bin/sh, which fails with "source: not found"; use `.` instead.',
      ko: '`source`는 bash의 명령입니다. 이 RUN은 이미지의 /bin/sh인 dash에서 실행되어 "source: not found"로 실패하므로 `.` 명령을 쓰세요.',
    },
    builtin: {
      en: '`{name}` is a bash builtin: this RUN runs under dash, the image\'s /bin/sh, which fails with "{name}: not found".',
      ko: '`{name}` 명령은 bash 내장 명령입니다. 이 RUN은 이미지의 /bin/sh인 dash에서 실행되어 "{name}: not found"로 실패합니다.',
    },
    doubleEquals: {
      en: 'dash, the image\'s /bin/sh, compares strings in `[ ]` with `=`; `==` makes the test fail with "unexpected operator".',
      ko: '이미지의 /bin/sh인 dash는 `[ ]` 안에서 문자열을 `=`로 비교합니다. `==`를 쓰면 "unexpected operator"로 검사가 실패합니다.',
    },
    braces: {
      en: 'dash, the image\'s /bin/sh, does not expand {braces}: the word stays "{word}", one name with the braces in it.',
      ko: '이미지의 /bin/sh인 dash는 {braces}{을/를} 펼치지 않습니다. 단어는 중괄호가 든 이름 하나인 "{word}"로 남습니다.',
    },
    fixSource: { en: 'Use . instead of source', ko: 'source 대신 . 쓰기' },
    fixEquals: { en: 'Use = instead of ==', ko: '== 대신 = 쓰기' },
    doubleBracket: {
      en: '`[[ … ]]` is bash\'s test: dash, the image\'s /bin/sh, runs `[[` as a command, which is "not found", so as a condition it is simply false and the build goes on. Use `[ … ]`, with `=` and quoted variables.',
      ko: '`[[ … ]]`는 bash의 검사 문법입니다. 이미지의 /bin/sh인 dash는 `[[`를 명령으로 실행하는데 그런 명령은 "not found"이므로, 조건으로 쓰면 그냥 거짓이 되고 빌드는 계속됩니다. `=`와 따옴표로 감싼 변수로 `[ … ]`를 쓰세요.',
    },
    arithmetic: {
      en: '`(( … ))` is bash\'s arithmetic: dash, the image\'s /bin/sh, reads `((` as two subshells and runs what is inside as a command, so `{text}` fails with "not found" or quietly does something else (`((n > 3))` writes a file named 3). Use `$(( … ))` in an assignment (`i=$((i + 1))`) or a test (`[ "$n" -gt 3 ]`).',
      ko: '`(( … ))`는 bash의 산술 명령입니다. 이미지의 /bin/sh인 dash는 `((`를 서브셸 두 개로 읽고 안의 내용을 명령으로 실행하므로, `{text}`{은/는} "not found"로 실패하거나 조용히 다른 일을 합니다(`((n > 3))`는 3이라는 파일을 씁니다). 대입 안의 `$(( … ))`(`i=$((i + 1))`)나 검사(`[ "$n" -gt 3 ]`)를 쓰세요.',
    },
    arithmeticFor: {
      en: '`for (( … ))` is bash\'s loop: dash, the image\'s /bin/sh, stops the RUN with "Bad for loop variable". Loop over words (`for i in 1 2 3`) or count with `while [ "$i" -lt 3 ]`.',
      ko: '`for (( … ))`는 bash의 반복문입니다. 이미지의 /bin/sh인 dash는 "Bad for loop variable"로 RUN을 멈춥니다. 단어 목록을 도는 `for i in 1 2 3`이나 `while [ "$i" -lt 3 ]`로 세세요.',
    },
    functionKeyword: {
      en: "`function` is bash's keyword: dash, the image's /bin/sh, stops the RUN with a syntax error. Define the function as `name() { …; }`.",
      ko: '`function`은 bash의 키워드입니다. 이미지의 /bin/sh인 dash는 문법 오류로 RUN을 멈춥니다. 함수는 `name() { …; }`로 정의하세요.',
    },
    bothOutputs: {
      en: '`{text}` is bash\'s "output and errors to a file": dash, the image\'s /bin/sh, reads `cmd &> file` as `cmd &` — run in the background, unwaited, its failure unseen — and `> file`, which only empties the file. Write `{fixed}`.',
      ko: '`{text}`{은/는} bash의 "출력과 오류를 파일로" 문법입니다. 이미지의 /bin/sh인 dash는 `cmd &> file`을 `cmd &`(기다리지 않는 백그라운드 실행, 실패도 보이지 않음)와 파일을 비우기만 하는 `> file`로 읽습니다. `{fixed}`{으로/로} 쓰세요.',
    },
    descriptorTarget: {
      en: '`{text}` is bash\'s "output and errors to a file": dash, the image\'s /bin/sh, reads what follows `>&` as a descriptor number and stops the RUN with "Bad fd number". Write `{fixed}`.',
      ko: '`{text}`{은/는} bash의 "출력과 오류를 파일로" 문법입니다. 이미지의 /bin/sh인 dash는 `>&` 뒤를 파일 디스크립터 번호로 읽어 "Bad fd number"로 RUN을 멈춥니다. `{fixed}`{으로/로} 쓰세요.',
    },
    pipeBoth: {
      en: '`|&` is bash\'s "pipe output and errors": dash, the image\'s /bin/sh, stops the RUN with a syntax error. Write `2>&1 |`.',
      ko: '`|&`는 bash의 "출력과 오류를 파이프로" 문법입니다. 이미지의 /bin/sh인 dash는 문법 오류로 RUN을 멈춥니다. `2>&1 |`로 쓰세요.',
    },
    hereString: {
      en: '`<<<` is bash\'s here-string: dash, the image\'s /bin/sh, stops the RUN with "redirection unexpected". Pipe the text in: `printf \'%s\\n\' "$text" | cmd`.',
      ko: '`<<<`는 bash의 here-string입니다. 이미지의 /bin/sh인 dash는 "redirection unexpected"로 RUN을 멈춥니다. 텍스트를 파이프로 넘기세요: `printf \'%s\\n\' "$text" | cmd`.',
    },
    processSubstitution: {
      en: '`{text}` is bash\'s process substitution: dash, the image\'s /bin/sh, stops the RUN with "( unexpected". Use a pipe or a temporary file.',
      ko: '`{text}`{은/는} bash의 프로세스 치환입니다. 이미지의 /bin/sh인 dash는 "( unexpected"로 RUN을 멈춥니다. 파이프나 임시 파일을 쓰세요.',
    },
    dollarQuote: {
      en: "`{text}` is bash's quoting: dash, the image's /bin/sh, keeps the `$` as a letter, so the word is a `$` followed by the text as written. Use `printf` for escapes such as `\\n`.",
      ko: '`{text}`{은/는} bash의 따옴표 문법입니다. 이미지의 /bin/sh인 dash는 `$`를 글자로 남기므로 단어는 `$` 뒤에 쓴 그대로의 텍스트가 붙은 것이 됩니다. `\\n` 같은 이스케이프에는 `printf`를 쓰세요.',
    },
    bashExpansion: {
      en: '`{text}` is bash\'s expansion (substrings, replacements, case changes, indirection and arrays are not POSIX): dash, the image\'s /bin/sh, stops the RUN with "Bad substitution".',
      ko: '`{text}`{은/는} bash의 확장입니다(부분 문자열, 치환, 대소문자 변환, 간접 참조, 배열은 POSIX가 아닙니다). 이미지의 /bin/sh인 dash는 "Bad substitution"으로 RUN을 멈춥니다.',
    },
    array: {
      en: 'dash, the image\'s /bin/sh, has no arrays: `{text}` makes the RUN fail ("( unexpected", or "not found" as a command). Keep the values in a plain variable, one per word, or run the step under bash.',
      ko: '이미지의 /bin/sh인 dash에는 배열이 없습니다. `{text}`{은/는} RUN을 실패하게 합니다("( unexpected", 또는 명령으로 읽혀 "not found"). 값을 단어마다 하나씩 평범한 변수에 담거나, 이 단계를 bash로 실행하세요.',
    },
    append: {
      en: '`+=` is bash\'s: dash, the image\'s /bin/sh, runs `{text}` as a command, which is "not found", and the variable keeps its value. Write `{name}="${{name}}…"`.',
      ko: '`+=`는 bash의 문법입니다. 이미지의 /bin/sh인 dash는 `{text}`{을/를} 명령으로 실행해 "not found"가 되고 변수는 그대로입니다. `{name}="${{name}}…"`{으로/로} 쓰세요.',
    },
    echoFlag: {
      en: "dash's echo (the image's /bin/sh) knows no option but `-n`: `echo {flag}` prints \"{flag}\" itself into the output, and reads backslash escapes whether asked or not. Use `printf` for escapes: `printf 'a\\tb\\n'`.",
      ko: 'dash(이미지의 /bin/sh)의 echo는 `-n` 말고는 옵션을 모릅니다. `echo {flag}`{은/는} "{flag}" 자체를 출력에 쓰고, 백슬래시 이스케이프는 요청과 상관없이 해석합니다. 이스케이프에는 `printf`를 쓰세요: `printf \'a\\tb\\n\'`.',
    },
    pipefail: {
      en: 'dash, the image\'s /bin/sh (0.5.12 in Debian 12 and 13 and Ubuntu 24.04), has no pipefail: the RUN stops with "set: Illegal option -o pipefail". Run it under bash instead: `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before it.',
      ko: '이미지의 /bin/sh인 dash(Debian 12와 13, Ubuntu 24.04의 0.5.12)에는 pipefail이 없어 RUN이 "set: Illegal option -o pipefail"로 멈춥니다. 대신 bash로 실행하세요: 그 앞에 `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`.',
    },
    fixBothOutputs: { en: 'Write {fixed}', ko: '{fixed}{으로/로} 쓰기' },
    fixPipeBoth: { en: 'Write 2>&1 | instead of |&', ko: '|& 대신 2>&1 | 쓰기' },
  },
  // The fixes make a RUN that failed run: what it then does is for the author to review.
  fix: 'unsafe',
  check(ctx) {
    for (const step of ctx.file.runs()) {
      if (!runsUnderDash(ctx.file, step)) continue;
      for (const command of step.commands ?? []) checkCommand(ctx, command);
      for (const construct of step.bashOnly) checkConstruct(ctx, construct);
    }
  },
});
