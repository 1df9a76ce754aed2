/**
 * What apt reads and writes across the RUNs of a build: which commands download the package lists,
 * which read them, which remove them, and which later RUNs still need the lists a RUN downloaded.
 */
import type { ParsedDockerfile, RunStep, Stage } from '../../engine/dockerfile/context';
import type { ShellCommand } from '../../engine/dockerfile/shell';
import { packageCallOf, packageCalls, wordText, type Manager, type PackageCall } from './package-managers';

export const APT_LISTS = '/var/lib/apt/lists';
export const APT_MANAGERS: ReadonlySet<Manager> = new Set(['apt-get', 'apt', 'aptitude']);

/** Subcommands that resolve packages from the downloaded lists. */
const LIST_READERS = new Set([
  'install',
  'reinstall',
  'upgrade',
  'dist-upgrade',
  'full-upgrade',
  'safe-upgrade',
  'source',
  'build-dep',
  'download',
  'satisfy',
  'changelog',
  'search',
  'show',
  'policy',
  'madison',
  'depends',
  'rdepends',
]);

export function isAptUpdate(call: PackageCall): boolean {
  return APT_MANAGERS.has(call.manager) && call.verb === 'update';
}

/** apt-cache always reads the lists; apt-get, apt and aptitude do for installs, upgrades and queries. */
export function readsAptLists(call: PackageCall): boolean {
  if (call.manager === 'apt-cache') return true;
  return APT_MANAGERS.has(call.manager) && call.verb !== undefined && LIST_READERS.has(call.verb);
}

/** `rm -rf /var/lib/apt/lists/*` (any spelling of the path), or apt's own `dist-clean` (apt 2.7+). */
export function removesAptLists(command: ShellCommand): boolean {
  const call = packageCallOf(command);
  if (call && APT_MANAGERS.has(call.manager) && call.verb === 'dist-clean') return true;
  const name = command.name.slice(command.name.lastIndexOf('/') + 1);
  return name === 'rm' && command.args.some((arg) => wordText(arg)?.startsWith(APT_LISTS) === true);
}

/** A later RUN that resolves packages from lists an earlier RUN downloaded. */
export interface ListReader {
  step: RunStep;
  /** The first command that reads the lists, when the RUN's shell could be read. */
  call: PackageCall | undefined;
}

/**
 * The later RUNs that install (or query) from the lists `step` downloaded: RUNs after it in its
 * stage, then in the stages built FROM it, up to a RUN that downloads the lists again. A RUN whose
 * shell cannot be read counts when it mentions apt, so nothing it may need is removed.
 */
export function listReadersAfter(file: ParsedDockerfile, step: RunStep): ListReader[] {
  const steps = file.runs().filter((s) => !s.onbuild);
  const readers: ListReader[] = [];
  const scan = (candidates: readonly RunStep[]): boolean => {
    for (const candidate of candidates) {
      if (!candidate.commands) {
        if (/\bapt(-get|-cache|itude)?\b/.test(candidate.run.getRawArgumentsContent() ?? ''))
          readers.push({ step: candidate, call: undefined });
        continue;
      }
      for (const call of packageCalls(candidate.commands)) {
        if (isAptUpdate(call)) return true;
        if (readsAptLists(call)) {
          readers.push({ step: candidate, call });
          break;
        }
      }
    }
    return false;
  };
  const refreshed = scan(steps.slice(steps.indexOf(step) + 1).filter((s) => s.stage === step.stage));
  if (refreshed || !step.stage) return readers;
  for (const child of descendantStages(file, step.stage)) scan(steps.filter((s) => s.stage === child));
  return readers;
}

/** The stages built FROM a stage, directly or through others, in file order. */
export function descendantStages(file: ParsedDockerfile, stage: Stage): Stage[] {
  return file.stages.filter((candidate) => {
    const seen = new Set<Stage>();
    for (let parent = file.parentStage(candidate); parent && !seen.has(parent); parent = file.parentStage(parent)) {
      if (parent === stage) return true;
      seen.add(parent);
    }
    return false;
  });
}
