/**
 * What a RUN installs and removes with the system package managers (apt, apk, yum, dnf,
 * microdnf, zypper), read from the package-manager calls every RUN rule shares.
 */
import type { ShellCommand, ShellWord } from '../../engine/dockerfile/shell';
import { packageCallOf, type Manager } from './package-managers';

export interface PackageInstall {
  command: ShellCommand;
  packages: ShellWord[];
}

const SYSTEM_MANAGERS: ReadonlySet<Manager> = new Set([
  'apt-get',
  'apt',
  'aptitude',
  'apk',
  'yum',
  'dnf',
  'microdnf',
  'zypper',
]);
const INSTALL = new Set(['install', 'add']);
const REMOVE = new Set(['remove', 'purge', 'autoremove', 'del', 'erase', 'rm']);

function systemCall(command: ShellCommand): ReturnType<typeof packageCallOf> {
  const call = packageCallOf(command);
  return call && SYSTEM_MANAGERS.has(call.manager) ? call : undefined;
}

/** The packages a package-manager command installs; undefined for anything else. */
export function packageInstall(command: ShellCommand): PackageInstall | undefined {
  const call = systemCall(command);
  if (!call?.verb || !INSTALL.has(call.verb)) return undefined;
  return { command, packages: [...call.operands] };
}

/** Whether the command takes packages away again (`apt-get purge`, `apk del`, `dnf remove`…). */
export function removesPackages(command: ShellCommand): boolean {
  const verb = systemCall(command)?.verb;
  return verb !== undefined && REMOVE.has(verb);
}

/** The package name without a version or release pin: `gcc=4:12.2.0-3` → `gcc`. */
export function packageName(word: ShellWord): string {
  return (word.literal ?? word.raw).split(/[=<>~]/)[0] ?? '';
}
