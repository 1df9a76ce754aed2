import type { Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import type { ShellParse } from '../../../engine/dockerfile/shell';

const SHELL_SYNTAX = /[$`|&;<>(){}*?~\\'"#]|\s-c\s/;

export default defineDockerfileRule({
  id: 'exec-form-cmd',
  title: 'Use the exec form for CMD and ENTRYPOINT',
  severity: 'warning',
  concept: 'declarative-specs',
  description:
    'In shell form (`CMD node server.js`) the container runs `/bin/sh -c`, which becomes PID 1 and does not pass signals on, so `docker stop` and Kubernetes wait out the grace period and kill the process. The exec form states the process exactly.',
  remediation: 'Write the command as a JSON array: `CMD ["node", "server.js"]`.',
  peers: { hadolint: ['DL3025'], buildkit: ['JSONArgsRecommended'] },
  example: { bad: 'CMD node server.js', good: 'CMD ["node", "server.js"]' },
  messages: {
    shellForm: {
      en: '{keyword} uses the shell form: the process will not receive stop signals.',
      ko: '{keyword}가 셸 형식을 사용합니다: 프로세스가 종료 신호를 받지 못합니다.',
    },
    fixTitle: { en: 'Convert to exec form', ko: 'exec 형식으로 바꾸기' },
  },
  fixable: true,
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
