import { defineDockerfileRule } from '../../../engine/rule';
import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { commandName } from '../support';

/**
 * Only a `cd` to a fixed path could be a WORKDIR. A directory computed while the RUN executes
 * (`cd "$(mktemp -d)"`, `cd "$tempDir"`) or `cd -` has no WORKDIR equivalent.
 */
function declarable(command: ShellCommand): boolean {
  const target = command.args[0];
  return command.args.length === 1 && target?.literal !== undefined && target.literal !== '-';
}

export default defineDockerfileRule({
  id: 'workdir-not-cd',
  title: {
    en: 'Use WORKDIR instead of cd',
    ko: 'cd 대신 WORKDIR 쓰기',
  },
  severity: 'info',
  concept: 'declarative-specs',
  topics: ['union-filesystem', 'docker-architecture'],
  description: {
    en: 'Each RUN starts in the WORKDIR again, so a `cd` lasts only until the end of its RUN. Declaring the directory with WORKDIR states where the following steps happen, keeps RUN lines short, and carries over to CMD and ENTRYPOINT.',
    ko: 'RUN마다 WORKDIR에서 다시 시작하므로 `cd`는 그 RUN이 끝날 때까지만 유효합니다. WORKDIR로 디렉터리를 선언하면 다음 단계가 어디서 실행되는지 드러나고, RUN 줄이 짧아지며, CMD와 ENTRYPOINT에도 이어집니다.',
  },
  remediation: {
    en: 'Replace `RUN cd /app && make` by `WORKDIR /app` followed by `RUN make`.',
    ko: '`RUN cd /app && make`를 `WORKDIR /app`과 `RUN make`로 바꾸세요.',
  },
  peers: { hadolint: ['DL3003'] },
  example: { bad: 'RUN cd /app && npm ci', good: 'WORKDIR /app\nRUN npm ci' },
  messages: {
    cd: {
      en: 'RUN changes directory with "{command}"; declare it with WORKDIR instead.',
      ko: 'RUN이 "{command}"로 디렉터리를 바꿉니다. 대신 WORKDIR로 선언하세요.',
    },
  },
  check(ctx) {
    for (const instruction of ctx.instructions) {
      // One finding per RUN: the lesson is the same for every cd in it.
      const cd = ctx.file
        .runCommands(instruction)
        ?.find((command) => commandName(command) === 'cd' && declarable(command));
      if (!cd) continue;
      ctx.report({ range: cd.range, message: ctx.t('cd', { command: `cd ${cd.args[0]?.literal ?? ''}` }) });
    }
  },
});
