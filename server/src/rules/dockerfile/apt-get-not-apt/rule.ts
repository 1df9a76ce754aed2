import { defineDockerfileRule } from '../../../engine/rule';

import { ownValue } from '../../../engine/own-keys';
import { availablePackageCalls } from '../base-managers';

/** `apt` subcommands whose apt-get (or apt-cache) spelling does the same thing. */
const SAME_IN: Readonly<Record<string, 'apt-get' | 'apt-cache'>> = {
  install: 'apt-get',
  update: 'apt-get',
  remove: 'apt-get',
  purge: 'apt-get',
  autoremove: 'apt-get',
  clean: 'apt-get',
  autoclean: 'apt-get',
  source: 'apt-get',
  'build-dep': 'apt-get',
  download: 'apt-get',
  satisfy: 'apt-get',
  search: 'apt-cache',
  show: 'apt-cache',
  policy: 'apt-cache',
  depends: 'apt-cache',
  rdepends: 'apt-cache',
};

export default defineDockerfileRule({
  id: 'apt-get-not-apt',
  title: {
    en: 'Use apt-get, not apt, in RUN',
    ko: 'RUN에서는 apt 대신 apt-get 쓰기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['linux-filesystem', 'docker-operations'],
  description: {
    en: '`apt` is the command for people at a terminal: its output, progress bars and even its behaviour may change between releases, and it warns "apt does not have a stable CLI interface" when a script runs it. `apt-get` and `apt-cache` are the stable interfaces meant for scripts such as a Dockerfile. Note that `apt upgrade` also installs new dependencies where `apt-get upgrade` holds them back, so that one is not a plain rename.',
    ko: '`apt`는 터미널 앞의 사람을 위한 명령입니다: 출력과 진행 표시줄, 동작까지 릴리스마다 바뀔 수 있고, 스크립트에서 실행하면 "apt does not have a stable CLI interface" 경고를 냅니다. Dockerfile 같은 스크립트에는 안정된 인터페이스인 `apt-get`과 `apt-cache`를 쓰세요. `apt upgrade`는 새 의존 패키지까지 설치하지만 `apt-get upgrade`는 보류하므로 이름만 바꾸면 되는 경우가 아닙니다.',
  },
  remediation: {
    en: 'Write `apt-get install`, `apt-get update`, `apt-get remove`…, and `apt-cache search`, `apt-cache show`, `apt-cache policy` for queries. For `apt upgrade`, use `apt-get upgrade` (or `apt-get dist-upgrade` when new dependencies must come in).',
    ko: '`apt-get install`, `apt-get update`, `apt-get remove`…로 쓰고, 조회에는 `apt-cache search`, `apt-cache show`, `apt-cache policy`를 쓰세요. `apt upgrade`는 `apt-get upgrade`(새 의존 패키지가 필요하면 `apt-get dist-upgrade`)로 바꾸세요.',
  },
  peers: { hadolint: ['DL3027'] },
  example: {
    bad: 'FROM debian:12\nRUN apt update \\\n && apt install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\nUSER nobody\nCMD ["curl", "--version"]\n',
    good: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\nUSER nobody\nCMD ["curl", "--version"]\n',
  },
  messages: {
    apt: {
      en: '"apt {subcommand}" is meant for terminals, not scripts; use {replacement}.',
      ko: '"apt {subcommand}"{은/는} 스크립트가 아니라 터미널용입니다. {replacement}{을/를} 쓰세요.',
    },
    fixTitle: { en: 'Replace apt with {command}', ko: 'apt를 {command}{으로/로} 바꾸기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const step of ctx.file.runs()) {
      if (!step.commands) continue;
      for (const call of availablePackageCalls(ctx.file, step)) {
        if (call.manager !== 'apt' || !call.action || !call.verb) continue;
        const command = ownValue(SAME_IN, call.verb);
        const word = call.managerWord;
        const range = { start: word.range.start, end: call.action.range.end };
        ctx.report({
          range,
          message: ctx.t('apt', {
            subcommand: call.verb,
            replacement: `"${command ?? 'apt-get'} ${call.verb === 'full-upgrade' ? 'dist-upgrade' : call.verb}"`,
          }),
          ...(command
            ? {
                fix: {
                  title: ctx.t('fixTitle', { command }),
                  edits: [{ range: word.range, newText: word.raw.replace(/apt$/, command) }],
                },
              }
            : {}),
        });
      }
    }
  },
});
