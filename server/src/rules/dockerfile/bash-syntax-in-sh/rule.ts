import type { ShellCommand } from '../../../engine/dockerfile/shell';
import type { Range } from '../../../engine/types';
import type { DockerfileContext } from '../../../engine/dockerfile/context';
import { defineDockerfileRule } from '../../../engine/rule';
import { runsUnderDash } from '../dash-shell';

/** bash builtins dash does not have: the RUN stops with "<name>: not found". */
const BASH_BUILTINS = new Set(['shopt', 'pushd', 'popd', 'mapfile', 'readarray']);

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
    en: 'A shell-form RUN runs under `/bin/sh -c`, and in Debian, Ubuntu and the official images built on them `/bin/sh` is dash, a plain POSIX shell. What bash adds is not there: `source` and `pushd` are "not found", `[ "$a" == b ]` fails with "unexpected operator", and `mkdir -p /srv/{logs,data}` makes one directory literally named `{logs,data}` — the build goes on with the wrong files. The same line works in a terminal, where the shell is bash, which is why this surprises.',
    ko: '셸 형식의 RUN은 `/bin/sh -c`로 실행되고, Debian, Ubuntu와 그 위에 만든 공식 이미지에서 `/bin/sh`는 순수 POSIX 셸인 dash입니다. bash가 더한 기능은 없습니다: `source`와 `pushd`는 "not found"가 되고, `[ "$a" == b ]`는 "unexpected operator"로 실패하며, `mkdir -p /srv/{logs,data}`는 `{logs,data}`라는 이름의 디렉터리 하나를 만들고 빌드는 잘못된 파일로 계속됩니다. 터미널의 셸은 bash라서 같은 줄이 잘 동작하기 때문에 더 헷갈립니다.',
  },
  remediation: {
    en: 'Write POSIX shell: `.` for `source`, `=` inside `[ ]`, one path per word instead of `{a,b}`. If the step really needs bash, say so with `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before it.',
    ko: 'POSIX 셸 문법으로 쓰세요: `source` 대신 `.`, `[ ]` 안에서는 `=`, `{a,b}` 대신 경로를 하나씩 쓰세요. 정말 bash가 필요하다면 그 앞에 `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`를 써서 드러내세요.',
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
  },
  // The fixes make a RUN that failed run: what it then does is for the author to review.
  fix: 'unsafe',
  check(ctx) {
    for (const step of ctx.file.runs()) {
      if (!step.commands || !runsUnderDash(ctx.file, step)) continue;
      for (const command of step.commands) checkCommand(ctx, command);
    }
  },
});

function checkCommand(ctx: DockerfileContext, command: ShellCommand): void {
  const name = command.name;
  if (name === 'source') {
    // `. file` looks a name without a slash up in PATH only, where bash's source also tries the folder.
    const path = command.args[0]?.literal;
    ctx.report({
      range: command.nameRange,
      message: ctx.t('source'),
      ...(path?.includes('/')
        ? { fix: { title: ctx.t('fixSource'), edits: [{ range: command.nameRange, newText: '.' }] } }
        : {}),
    });
  } else if (BASH_BUILTINS.has(name)) {
    ctx.report({ range: command.nameRange, message: ctx.t('builtin', { name }) });
  } else if (name === '[' || name === 'test') {
    for (const arg of command.args) {
      if (arg.raw !== '==') continue;
      ctx.report({
        range: arg.range,
        message: ctx.t('doubleEquals'),
        fix: { title: ctx.t('fixEquals'), edits: [{ range: arg.range, newText: '=' }] },
      });
    }
  }
  reportBraces(ctx, name, command.nameRange);
  for (const word of command.args) reportBraces(ctx, word.raw, word.range);
}

function reportBraces(ctx: DockerfileContext, raw: string, range: Range): void {
  // Most words have no brace at all, and the RUNs of a file hold thousands of words.
  const braces = raw.includes('{') ? braceExpansion(raw) : undefined;
  if (braces) ctx.report({ range, message: ctx.t('braces', { braces, word: raw }) });
}

/** The first `{a,b}` or `{1..3}` bash would expand in a word as written, outside quotes and `${…}`. */
export function braceExpansion(raw: string): string | undefined {
  let quote: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"') i++;
      continue;
    }
    if (ch === '\\') i++;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '$' && raw[i + 1] === '{') i = closingBrace(raw, i + 1);
    else if (ch === '{') {
      const end = closingBrace(raw, i);
      const inner = raw.slice(i + 1, end);
      if (end < raw.length && /^[^\s'"{}$]*$/.test(inner) && (inner.includes(',') || /^-?\w+\.\.-?\w+$/.test(inner)))
        return raw.slice(i, end + 1);
    }
  }
  return undefined;
}

/** The index of the `}` closing the `{` at `open`, or the end of the word. */
function closingBrace(raw: string, open: number): number {
  let depth = 0;
  for (let i = open; i < raw.length; i++) {
    if (raw[i] === '{') depth++;
    else if (raw[i] === '}' && --depth === 0) return i;
  }
  return raw.length;
}
