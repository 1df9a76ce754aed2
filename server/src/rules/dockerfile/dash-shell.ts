/**
 * Whether a RUN runs under dash: Debian's and Ubuntu's /bin/sh, and so the shell of the official
 * images built on them unless a SHELL says otherwise. dash is a POSIX shell and nothing more, so
 * bash's additions fail there (`source: not found`) or do something else (`{a,b}` stays as written).
 */
import type { ParsedDockerfile, RunStep, Stage } from '../../engine/dockerfile/context';
import { DEBIAN_BASED_IMAGES, rootImageOf, shellArray, shellInstructionFor } from './stage-shell';
import type { BaseImage } from './support';

/** Tags of Debian-based official images that name another base (Alpine's ash, Red Hat's and Amazon's bash, Windows). */
const OTHER_BASE =
  /alpine|busybox|windows|nanoserver|servercore|corretto|oracle|ubi|centos|rocky|alma|amazon|fedora|distroless|graal|semeru|sapmachine|musl/i;

/** Whether the image is an official Debian- or Ubuntu-based one, whose /bin/sh is dash. */
export function hasDashAsSh(image: BaseImage): boolean {
  const { registry, repository, tag } = image.reference;
  if (registry !== undefined && registry !== 'docker.io' && registry !== 'index.docker.io') return false;
  const parts = repository.split('/');
  if (parts.length > 2 || (parts.length === 2 && parts[0] !== 'library')) return false;
  const name = parts[parts.length - 1] ?? '';
  if (!DEBIAN_BASED_IMAGES.has(name)) return false;
  if (name === 'debian' || name === 'ubuntu') return true;
  // wordpress:cli is built on Alpine, though its tags do not say so.
  if (name === 'wordpress' && /(^|-)cli/.test(tag ?? '')) return false;
  return !OTHER_BASE.test(tag ?? '');
}

/** Per parse, whether each stage's image has dash as /bin/sh: every RUN of a stage asks. */
const dashStages = new WeakMap<ParsedDockerfile, Map<Stage, boolean>>();

/**
 * True when the step's commands run under dash: no SHELL, or a SHELL of `sh` or `dash`, on a
 * Debian-based image. A here-document may name its own interpreter, and an ONBUILD RUN runs on
 * an image not known here, so both are left out.
 */
export function runsUnderDash(file: ParsedDockerfile, step: RunStep): boolean {
  const stage = step.stage;
  if (step.heredoc || step.onbuild || !stage || !step.commands) return false;
  let stages = dashStages.get(file);
  if (!stages) dashStages.set(file, (stages = new Map()));
  let dash = stages.get(stage);
  if (dash === undefined) {
    const image = rootImageOf(file, stage);
    stages.set(stage, (dash = image !== undefined && hasDashAsSh(image)));
  }
  if (!dash) return false;
  const shell = shellInstructionFor(file, step.instruction);
  const program = shell && shellArray(shell)?.[0]?.split('/').pop();
  return !shell || program === 'sh' || program === 'dash';
}
