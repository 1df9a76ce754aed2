import type { Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import type { ParsedDockerfile } from '../../../engine/dockerfile/context';
import { stageChain } from '../stages';
import type { ShellParse, ShellWord } from '../../../engine/dockerfile/shell';

const SHELL_SYNTAX = /[$`|&;<>(){}*?~\\'"#]|\s-c\s/;

export default defineDockerfileRule({
  id: 'exec-form-cmd',
  title: {
    en: 'Use the exec form for CMD and ENTRYPOINT',
    ko: 'CMD와 ENTRYPOINT는 exec 형식으로 쓰기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['containers', 'docker-operations'],
  description: {
    en: 'In shell form (`CMD node server.js`) the container runs `/bin/sh -c`, which becomes PID 1 and does not pass signals on, so `docker stop` and Kubernetes wait out the grace period and kill the process. The exec form states the process exactly. The rewrite of a CMD runs the same words without the shell; the rewrite of an ENTRYPOINT changes more, since the exec form receives CMD and the arguments of `docker run` or a Pod’s `args`, which the shell form drops, so it is offered to a person rather than applied on save, as is the rewrite of a CMD under an exec-form ENTRYPOINT the Dockerfile sets, whose arguments it becomes (`node server.js` rather than `/bin/sh -c "node server.js"`). `HEALTHCHECK CMD` is left alone: Docker runs each check as a process of its own beside PID 1, so a shell there holds back no signal, and Docker’s reference writes `HEALTHCHECK CMD curl -f http://localhost/ || exit 1` itself.',
    ko: '셸 형식(`CMD node server.js`)에서는 컨테이너가 `/bin/sh -c`를 실행하고, 이 셸이 PID 1이 되어 신호를 전달하지 않습니다. 그래서 `docker stop`과 쿠버네티스는 유예 시간이 끝날 때까지 기다렸다가 프로세스를 강제로 죽입니다. exec 형식은 실행할 프로세스를 정확히 적습니다. CMD를 바꿔 쓰면 같은 단어를 셸 없이 실행할 뿐이지만, ENTRYPOINT를 바꿔 쓰면 더 많은 것이 달라집니다: exec 형식은 셸 형식이 버리는 CMD와 `docker run`의 인자, 파드의 `args`를 받으므로, 저장할 때 적용하지 않고 사람이 고르도록 제안합니다. Dockerfile이 정한 exec 형식 ENTRYPOINT 아래의 CMD도 그렇습니다: CMD는 그 ENTRYPOINT의 인자가 되므로(`/bin/sh -c "node server.js"` 대신 `node server.js`) 인자가 달라집니다. `HEALTHCHECK CMD`는 문제 삼지 않습니다: Docker는 검사마다 PID 1과 따로 프로세스를 실행하므로 그 셸은 어떤 신호도 막지 않으며, Docker 레퍼런스도 `HEALTHCHECK CMD curl -f http://localhost/ || exit 1`이라고 씁니다.',
  },
  remediation: {
    en: 'Write the command as a JSON array: `CMD ["node", "server.js"]`, `ENTRYPOINT ["/app", "serve"]`. When you need shell features, say so explicitly with `["/bin/sh", "-c", "…"]` or move them into a script.',
    ko: '명령을 JSON 배열로 쓰세요: `CMD ["node", "server.js"]`, `ENTRYPOINT ["/app", "serve"]`. 셸 기능이 필요하다면 `["/bin/sh", "-c", "…"]`로 드러내 쓰거나 스크립트로 옮기세요.',
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
    fixTitle: { en: 'Convert to exec form', ko: 'exec 형식으로 바꾸기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const instruction of ctx.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword !== 'CMD' && keyword !== 'ENTRYPOINT') continue;
      const argsRange = instruction.getArgumentsRange();
      const content = instruction.getRawArgumentsContent();
      if (!argsRange || !content || content.trimStart().startsWith('[')) continue;
      const words = execWords(ctx.file.shellOf(instruction), instruction, content);
      ctx.report({
        range: argsRange,
        message: ctx.t('shellForm', { keyword }),
        ...(words
          ? {
              fix: {
                title: ctx.t('fixTitle'),
                edits: [{ range: argsRange, newText: words }],
                // A shell-form ENTRYPOINT drops CMD and the run's arguments; the exec form appends them.
                // Under an ENTRYPOINT of the Dockerfile, CMD's words become its arguments: other ones.
                ...(keyword === 'ENTRYPOINT' || entrypointBefore(ctx.file, instruction)
                  ? { safety: 'unsafe' as const }
                  : {}),
              },
            }
          : {}),
      });
    }
  },
});

/**
 * An exec-form ENTRYPOINT of this Dockerfile in effect for the instruction: anywhere in its stage,
 * or in a stage it builds on. A shell-form ENTRYPOINT ignores CMD, so the rewrite changes nothing there.
 */
function entrypointBefore(file: ParsedDockerfile, instruction: Instruction): boolean {
  const stage = file.stageOf(instruction);
  if (!stage) return false;
  return stageChain(file, stage).some((s) => s.instructions.some((i) => i !== instruction && isExecEntrypoint(i)));
}

function isExecEntrypoint(instruction: Instruction): boolean {
  if (instruction.getKeyword() !== 'ENTRYPOINT') return false;
  return (instruction.getRawArgumentsContent() ?? '').trimStart().startsWith('[');
}

/** The JSON array for a single plain command; anything shell-like stays as it is. */
function execWords(shell: ShellParse | undefined, instruction: Instruction, content: string): string | undefined {
  if (!shell?.ok || shell.commands.length !== 1 || SHELL_SYNTAX.test(content)) return undefined;
  if (instruction.getRange().start.line !== instruction.getRange().end.line) return undefined;
  const command = shell.commands[0];
  if (!command) return undefined;
  const words: (string | undefined)[] = [command.name, ...command.args.map((a: ShellWord) => a.literal)];
  if (words.length === 0 || words.some((w) => w === undefined || w === '')) return undefined;
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}
