import { defineDockerfileRule } from '../../../engine/rule';
import { APT_MANAGERS } from '../apt';
import { hasOption, wordText, type PackageCall } from '../package-managers';
import { availablePackageCalls } from '../base-managers';

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
    en: 'By default `apt-get install` (and `apt` and `aptitude`) also installs every package the requested ones merely recommend. They add megabytes to the layer, more software to patch and more attack surface, and the application rarely needs them.',
    ko: '`apt-get install`(`apt`, `aptitude`도 마찬가지)은 기본적으로 요청한 패키지가 추천하는 패키지까지 모두 설치합니다. 레이어가 수 메가바이트 커지고, 패치할 소프트웨어와 공격 표면이 늘지만, 애플리케이션에 필요한 경우는 드뭅니다.',
  },
  remediation: {
    en: 'Add `--no-install-recommends`: `apt-get install -y --no-install-recommends curl` (for aptitude, `--without-recommends`). Install a recommended package by name when the application needs it. The fix is offered, not applied on save: it installs fewer packages.',
    ko: '`--no-install-recommends`를 붙이세요: `apt-get install -y --no-install-recommends curl`(aptitude는 `--without-recommends`). 애플리케이션에 필요한 추천 패키지는 이름을 적어 설치하세요. 설치되는 패키지가 줄어들므로 이 수정은 제안만 하고 저장할 때 자동으로 적용하지 않습니다.',
  },
  peers: { hadolint: ['DL3015'] },
  example: {
    bad: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*\nUSER nobody\nCMD ["curl", "--version"]\n',
    good: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\nUSER nobody\nCMD ["curl", "--version"]\n',
  },
  messages: {
    recommends: {
      en: '"{command} install" also installs recommended packages; add {flag}.',
      ko: '"{command} install"이 추천 패키지까지 설치합니다. {flag}{을/를} 추가하세요.',
    },
    fixTitle: { en: 'Add {flag}', ko: '{flag} 추가하기' },
  },
  fix: 'unsafe',
  check(ctx) {
    for (const step of ctx.file.runs()) {
      if (!step.commands) continue;
      const before = ctx.text.slice(0, ctx.index.offsetAt(step.instruction.getRange().start));
      if (GLOBAL_OFF.test(before)) continue;
      for (const call of availablePackageCalls(ctx.file, step)) {
        if (!APT_MANAGERS.has(call.manager) || call.verb !== 'install' || !call.action || turnsRecommendsOff(call))
          continue;
        const flag = call.manager === 'aptitude' ? '--without-recommends' : '--no-install-recommends';
        const insertAt = call.action.range.end;
        ctx.report({
          range: { start: call.managerWord.range.start, end: call.action.range.end },
          message: ctx.t('recommends', { command: call.managerWord.raw, flag }),
          fix: {
            title: ctx.t('fixTitle', { flag }),
            edits: [{ range: { start: insertAt, end: insertAt }, newText: ` ${flag}` }],
          },
        });
      }
    }
  },
});

/** A simulated install (`apt-get install -s`) only checks whether a package could be installed. */
const SIMULATE = [
  '--simulate',
  '--just-print',
  '--dry-run',
  '--recon',
  '--no-act',
  '--no-install-recommends',
  '--without-recommends',
];

function turnsRecommendsOff(call: PackageCall): boolean {
  if (hasOption(call, SIMULATE, call.manager === 'aptitude' ? 'sR' : 's')) return true;
  return call.words.some((word) =>
    /Install-Recommends=(false|0|no)$/i.test(wordText(word) ?? word.raw.replace(/["']/g, '')),
  );
}
