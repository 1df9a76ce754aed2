import { defineDockerfileRule } from '../../../engine/rule';
import type { DockerfileContext, RunStep } from '../../../engine/dockerfile/context';
import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { callRange, hasOption, packageCallOf, wordText, type Manager, type PackageCall } from '../package-managers';
import { appendToRun } from '../run-edits';
import { mountsOf } from '../run-mounts';
import { commandName, shippedStages } from '../support';
import { CACHE_CHECKS, checkOf } from '../hadolint-ids';
import { availablePackageCalls } from '../base-managers';

/**
 * Where each package manager keeps what it downloads, and how a RUN avoids keeping it: a flag on
 * the call (apk, pip), or a clean-up command at the end of the RUN (yum, dnf, zypper, yarn, npm).
 * apt's archives are not here: Debian and Ubuntu images delete them after every install, and its
 * lists have their own rule.
 */
interface CacheSpec {
  /** Subcommands that fill the cache. */
  fills: ReadonlySet<string>;
  /** A cache or tmpfs mount on one of these keeps the cache out of the layer. */
  mounted: (target: string) => boolean;
  /** An `rm` of one of these paths empties the cache. */
  removed: (path: string) => boolean;
  /** A later call of the manager that empties its cache (`dnf clean all`, `yarn cache clean`). */
  cleans: (call: PackageCall) => boolean;
  /** The flag that keeps the call from caching, when there is one. */
  flag?: string;
  /** The command that empties the cache, appended by the fix, when there is no flag. */
  cleanup?: string;
  /** Configuration, written earlier, that turns the cache off. */
  configured?: RegExp;
}

const underAny =
  (...roots: string[]) =>
  (path: string): boolean =>
    roots.some((root) => path === root || path.startsWith(`${root}/`) || root.startsWith(`${path}/`));
const verbIs =
  (verb: string, operands: string[] = []) =>
  (call: PackageCall): boolean =>
    call.verb === verb &&
    (operands.length === 0 || call.operands.some((word) => operands.includes(wordText(word) ?? '')));

const RPM: CacheSpec = {
  fills: new Set([
    'install',
    'upgrade',
    'reinstall',
    'downgrade',
    'groupinstall',
    'group',
    'module',
    'distro-sync',
    'makecache',
  ]),
  mounted: underAny('/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'),
  removed: underAny('/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'),
  cleans: verbIs('clean'),
};

const SPECS: Partial<Record<Manager, CacheSpec>> = {
  apk: {
    fills: new Set(['add', 'upgrade', 'update']),
    mounted: underAny('/var/cache/apk', '/etc/apk/cache'),
    removed: underAny('/var/cache/apk', '/etc/apk/cache'),
    cleans: verbIs('cache', ['clean', 'purge']),
    flag: '--no-cache',
  },
  pip: {
    fills: new Set(['install']),
    mounted: (target) => /(^|\/)\.cache(\/pip)?$/.test(target) || target === '/root',
    removed: (path) => /(^|\/)\.cache(\/pip)?\/?\*?$/.test(path),
    cleans: verbIs('cache', ['purge']),
    flag: '--no-cache-dir',
    configured: /PIP_NO_CACHE_DIR|no-cache-dir\s*=|global\.no-cache-dir/,
  },
  yum: { ...RPM, cleanup: 'yum clean all' },
  dnf: { ...RPM, cleanup: 'dnf clean all' },
  microdnf: { ...RPM, cleanup: 'microdnf clean all' },
  zypper: {
    fills: new Set(['install', 'update', 'dist-upgrade', 'patch', 'refresh', 'source-install']),
    mounted: underAny('/var/cache/zypp'),
    removed: underAny('/var/cache/zypp'),
    cleans: verbIs('clean'),
    cleanup: 'zypper clean --all',
  },
  yarn: {
    fills: new Set(['install', 'add']),
    mounted: (target) => /yarn/.test(target),
    removed: (path) => /\.cache\/yarn|\.yarn\/berry\/cache/.test(path),
    cleans: verbIs('cache', ['clean']),
    cleanup: 'yarn cache clean',
    configured: /YARN_CACHE_FOLDER|cache-folder/,
  },
  npm: {
    fills: new Set(['install', 'ci']),
    mounted: (target) => /(^|\/)\.npm$/.test(target),
    removed: (path) => /(^|\/)\.npm(\/_cacache)?\/?\*?$/.test(path),
    // npm 2 and older called it `npm cache clear`.
    cleans: verbIs('cache', ['clean', 'clear']),
    cleanup: 'npm cache clean --force',
    configured: /npm_config_cache|NPM_CONFIG_CACHE/,
  },
};

export default defineDockerfileRule({
  id: 'package-cache-cleanup',
  title: {
    en: 'Leave no package-manager cache in the layer',
    ko: '패키지 관리자 캐시를 레이어에 남기지 않기',
  },
  severity: 'warning',
  concept: 'image-layers',
  topics: ['union-filesystem', 'linux-filesystem'],
  description: {
    en: 'apk, pip, yum, dnf, zypper, yarn and npm keep what they download (package indexes, archives, wheels, tarballs) in a cache directory. In an image that cache is dead weight, often tens of megabytes, and because each RUN is a layer it must be avoided or removed in the same RUN: deleting it later only hides it. Only the final image and the stages it is built FROM are judged; a build stage whose results are copied out never ships its cache.',
    ko: 'apk, pip, yum, dnf, zypper, yarn, npm은 내려받은 것(패키지 색인, 아카이브, 휠, tarball)을 캐시 디렉터리에 보관합니다. 이미지 안에서 그 캐시는 쓸모없는 무게이며 수십 메가바이트에 이르기도 합니다. RUN마다 레이어가 되므로 같은 RUN에서 피하거나 지워야 합니다: 나중에 지우면 가려질 뿐입니다. 최종 이미지와 그 이미지가 FROM으로 이어받는 스테이지만 판단합니다. 결과만 복사해 가는 빌드 스테이지의 캐시는 이미지에 실리지 않습니다.',
  },
  remediation: {
    en: 'Use `apk add --no-cache` and `pip install --no-cache-dir`; end the RUN with `dnf clean all` (or `yum clean all`, `microdnf clean all`), `zypper clean --all`, `yarn cache clean` or `npm cache clean --force`. A BuildKit cache mount on the cache directory (`RUN --mount=type=cache,target=/root/.cache/pip pip install …`) keeps it out of the layer and reuses it across builds.',
    ko: '`apk add --no-cache`와 `pip install --no-cache-dir`를 쓰고, RUN 끝에 `dnf clean all`(또는 `yum clean all`, `microdnf clean all`), `zypper clean --all`, `yarn cache clean`, `npm cache clean --force`를 붙이세요. 캐시 디렉터리에 BuildKit 캐시 마운트를 쓰면(`RUN --mount=type=cache,target=/root/.cache/pip pip install …`) 레이어에 남지 않고 빌드 사이에 재사용됩니다.',
  },
  peers: { hadolint: ['DL3019', 'DL3032', 'DL3036', 'DL3040', 'DL3042', 'DL3060'] },
  example: {
    bad: 'FROM python:3.12-slim\nRUN pip install flask==3.0.3\nUSER nobody\nCMD ["flask", "run"]\n',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\nUSER nobody\nCMD ["flask", "run"]\n',
  },
  messages: {
    flag: {
      en: '"{command}" keeps its downloads in a cache in this layer; add {flag}.',
      ko: '"{command}"{이/가} 내려받은 것을 이 레이어의 캐시에 남깁니다. {flag}{을/를} 추가하세요.',
    },
    apkIndex: {
      en: '"{command}" stores the package index in /var/cache/apk; use `apk add --no-cache`, which fetches the index without keeping it.',
      ko: '"{command}"{이/가} 패키지 색인을 /var/cache/apk에 저장합니다. 색인을 받되 남기지 않는 `apk add --no-cache`를 쓰세요.',
    },
    cleanup: {
      en: '"{command}" leaves its cache in this layer; end the RUN with `{cleanup}`.',
      ko: '"{command}"{이/가} 캐시를 이 레이어에 남깁니다. RUN 끝에 `{cleanup}`{을/를} 붙이세요.',
    },
    flagTitle: { en: 'Add {flag}', ko: '{flag} 추가하기' },
    cleanupTitle: { en: 'End the RUN with {cleanup}', ko: 'RUN 끝에 {cleanup} 붙이기' },
  },
  fix: 'safe',
  check(ctx) {
    const shipped = shippedStages(ctx.file);
    for (const step of ctx.file.runs()) {
      if (!step.commands || (step.stage && !shipped.has(step.stage))) continue;
      const reported = new Set<Manager>();
      for (const call of availablePackageCalls(ctx.file, step)) {
        const spec = SPECS[call.manager];
        if (!spec || !call.verb || !spec.fills.has(call.verb) || reported.has(call.manager)) continue;
        if (!fillsGroupCache(call) || avoided(ctx, step, call, spec)) continue;
        reportCall(ctx, step, call, spec);
        if (!spec.flag) reported.add(call.manager);
      }
    }
  },
});

function reportCall(ctx: DockerfileContext, step: RunStep, call: PackageCall, spec: CacheSpec): void {
  const command = `${call.managerWord.raw} ${call.action?.raw ?? ''}`.trim();
  const range = callRange(call);
  if (spec.flag && call.manager === 'apk' && call.verb === 'update') {
    ctx.report({ range, message: ctx.t('apkIndex', { command }), ...checkOf(CACHE_CHECKS, call.manager) });
  } else if (spec.flag && call.action) {
    const at = call.action.range.end;
    ctx.report({
      range,
      message: ctx.t('flag', { command, flag: spec.flag }),
      ...checkOf(CACHE_CHECKS, call.manager),
      fix: {
        title: ctx.t('flagTitle', { flag: spec.flag }),
        edits: [{ range: { start: at, end: at }, newText: ` ${spec.flag}` }],
      },
    });
  } else if (spec.cleanup) {
    const cleanup = spec.cleanup;
    const edit = appendToRun(ctx, step, cleanup, (c) => cleansFor(call.manager, c));
    ctx.report({
      range,
      message: ctx.t('cleanup', { command, cleanup }),
      ...checkOf(CACHE_CHECKS, call.manager),
      ...(edit ? { fix: { title: ctx.t('cleanupTitle', { cleanup }), edits: [edit] } } : {}),
    });
  }
}

/** `dnf group list` and `yum module info` download nothing. */
function fillsGroupCache(call: PackageCall): boolean {
  if (call.verb !== 'group' && call.verb !== 'module') return true;
  const change = call.operands[0];
  return change !== undefined && ['install', 'update', 'upgrade', 'enable'].includes(wordText(change) ?? '');
}

function avoided(ctx: DockerfileContext, step: RunStep, call: PackageCall, spec: CacheSpec): boolean {
  if (spec.flag && hasOption(call, [spec.flag])) return true;
  // `apk add --no-network` installs from what is already there and downloads nothing.
  if (call.manager === 'apk' && hasOption(call, ['--no-network'])) return true;
  if (mountsOf(step.run).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target && spec.mounted(m.target)))
    return true;
  const commands = step.commands ?? [];
  const after = commands.slice(commands.indexOf(call.command) + 1);
  if (after.some((command) => cleansFor(call.manager, command))) return true;
  if (!spec.configured) return false;
  return spec.configured.test(ctx.text.slice(0, ctx.index.offsetAt(call.command.range.end)));
}

/** A command that empties the manager's cache: its own clean subcommand, or an `rm` of the directory. */
function cleansFor(manager: Manager, command: ShellCommand): boolean {
  const spec = SPECS[manager];
  if (!spec) return false;
  const call = packageCallOf(command);
  if (call) return (call.manager === manager || sameFamily(call.manager, manager)) && spec.cleans(call);
  if (commandName(command) !== 'rm') return false;
  // `$HOME/.cache/pip` and `~/.npm` count: the path is judged as written, quotes aside.
  return command.args.some((arg) => {
    const path = arg.raw.replace(/["']/g, '');
    return !path.startsWith('-') && spec.removed(path.replace(/\/\*$/, ''));
  });
}

/** `yum clean all` also empties what dnf downloaded on images where yum is dnf. */
function sameFamily(a: Manager, b: Manager): boolean {
  const rpm = new Set<Manager>(['yum', 'dnf', 'microdnf']);
  return rpm.has(a) && rpm.has(b);
}
