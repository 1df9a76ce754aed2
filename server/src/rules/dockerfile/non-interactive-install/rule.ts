import { defineDockerfileRule } from '../../../engine/rule';
import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { APT_MANAGERS } from '../apt';
import { hasOption, wordText, type Manager, type PackageCall } from '../package-managers';
import { checkOf, YES_CHECKS } from '../hadolint-ids';
import { availablePackageCalls } from '../base-managers';

/** Subcommands that stop at a "Do you want to continue? [Y/n]" prompt when they change packages. */
const PROMPTING: Partial<Record<Manager, ReadonlySet<string>>> = {
  'apt-get': new Set([
    'install',
    'reinstall',
    'upgrade',
    'dist-upgrade',
    'full-upgrade',
    'remove',
    'purge',
    'autoremove',
    'build-dep',
  ]),
  yum: new Set([
    'install',
    'reinstall',
    'upgrade',
    'downgrade',
    'remove',
    'autoremove',
    'groupinstall',
    'group',
    'module',
    'distro-sync',
    'swap',
  ]),
  zypper: new Set(['install', 'remove', 'update', 'patch', 'dist-upgrade', 'source-install']),
  pip: new Set(['uninstall']),
};
const PROMPTS: Partial<Record<Manager, ReadonlySet<string>>> = {
  ...PROMPTING,
  apt: PROMPTING['apt-get'],
  aptitude: new Set([...(PROMPTING['apt-get'] ?? []), 'safe-upgrade']),
  dnf: PROMPTING.yum,
};

/** How each manager is told to answer yes. */
const YES: Partial<Record<Manager, { long: string[]; short: string }>> = {
  'apt-get': { long: ['--yes', '--assume-yes', '--simulate', '--dry-run', '--just-print'], short: 'ys' },
  aptitude: { long: ['--assume-yes', '--simulate'], short: 'ys' },
  yum: { long: ['--assumeyes', '--assumeno'], short: 'y' },
  zypper: { long: ['--non-interactive', '--no-confirm', '--dry-run'], short: 'ny' },
  pip: { long: ['--yes'], short: 'y' },
};
const yesOf = (manager: Manager) =>
  YES[manager] ?? YES[manager === 'apt' ? 'apt-get' : manager === 'dnf' ? 'yum' : manager];

/** Assume-yes set in the configuration: apt's `APT::Get::Assume-Yes "true"`, dnf's or yum's `assumeyes=1`. */
const CONFIGURED_YES = /APT::Get::Assume-Yes\s*["']?\\?["']?\s*(true|1|yes)\b|assumeyes\s*=\s*(1|true|yes|on)\b/i;

export default defineDockerfileRule({
  id: 'non-interactive-install',
  title: {
    en: 'Answer package-manager prompts with -y',
    ko: '패키지 관리자의 확인 질문에는 -y로 답하기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['docker-operations', 'linux-filesystem'],
  description: {
    en: 'A build has no one to answer "Do you want to continue? [Y/n]". When apt-get, yum, dnf or zypper need to ask (an install pulls in dependencies, a removal takes others with it) the step aborts and the build fails, though the same line worked when it happened to install a package with nothing to ask about. `DEBIAN_FRONTEND=noninteractive` silences configuration dialogs, not this question.',
    ko: '빌드에는 "Do you want to continue? [Y/n]"에 답할 사람이 없습니다. apt-get, yum, dnf, zypper가 물어봐야 할 때(설치가 의존 패키지를 끌어오거나 제거가 다른 패키지까지 지울 때) 그 단계는 중단되고 빌드가 실패합니다. 물어볼 것이 없던 패키지에서는 같은 줄이 잘 동작했더라도 그렇습니다. `DEBIAN_FRONTEND=noninteractive`는 설정 대화 상자를 없앨 뿐 이 질문에는 답하지 않습니다.',
  },
  remediation: {
    en: 'Say yes in the command: `apt-get install -y`, `yum install -y`, `dnf install -y`, `zypper install -y` (or `zypper --non-interactive`), `pip uninstall -y`.',
    ko: '명령에서 미리 답하세요: `apt-get install -y`, `yum install -y`, `dnf install -y`, `zypper install -y`(또는 `zypper --non-interactive`), `pip uninstall -y`.',
  },
  peers: { hadolint: ['DL3014', 'DL3030', 'DL3034', 'DL3038'] },
  example: {
    bad: 'FROM fedora:41\nRUN dnf install --setopt=install_weak_deps=False git \\\n && dnf clean all\nUSER nobody\nCMD ["git", "--version"]\n',
    good: 'FROM fedora:41\nRUN dnf install -y --setopt=install_weak_deps=False git \\\n && dnf clean all\nUSER nobody\nCMD ["git", "--version"]\n',
  },
  messages: {
    prompt: {
      en: '"{command}" may stop at a yes/no prompt and fail the build; add {flag}.',
      ko: '"{command}"{이/가} 예/아니요 질문에서 멈춰 빌드가 실패할 수 있습니다. {flag}{을/를} 추가하세요.',
    },
    fixTitle: { en: 'Add {flag}', ko: '{flag} 추가하기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const step of ctx.file.runs()) {
      if (!step.commands) continue;
      const calls = availablePackageCalls(ctx.file, step).filter(prompts);
      if (calls.length === 0) continue;
      for (const call of calls) {
        if (answered(call, step.commands)) continue;
        if (CONFIGURED_YES.test(ctx.text.slice(0, ctx.index.offsetAt(call.command.range.start)))) continue;
        const flag = '-y';
        const action = call.action;
        if (!action) continue;
        ctx.report({
          range: { start: call.managerWord.range.start, end: action.range.end },
          message: ctx.t('prompt', { command: `${call.managerWord.raw} ${action.raw}`, flag }),
          ...checkOf(YES_CHECKS, call.manager),
          fix: {
            title: ctx.t('fixTitle', { flag }),
            edits: [{ range: { start: action.range.end, end: action.range.end }, newText: ` ${flag}` }],
          },
        });
      }
    }
  },
});

/** `dnf group list` and `yum module info` only print; their install, remove and enable ask. */
const GROUP_CHANGES = new Set([
  'install',
  'remove',
  'erase',
  'enable',
  'disable',
  'reset',
  'update',
  'upgrade',
  'switch-to',
  'mark',
]);

function prompts(call: PackageCall): boolean {
  if (call.verb === undefined || PROMPTS[call.manager]?.has(call.verb) !== true) return false;
  if (call.verb !== 'group' && call.verb !== 'module') return true;
  const change = call.operands[0];
  return change !== undefined && GROUP_CHANGES.has(wordText(change) ?? '');
}

function answered(call: PackageCall, commands: readonly ShellCommand[]): boolean {
  const yes = yesOf(call.manager);
  if (!yes || hasOption(call, yes.long, yes.short)) return true;
  // apt-get's quiet level 2 implies -y; apt options and dnf's --setopt can say it too.
  if (APT_MANAGERS.has(call.manager) && hasOption(call, ['-qq', '--quiet=2', '-q=2'])) return true;
  if (
    call.words.some(
      (word) => CONFIGURED_YES.test(wordText(word) ?? word.raw) || /Assume-Yes=(true|1|yes)/i.test(word.raw),
    )
  )
    return true;
  // `yes | apt-get install …` answers every prompt.
  const pipe = call.command.pipe;
  return (
    pipe !== undefined &&
    pipe.stage > 0 &&
    commands.some((c) => c.pipe?.pipeline === pipe.pipeline && c.pipe.stage < pipe.stage && c.name === 'yes')
  );
}
