/**
 * Which packages of an install name a version. Each manager spells a pin its own way (`curl=7.88`,
 * `musl~1.2`, `flask==3.0`, `typescript@5.6`, `rails:7.2`, `tool@v1.2`); files, URLs and
 * requirement or lock files pin by themselves. A word built from variables (`$PACKAGES`) cannot be
 * judged and is never reported.
 */
import type { ShellWord } from '../../engine/dockerfile/shell';
import type { DockerfileContext } from '../../engine/dockerfile/context';
import { checkOf, PIN_CHECKS } from './hadolint-ids';
import { hasOption, wordText, type Manager, type PackageCall } from './package-managers';
import { availablePackageCalls } from './base-managers';

export const OS_MANAGERS: ReadonlySet<Manager> = new Set([
  'apt-get',
  'apt',
  'aptitude',
  'apk',
  'yum',
  'dnf',
  'microdnf',
  'zypper',
]);
export const LANGUAGE_MANAGERS: ReadonlySet<Manager> = new Set(['pip', 'npm', 'yarn', 'pnpm', 'gem', 'go']);

const INSTALLS: Partial<Record<Manager, ReadonlySet<string>>> = {
  'apt-get': new Set(['install']),
  apt: new Set(['install']),
  aptitude: new Set(['install']),
  apk: new Set(['add']),
  yum: new Set(['install']),
  dnf: new Set(['install']),
  microdnf: new Set(['install']),
  zypper: new Set(['install']),
  pip: new Set(['install']),
  npm: new Set(['install']),
  yarn: new Set(['add']),
  pnpm: new Set(['add']),
  gem: new Set(['install']),
  go: new Set(['install']),
};

/** A local file, a directory or a URL: it is what it is, whatever the index says. */
const FILE_OR_URL = /^(\.{1,2}(\/|$)|\/|~\/|[a-z+]+:\/\/|git\+|file:)|\.(deb|apk|rpm|whl|tar\.gz|tgz|zip|gem)$/i;

/** An rpm name ending in -[epoch:]version[-release][.arch]; a release starts with a digit too. */
const RPM_VERSIONED = /-(\d+:)?\d[\w.+~^]*(-\d[\w.+~^]*)?$/;

/** npm dist-tags move like `latest` does. */
const MOVING_TAGS = new Set(['latest', 'next', 'beta', 'alpha', 'canary', 'rc', 'nightly', 'lts', 'stable']);

/** The words of an install that name a package without a version, in the order written. */
export function unpinnedPackages(call: PackageCall): ShellWord[] {
  if (!call.verb || INSTALLS[call.manager]?.has(call.verb) !== true || call.operandsFromInput) return [];
  // A constraints file (pip -c) or a version option (gem -v) pins every package of the call.
  if (call.manager === 'pip' && hasOption(call, ['-c', '--constraint'])) return [];
  if (call.manager === 'gem' && hasOption(call, ['-v', '--version'])) return [];
  if (call.manager === 'zypper' && hasOption(call, ['-t', '--type'])) return [];
  return call.operands.filter((word) => {
    const text = wordText(word);
    if (text === undefined) return false;
    if (FILE_OR_URL.test(text)) return false;
    return !pinned(call.manager, text);
  });
}

function pinned(manager: Manager, text: string): boolean {
  switch (manager) {
    case 'apt-get':
    case 'apt':
    case 'aptitude':
      return text.includes('=');
    case 'apk':
      return /[=~<>]/.test(text);
    case 'yum':
    case 'dnf':
    case 'microdnf':
      // `httpd-2.4.6`, `httpd-2.4.6-99.el7.x86_64`, `nodejs-1:18.19.0`: a version (and release) ends
      // the name. `python3-devel`, `java-21-openjdk-headless` name no version, digits or not. Groups
      // and module streams (`@nodejs:20`) are chosen by name.
      return RPM_VERSIONED.test(text) || text.startsWith('@') || /[<>=]/.test(text);
    case 'zypper':
      return /[=<>]/.test(text);
    case 'pip':
      return /[=<>~!@]/.test(text);
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return npmPinned(text);
    case 'gem':
      return /:\S/.test(text);
    case 'go': {
      const version = /@(.+)$/.exec(text)?.[1];
      return version !== undefined && version !== 'latest';
    }
    default:
      return true;
  }
}

/** `typescript@5.6.3`, `@types/node@22`, a `user/repo#v1` git shorthand; not `pkg` or `pkg@latest`. */
function npmPinned(text: string): boolean {
  if (text.includes('#')) return true;
  const at = text.indexOf('@', 1);
  if (at < 0) return text.includes('/') && !text.startsWith('@');
  return !MOVING_TAGS.has(text.slice(at + 1));
}

/** At most three names, then how many more. */
export function listOf(names: string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} (+${names.length - 3})`;
}

/** Reports each install by one of `managers` that names packages without a version (message `unpinned`). */
export function reportUnpinned(ctx: DockerfileContext, managers: ReadonlySet<Manager>): void {
  for (const step of ctx.file.runs()) {
    if (!step.commands) continue;
    for (const call of availablePackageCalls(ctx.file, step)) {
      if (!managers.has(call.manager) || !call.action) continue;
      const unpinned = unpinnedPackages(call);
      if (unpinned.length === 0) continue;
      ctx.report({
        range: { start: call.managerWord.range.start, end: call.action.range.end },
        message: ctx.t('unpinned', {
          command: `${call.managerWord.raw} ${call.action.raw}`,
          packages: listOf(unpinned.map((w) => w.raw)),
        }),
        ...checkOf(PIN_CHECKS, call.manager),
      });
    }
  }
}
