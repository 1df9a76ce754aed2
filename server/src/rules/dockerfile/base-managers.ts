/**
 * Package managers a stage's base image cannot have: `package-manager-matches-base` reports each
 * call, and the rules about how a manager is called leave those calls alone, since the RUN fails
 * before any of their advice could matter (`--no-install-recommends` on `apt-get` on Alpine).
 */
import type { ParsedDockerfile, RunStep } from '../../engine/dockerfile/context';
import type { ShellCommand } from '../../engine/dockerfile/shell';
import { ownValue } from '../../engine/own-keys';
import { packageCalls, type PackageCall } from './package-managers';
import { imageFamilyOf, type ImageFamily } from './stage-shell';
import { commandName } from './support';

/** Which family each package manager belongs to. */
const MANAGER_FAMILY: Record<string, ImageFamily> = {
  'apt-get': 'debian',
  apt: 'debian',
  aptitude: 'debian',
  'dpkg-reconfigure': 'debian',
  apk: 'alpine',
  yum: 'red-hat',
  dnf: 'red-hat',
  microdnf: 'red-hat',
};
/** SUSE's and Arch's managers are in none of the families the base image can be known to be. */
const FOREIGN_EVERYWHERE = new Set(['zypper', 'pacman']);

const isManager = (name: string): boolean =>
  ownValue(MANAGER_FAMILY, name) !== undefined || FOREIGN_EVERYWHERE.has(name);

export interface MissingManager {
  command: ShellCommand;
  manager: string;
  /** The family of the stage's base image, which has no such manager. */
  family: ImageFamily;
}

const missingByStep = new WeakMap<RunStep, readonly MissingManager[]>();

/**
 * The calls of a RUN to a manager its stage's base image cannot have; none when the family is not
 * settled, or when the RUN is written for any base (managers of several families, `command -v`).
 */
export function missingManagers(file: ParsedDockerfile, step: RunStep): readonly MissingManager[] {
  let found = missingByStep.get(step);
  if (!found) missingByStep.set(step, (found = findMissing(file, step)));
  return found;
}

function findMissing(file: ParsedDockerfile, step: RunStep): MissingManager[] {
  if (!step.stage || !step.commands) return [];
  const calls = step.commands.filter((command) => isManager(commandName(command)));
  if (calls.length === 0) return [];
  const family = imageFamilyOf(file, step.stage);
  if (!family || step.commands.some(testsForManager)) return [];
  // `apt-get … || apk add …`, or a test of which one exists: a script meant for any base.
  const families = new Set(
    calls.map((command) => ownValue(MANAGER_FAMILY, commandName(command)) ?? commandName(command)),
  );
  if (families.size > 1) return [];
  return calls.flatMap((command) => {
    const manager = commandName(command);
    return ownValue(MANAGER_FAMILY, manager) === family ? [] : [{ command, manager, family }];
  });
}

/** `command -v apt-get`, `which apk`: the RUN asks which manager it has, so it is written for several. */
function testsForManager(command: ShellCommand): boolean {
  if (!['command', 'which', 'type', 'hash'].includes(commandName(command))) return false;
  return command.args.some((arg) => arg.literal !== undefined && isManager(arg.literal));
}

/** A RUN's package-manager calls, less those to a manager its base image cannot have. */
export function availablePackageCalls(file: ParsedDockerfile, step: RunStep): readonly PackageCall[] {
  const calls = packageCalls(step.commands ?? []);
  const missing = missingManagers(file, step);
  if (missing.length === 0) return calls;
  const commands = new Set(missing.map((m) => m.command));
  return calls.filter((call) => !commands.has(call.command));
}
