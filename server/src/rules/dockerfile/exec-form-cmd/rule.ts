import type { Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import type { ShellParse, ShellWord } from '../../../engine/dockerfile/shell';
import type { Range } from '../../../engine/types';

const SHELL_SYNTAX = /[$`|&;<>(){}*?~\\'"#]|\s-c\s/;

export default defineDockerfileRule({
  id: 'exec-form-cmd',
  title: {
    en: 'Use the exec form for CMD, ENTRYPOINT and HEALTHCHECK',
    ko: 'CMD, ENTRYPOINT, HEALTHCHECK는 exec 형식으로 쓰기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['containers', 'docker-operations'],
  description: {
    en: 'In shell form (`CMD node server.js`) the container runs `/bin/sh -c`, which becomes PID 1 and does not pass signals on, so `docker stop` and Kubernetes wait out the grace period and kill the process. The exec form states the process exactly. A shell-form `HEALTHCHECK CMD` starts a shell for every check and fails outright in images without one (distroless, scratch).',
    ko: '셸 형식(`CMD node server.js`)에서는 컨테이너가 `/bin/sh -c`를 실행하고, 이 셸이 PID 1이 되어 신호를 전달하지 않습니다. 그래서 `docker stop`과 쿠버네티스는 유예 시간이 끝날 때까지 기다렸다가 프로세스를 강제로 죽입니다. exec 형식은 실행할 프로세스를 정확히 적습니다. 셸 형식의 `HEALTHCHECK CMD`는 검사할 때마다 셸을 띄우고, 셸이 없는 이미지(distroless, scratch)에서는 아예 실패합니다.',
  },
  remediation: {
    en: 'Write the command as a JSON array: `CMD ["node", "server.js"]`, `HEALTHCHECK CMD ["/app", "health"]`. When you need shell features, say so explicitly with `["/bin/sh", "-c", "…"]` or move them into a script.',
    ko: '명령을 JSON 배열로 쓰세요: `CMD ["node", "server.js"]`, `HEALTHCHECK CMD ["/app", "health"]`. 셸 기능이 필요하다면 `["/bin/sh", "-c", "…"]`로 드러내 쓰거나 스크립트로 옮기세요.',
  },
  peers: { hadolint: ['DL3025'], buildkit: ['JSONArgsRecommended'] },
  example: {
    bad: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD node server.js\n',
    good: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    shellForm: {
      en: '{keyword} uses the shell form: the process will not receive stop signals.',
      ko: '{keyword|이/가} 셸 형식을 사용합니다: 프로세스가 종료 신호를 받지 못합니다.',
    },
    healthcheckShellForm: {
      en: 'HEALTHCHECK CMD uses the shell form: every check starts a shell, and it fails in images without /bin/sh.',
      ko: 'HEALTHCHECK CMD가 셸 형식을 사용합니다: 검사할 때마다 셸을 띄우며, /bin/sh가 없는 이미지에서는 실패합니다.',
    },
    fixTitle: { en: 'Convert to exec form', ko: 'exec 형식으로 바꾸기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const instruction of ctx.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword === 'HEALTHCHECK') {
        const command = healthcheckCommand(instruction);
        if (!command) continue;
        const words = execWords(ctx.file.shellOf(instruction), instruction, command.text, 1);
        ctx.report({
          range: command.range,
          message: ctx.t('healthcheckShellForm'),
          ...(words ? { fix: { title: ctx.t('fixTitle'), edits: [{ range: command.range, newText: words }] } } : {}),
        });
        continue;
      }
      if (keyword !== 'CMD' && keyword !== 'ENTRYPOINT') continue;
      const argsRange = instruction.getArgumentsRange();
      const content = instruction.getRawArgumentsContent();
      if (!argsRange || !content || content.trimStart().startsWith('[')) continue;
      const words = execWords(ctx.file.shellOf(instruction), instruction, content, 0);
      ctx.report({
        range: argsRange,
        message: ctx.t('shellForm', { keyword }),
        ...(words ? { fix: { title: ctx.t('fixTitle'), edits: [{ range: argsRange, newText: words }] } } : {}),
      });
    }
  },
});

/** The shell-form command of `HEALTHCHECK [flags] CMD command`; undefined for NONE and the exec form. */
function healthcheckCommand(instruction: Instruction): { text: string; range: Range } | undefined {
  const [subcommand, first, ...rest] = instruction.getArguments();
  if (!subcommand || !first || subcommand.getValue().toUpperCase() !== 'CMD') return undefined;
  if (first.getValue().startsWith('[')) return undefined;
  const last = rest[rest.length - 1] ?? first;
  const range = { start: first.getRange().start, end: last.getRange().end };
  return { text: [first, ...rest].map((a) => a.getValue()).join(' '), range };
}

/**
 * The JSON array for a single plain command; anything shell-like stays as it is. `skip` drops
 * leading words that are not part of the command (the `CMD` of a HEALTHCHECK).
 */
function execWords(
  shell: ShellParse | undefined,
  instruction: Instruction,
  content: string,
  skip: number,
): string | undefined {
  if (!shell?.ok || shell.commands.length !== 1 || SHELL_SYNTAX.test(content)) return undefined;
  if (instruction.getRange().start.line !== instruction.getRange().end.line) return undefined;
  const command = shell.commands[0];
  if (!command) return undefined;
  const all: (string | undefined)[] = [command.name, ...command.args.map((a: ShellWord) => a.literal)];
  const words = all.slice(skip);
  if (words.length === 0 || words.some((w) => w === undefined || w === '')) return undefined;
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}
