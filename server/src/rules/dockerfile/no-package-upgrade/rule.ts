import { defineDockerfileRule } from '../../../engine/rule';
import { callRange, type Manager, type PackageCall } from '../package-managers';
import { availablePackageCalls } from '../base-managers';

/** Subcommands that upgrade every installed package (or the whole distribution). */
const UPGRADES: Partial<Record<Manager, ReadonlySet<string>>> = {
  'apt-get': new Set(['upgrade', 'dist-upgrade', 'full-upgrade']),
  apt: new Set(['upgrade', 'dist-upgrade', 'full-upgrade']),
  aptitude: new Set(['upgrade', 'safe-upgrade', 'full-upgrade', 'dist-upgrade']),
  apk: new Set(['upgrade']),
  yum: new Set(['upgrade', 'distro-sync']),
  dnf: new Set(['upgrade', 'distro-sync']),
  microdnf: new Set(['upgrade']),
  zypper: new Set(['update', 'dist-upgrade', 'patch']),
};

/** apt-get upgrade takes no package names; the others upgrade only the packages named, which is a targeted fix. */
function upgradesEverything(call: PackageCall): boolean {
  if (!call.verb || UPGRADES[call.manager]?.has(call.verb) !== true) return false;
  if (call.manager === 'apt-get' || call.manager === 'apt' || call.manager === 'aptitude') return true;
  return call.operands.length === 0 && !call.operandsFromInput;
}

export default defineDockerfileRule({
  id: 'no-package-upgrade',
  title: {
    en: 'Take updates from the base image rather than upgrading in RUN',
    ko: 'RUN에서 업그레이드하지 말고 베이스 이미지로 업데이트 받기',
  },
  severity: 'info',
  concept: 'immutable-images',
  topics: ['union-filesystem', 'docker-operations'],
  description: {
    en: '`apt-get upgrade` (likewise `apk upgrade`, `dnf upgrade`, `zypper dist-upgrade`) replaces packages of the base image inside your layer: every upgraded file is stored a second time on top of the base layer, and what the image holds now depends on the day it was built rather than on the tag in FROM. A newer base image (a current tag, pinned by digest and moved on purpose) brings the same fixes without either cost. This is advice, not a rule of Docker: when the base image ships security fixes later than you need them, an upgrade is the lesser evil.',
    ko: '`apt-get upgrade`(`apk upgrade`, `dnf upgrade`, `zypper dist-upgrade`도 마찬가지)는 베이스 이미지의 패키지를 여러분의 레이어 안에서 교체합니다. 업그레이드된 파일은 모두 베이스 레이어 위에 한 번 더 저장되고, 이미지에 무엇이 들었는지가 FROM의 태그가 아니라 빌드한 날에 따라 달라집니다. 더 새로운 베이스 이미지(현재 태그를 다이제스트로 고정하고 의도해서 올리기)는 두 비용 없이 같은 수정을 가져옵니다. Docker의 규칙이 아니라 조언입니다: 베이스 이미지가 필요한 보안 수정을 늦게 내놓는다면 업그레이드가 차라리 낫습니다.',
  },
  remediation: {
    en: 'Move FROM to a current tag (and its digest) and rebuild regularly. To patch one package urgently, upgrade just that package (`apt-get install -y --only-upgrade openssl`, `apk upgrade openssl`).',
    ko: 'FROM을 현재 태그(와 그 다이제스트)로 옮기고 정기적으로 다시 빌드하세요. 패키지 하나를 급히 고쳐야 한다면 그 패키지만 업그레이드하세요(`apt-get install -y --only-upgrade openssl`, `apk upgrade openssl`).',
  },
  exceptions: {
    en: 'Keep the upgrade when the base image lags behind security fixes you need: say so in a comment and put `# cntutor ignore=no-package-upgrade` above the RUN.',
    ko: '베이스 이미지가 필요한 보안 수정보다 뒤처져 있다면 업그레이드를 유지하세요: 주석으로 이유를 적고 RUN 위에 `# cntutor ignore=no-package-upgrade`를 두세요.',
  },
  peers: { hadolint: ['DL3005', 'DL3017', 'DL3031', 'DL3035', 'DL3039'] },
  example: {
    bad: 'FROM alpine:3.20\nRUN apk upgrade --no-cache\nUSER nobody\nCMD ["sh", "-c", "cat /etc/alpine-release"]\n',
    good: 'FROM alpine:3.21\nUSER nobody\nCMD ["sh", "-c", "cat /etc/alpine-release"]\n',
  },
  messages: {
    upgrade: {
      en: '"{command}" upgrades the base image’s packages inside this layer; take a newer base image instead.',
      ko: '"{command}"{이/가} 베이스 이미지의 패키지를 이 레이어 안에서 업그레이드합니다. 대신 더 새로운 베이스 이미지를 쓰세요.',
    },
  },
  check(ctx) {
    for (const step of ctx.file.runs()) {
      if (!step.commands) continue;
      for (const call of availablePackageCalls(ctx.file, step)) {
        if (!upgradesEverything(call) || !call.action) continue;
        ctx.report({
          range: callRange(call),
          message: ctx.t('upgrade', { command: `${call.managerWord.raw} ${call.action.raw}` }),
        });
      }
    }
  },
});
