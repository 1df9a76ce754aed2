import { defineDockerfileRule } from '../../../engine/rule';
import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { aptSubcommand } from '../support';

/** `APT::Install-Recommends "false"` written to apt's configuration turns recommends off for the whole build. */
const GLOBAL_OFF = /APT::Install-Recommends\s*["']?\\?["']?\s*(false|0|no)\b/i;

export default defineDockerfileRule({
  id: 'apt-no-install-recommends',
  title: {
    en: 'Install apt packages without recommends',
    ko: 'apt 패키지는 추천 패키지 없이 설치하기',
  },
  severity: 'warning',
  concept: 'image-layers',
  topics: ['union-filesystem', 'linux-filesystem'],
  description: {
    en: 'By default `apt-get install` also installs every package the requested ones merely recommend. They add megabytes to the layer, more software to patch and more attack surface, and the application rarely needs them.',
    ko: '`apt-get install`은 기본적으로 요청한 패키지가 추천하는 패키지까지 모두 설치합니다. 레이어가 수 메가바이트 커지고, 패치할 소프트웨어와 공격 표면이 늘지만, 애플리케이션에 필요한 경우는 드뭅니다.',
  },
  remediation: {
    en: 'Add `--no-install-recommends`: `apt-get install -y --no-install-recommends curl`.',
    ko: '`--no-install-recommends`를 붙이세요: `apt-get install -y --no-install-recommends curl`.',
  },
  peers: { hadolint: ['DL3015'] },
  example: {
    bad: 'RUN apt-get update && apt-get install -y curl',
    good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
  },
  messages: {
    recommends: {
      en: '"{command} install" also installs recommended packages; add --no-install-recommends.',
      ko: '"{command} install"이 권장 패키지까지 설치합니다. --no-install-recommends를 추가하세요.',
    },
    fixTitle: { en: 'Add --no-install-recommends', ko: '--no-install-recommends 추가하기' },
  },
  fix: 'unsafe',
  check(ctx) {
    for (const instruction of ctx.instructions) {
      const commands = ctx.file.runCommands(instruction);
      if (!commands) continue;
      const before = ctx.text.slice(0, ctx.index.offsetAt(instruction.getRange().start));
      if (GLOBAL_OFF.test(before)) continue;
      for (const command of commands) {
        const install = aptSubcommand(command);
        if (install?.literal !== 'install' || turnsRecommendsOff(command)) continue;
        const insertAt = install.range.end;
        ctx.report({
          range: { start: command.nameRange.start, end: install.range.end },
          message: ctx.t('recommends', { command: command.name }),
          fix: {
            title: ctx.t('fixTitle'),
            edits: [{ range: { start: insertAt, end: insertAt }, newText: ' --no-install-recommends' }],
          },
        });
      }
    }
  },
});

/** A simulated install (`apt-get install -s`) only checks whether a package could be installed. */
const SIMULATE = new Set(['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act']);

function turnsRecommendsOff(command: ShellCommand): boolean {
  return command.args.some((arg) => {
    const value = arg.literal ?? arg.raw.replace(/["']/g, '');
    return (
      value === '--no-install-recommends' || SIMULATE.has(value) || /Install-Recommends=(false|0|no)$/i.test(value)
    );
  });
}
