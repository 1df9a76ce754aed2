import { defineDockerfileRule } from '../../../engine/rule';
import { commandName } from '../support';

export default defineDockerfileRule({
  id: 'no-sudo',
  title: {
    en: 'Do not use sudo in RUN',
    ko: 'RUN에서 sudo 쓰지 않기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem'],
  description: {
    en: '`sudo` exists for people at a terminal. In a build it either does nothing (the step already runs as root) or means the image ships sudo and a user allowed to become root, which undoes the point of an unprivileged USER. Its TTY and environment handling also make builds behave unpredictably.',
    ko: '`sudo`는 터미널 앞의 사람을 위한 도구입니다. 빌드에서는 아무 일도 하지 않거나(그 단계는 이미 root로 실행됩니다), 이미지에 sudo와 root가 될 수 있는 사용자를 함께 싣게 되어 권한 없는 USER의 의미가 사라집니다. TTY와 환경 변수를 다루는 방식 때문에 빌드가 예측하기 어려워지기도 합니다.',
  },
  remediation: {
    en: 'Run privileged steps as root and switch users with the USER instruction: `USER root`, the RUN that needs root, then `USER app`. If a step must drop privileges inside a script, use `gosu` or `su-exec` in the entrypoint.',
    ko: '권한이 필요한 단계는 root로 실행하고 사용자는 USER 명령어로 바꾸세요: `USER root`, root가 필요한 RUN, 그다음 `USER app`. 스크립트 안에서 권한을 내려놓아야 한다면 엔트리포인트에서 `gosu`나 `su-exec`를 쓰세요.',
  },
  peers: { hadolint: ['DL3004'] },
  example: {
    bad: 'FROM debian:12\nRUN useradd -m app\nUSER app\nRUN sudo mkdir /data && sudo chown app /data\nCMD ["bash", "-c", "ls /data"]\n',
    good: 'FROM debian:12\nRUN useradd -m app && mkdir /data && chown app /data\nUSER app\nCMD ["bash", "-c", "ls /data"]\n',
  },
  messages: {
    sudo: {
      en: 'RUN uses "{command}"; switch with USER instead of sudo.',
      ko: 'RUN이 "{command}"{을/를} 사용합니다. sudo 대신 USER로 사용자를 바꾸세요.',
    },
  },
  check(ctx) {
    for (const step of ctx.file.runs()) {
      for (const command of step.commands ?? []) {
        if (commandName(command) !== 'sudo') continue;
        const target = command.args.find((arg) => !(arg.literal ?? arg.raw).startsWith('-'));
        ctx.report({
          range: command.nameRange,
          message: ctx.t('sudo', { command: target ? `sudo ${target.literal ?? target.raw}` : 'sudo' }),
        });
      }
    }
  },
});
