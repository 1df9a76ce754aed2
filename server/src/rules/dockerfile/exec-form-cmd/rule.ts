import type { Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import type { ShellParse } from '../../../engine/dockerfile/shell';

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
    en: 'In shell form (`CMD node server.js`) the container runs `/bin/sh -c`, which becomes PID 1 and does not pass signals on, so `docker stop` and Kubernetes wait out the grace period and kill the process. The exec form states the process exactly.',
    ko: '셸 형식(`CMD node server.js`)에서는 컨테이너가 `/bin/sh -c`를 실행하고, 이 셸이 PID 1이 되어 신호를 전달하지 않습니다. 그래서 `docker stop`과 쿠버네티스는 유예 시간이 끝날 때까지 기다렸다가 프로세스를 강제로 죽입니다. exec 형식은 실행할 프로세스를 정확히 적습니다.',
  },
  remediation: {
    en: 'Write the command as a JSON array: `CMD ["node", "server.js"]`.',
    ko: '명령을 JSON 배열로 쓰세요: `CMD ["node", "server.js"]`.',
  },
  peers: { hadolint: ['DL3025'], buildkit: ['JSONArgsRecommended'] },
  example: { bad: 'CMD node server.js', good: 'CMD ["node", "server.js"]' },
  messages: {
    shellForm: {
      en: '{keyword} uses the shell form: the process will not receive stop signals.',
      ko: '{keyword}가 셸 형식을 사용합니다: 프로세스가 종료 신호를 받지 못합니다.',
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
      const edits = execFormEdit(ctx.file.shellOf(instruction), instruction, content);
      ctx.report({
        range: argsRange,
        message: ctx.t('shellForm', { keyword }),
        ...(edits ? { fix: { title: ctx.t('fixTitle'), edits: [{ range: argsRange, newText: edits }] } } : {}),
      });
    }
  },
});

/** Only a single plain command converts without changing meaning; anything shell-like stays as it is. */
function execFormEdit(shell: ShellParse | undefined, instruction: Instruction, content: string): string | undefined {
  if (!shell?.ok || shell.commands.length !== 1 || SHELL_SYNTAX.test(content)) return undefined;
  if (instruction.getRange().start.line !== instruction.getRange().end.line) return undefined;
  const command = shell.commands[0];
  if (!command) return undefined;
  const words = [command.name, ...command.args.map((a) => a.literal)];
  if (words.some((w) => w === undefined || w === '')) return undefined;
  return `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
}
