import { defineDockerfileRule } from '../../../engine/rule';
import { wordText } from '../package-managers';
import { basename, hasFlag, operandsOf } from '../run-words';

const SYSTEM_SHELLS = new Set(['/bin/sh', '/usr/bin/sh']);

export default defineDockerfileRule({
  id: 'no-shell-relink',
  title: {
    en: 'Choose RUN’s shell with SHELL, not by relinking /bin/sh',
    ko: '/bin/sh를 다시 링크하지 말고 SHELL로 RUN의 셸 고르기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['linux-filesystem', 'docker-architecture'],
  description: {
    en: '`ln -sf /bin/bash /bin/sh` changes the shell of every later RUN, and also of every `#!/bin/sh` script in the image: the distribution’s package scripts and the application’s own, which were written for dash or ash and may now behave differently. It is hidden in a RUN, where a reader does not look for it. The SHELL instruction changes only what RUN, CMD and ENTRYPOINT in shell form use, and says so where it happens.',
    ko: '`ln -sf /bin/bash /bin/sh`는 이후 모든 RUN의 셸뿐 아니라 이미지 안의 모든 `#!/bin/sh` 스크립트의 셸도 바꿉니다. dash나 ash용으로 쓰인 배포판 패키지 스크립트와 애플리케이션의 스크립트가 다르게 동작할 수 있습니다. 게다가 읽는 사람이 찾지 않는 RUN 안에 숨어 있습니다. SHELL 명령어는 셸 형식의 RUN, CMD, ENTRYPOINT가 쓰는 셸만 바꾸고, 바뀌는 자리에서 그렇다고 밝힙니다.',
  },
  remediation: {
    en: 'Remove the link and add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or the shell you need) before the RUNs that need it.',
    ko: '링크를 지우고, 그 셸이 필요한 RUN 앞에 `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`(또는 필요한 셸)를 추가하세요.',
  },
  peers: { hadolint: ['DL4005'] },
  example: {
    bad: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\nRUN source /etc/os-release && echo "$ID" > /id\nUSER nobody\nCMD ["cat", "/id"]\n',
    good: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN source /etc/os-release && echo "$ID" > /id\nUSER nobody\nCMD ["cat", "/id"]\n',
  },
  messages: {
    relink: {
      en: 'This replaces {target} for every later RUN and every #!/bin/sh script; use the SHELL instruction instead.',
      ko: '이 명령은 이후 모든 RUN과 모든 #!/bin/sh 스크립트의 {target}{을/를} 바꿉니다. 대신 SHELL 명령어를 쓰세요.',
    },
  },
  check(ctx) {
    for (const step of ctx.file.runs()) {
      for (const command of step.commands ?? []) {
        if (basename(command.name) !== 'ln' || !hasFlag(command, ['--symbolic'], 's')) continue;
        const operands = operandsOf(command, new Set(['-t', '--target-directory', '-S', '--suffix']));
        const last = operands[operands.length - 1];
        const target = operands.length >= 2 && last ? wordText(last) : undefined;
        if (!target || !SYSTEM_SHELLS.has(target.replace(/\/+$/, ''))) continue;
        ctx.report({ range: command.range, message: ctx.t('relink', { target }) });
      }
    }
  },
});
