import { defineDockerfileRule } from '../../../engine/rule';
import { commandName } from '../support';

export default defineDockerfileRule({
  id: 'no-sudo',
  title: 'Do not use sudo in RUN',
  severity: 'warning',
  concept: 'least-privilege',
  description:
    '`sudo` exists for people at a terminal. In a build it either does nothing (the step already runs as root) or means the image ships sudo and a user allowed to become root, which undoes the point of an unprivileged USER. Its TTY and environment handling also make builds behave unpredictably.',
  remediation:
    'Run privileged steps as root and switch users with the USER instruction: `USER root`, the RUN that needs root, then `USER app`. If a step must drop privileges inside a script, use `gosu` or `su-exec` in the entrypoint.',
  peers: { hadolint: ['DL3004'] },
  example: {
    bad: 'USER app\nRUN sudo apt-get install -y curl',
    good: 'USER root\nRUN apt-get install -y curl\nUSER app',
  },
  messages: {
    sudo: {
      en: 'RUN uses "{command}"; switch with USER instead of sudo.',
      ko: 'RUN이 "{command}"를 사용합니다. sudo 대신 USER로 사용자를 바꾸세요.',
    },
  },
  fixable: false,
  check(ctx) {
    for (const instruction of ctx.instructions) {
      for (const command of ctx.file.runCommands(instruction) ?? []) {
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
