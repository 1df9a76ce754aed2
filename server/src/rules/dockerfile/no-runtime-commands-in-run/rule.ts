import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { defineDockerfileRule } from '../../../engine/rule';
import { wordText } from '../package-managers';
import { basename, hasFlag, operandsOf } from '../run-words';
import { ownValue } from '../../../engine/own-keys';

type Reason = 'interactive' | 'power' | 'service' | 'mount' | 'ssh' | 'snapshot';

const COMMANDS: Readonly<Record<string, Reason>> = {
  vi: 'interactive',
  vim: 'interactive',
  nvim: 'interactive',
  nano: 'interactive',
  emacs: 'interactive',
  top: 'interactive',
  htop: 'interactive',
  less: 'interactive',
  shutdown: 'power',
  reboot: 'power',
  halt: 'power',
  poweroff: 'power',
  service: 'service',
  systemctl: 'service',
  mount: 'mount',
  ssh: 'ssh',
  free: 'snapshot',
  ps: 'snapshot',
};

/** Editors driven by a script (`vim -es +PlugInstall +qall`, `emacs --batch`) and top in batch mode need no terminal. */
function scripted(command: ShellCommand): boolean {
  if (hasFlag(command, ['--batch', '--headless', '--version', '--help', '--script'], 'esEbn')) return true;
  return command.args.some((word) => (wordText(word) ?? '').startsWith('+'));
}

export default defineDockerfileRule({
  id: 'no-runtime-commands-in-run',
  title: {
    en: 'Keep interactive and service commands out of RUN',
    ko: 'RUN에서 대화형 명령과 서비스 명령 쓰지 않기',
  },
  severity: 'info',
  concept: 'immutable-images',
  topics: ['containers', 'docker-architecture'],
  description: {
    en: 'A RUN is not a running machine: it executes once, without a terminal, and nothing it starts survives into the image. Editors and `top` wait for a terminal that is not there; `service nginx start` as the last step starts a server that stops when the RUN ends; `shutdown` and `mount` need a system the build does not have; `ps` and `free` describe the build host at one moment, not the container; `ssh` to a host makes the image depend on a machine and on keys at build time. Starting a database to load data and using it in the same RUN is fine, and is not reported.',
    ko: 'RUN은 실행 중인 머신이 아닙니다: 터미널 없이 한 번 실행되고, 시작한 것은 이미지에 남지 않습니다. 편집기와 `top`은 없는 터미널을 기다립니다. 마지막 단계의 `service nginx start`는 RUN이 끝나면 멈출 서버를 시작합니다. `shutdown`과 `mount`는 빌드에 없는 시스템이 필요합니다. `ps`와 `free`는 컨테이너가 아니라 한순간의 빌드 호스트를 보여 줍니다. 호스트로 `ssh`하면 이미지가 빌드할 때의 머신과 키에 기대게 됩니다. 같은 RUN에서 데이터베이스를 시작해 데이터를 넣고 쓰는 것은 괜찮으며 알리지 않습니다.',
  },
  remediation: {
    en: 'Start services with CMD or ENTRYPOINT (one process per container), edit files with COPY, `sed` or a heredoc, fetch what the build needs with `RUN --mount=type=ssh` or from a registry, and use `RUN --mount` instead of `mount`.',
    ko: '서비스는 CMD나 ENTRYPOINT로 시작하고(컨테이너마다 프로세스 하나), 파일은 COPY나 `sed`, heredoc으로 고치고, 빌드에 필요한 것은 `RUN --mount=type=ssh`나 레지스트리에서 가져오고, `mount` 대신 `RUN --mount`를 쓰세요.',
  },
  peers: { hadolint: ['DL3001'] },
  example: {
    bad: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends nginx \\\n && rm -rf /var/lib/apt/lists/* \\\n && service nginx start\nUSER www-data\nCMD ["nginx", "-g", "daemon off;"]\n',
    good: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends nginx \\\n && rm -rf /var/lib/apt/lists/*\nUSER www-data\nCMD ["nginx", "-g", "daemon off;"]\n',
  },
  messages: {
    interactive: {
      en: '"{command}" waits for a terminal, and a build has none; change files with COPY, sed or a heredoc.',
      ko: '"{command}"{은/는} 터미널을 기다리지만 빌드에는 터미널이 없습니다. 파일은 COPY, sed, heredoc으로 바꾸세요.',
    },
    power: {
      en: '"{command}" makes no sense in a build: there is no machine to stop.',
      ko: '"{command}"{은/는} 빌드에서 의미가 없습니다: 멈출 머신이 없습니다.',
    },
    service: {
      en: '"{command}" starts a service that stops when this RUN ends; start it with CMD or ENTRYPOINT.',
      ko: '"{command}"{이/가} 시작한 서비스는 이 RUN이 끝나면 멈춥니다. CMD나 ENTRYPOINT로 시작하세요.',
    },
    mount: {
      en: '"{command}" needs privileges a build does not have; use RUN --mount.',
      ko: '"{command}"{은/는} 빌드에 없는 권한이 필요합니다. RUN --mount를 쓰세요.',
    },
    ssh: {
      en: '"{command}" makes the image depend on a remote machine and on keys at build time; use RUN --mount=type=ssh for what the build fetches.',
      ko: '"{command}"{은/는} 이미지를 빌드할 때의 원격 머신과 키에 기대게 합니다. 빌드가 가져올 것은 RUN --mount=type=ssh로 가져오세요.',
    },
    snapshot: {
      en: '"{command}" shows the build host at this moment, not the container; it belongs in a running container, not in RUN.',
      ko: '"{command}"{은/는} 컨테이너가 아니라 이 순간의 빌드 호스트를 보여 줍니다. RUN이 아니라 실행 중인 컨테이너에서 쓰세요.',
    },
  },
  check(ctx) {
    for (const step of ctx.file.runs()) {
      const commands = step.commands ?? [];
      commands.forEach((command, index) => {
        const reason = ownValue(COMMANDS, basename(command.name));
        if (!reason) return;
        if (reason === 'interactive' && scripted(command)) return;
        if (reason === 'service' && !startsServiceLast(command, index, commands)) return;
        if (reason === 'snapshot' && hasFlag(command, ['--version', '--help'], 'V')) return;
        const shown = [command.name, ...command.args.slice(0, 2).map((a) => a.raw)].join(' ');
        ctx.report({ range: command.range, message: ctx.t(reason, { command: shown }) });
      });
    }
  },
});

/** `service x start` (or systemctl start/restart) that nothing later in the RUN uses. */
function startsServiceLast(command: ShellCommand, index: number, commands: readonly ShellCommand[]): boolean {
  const words = operandsOf(command).map((w) => wordText(w) ?? '');
  const starts = basename(command.name) === 'service' ? words[1] : words[0];
  if (starts !== 'start' && starts !== 'restart' && starts !== 'reload') return false;
  return index === commands.length - 1;
}
