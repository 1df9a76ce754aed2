/**
 * Whether a build stage runs on Windows, where RUN goes to cmd (or PowerShell) and paths, users and
 * shells follow other rules. Reading such a RUN as sh reports errors that are not there.
 */
import type { Instruction } from 'dockerfile-ast';
import type { ParsedDockerfile, Stage } from './context';
import { imageWithDefaults } from './from-image';

const WINDOWS_IMAGE = /(^|[/:_-])(windows|nanoserver|servercore|windowsservercore)([/:_-]|$)/i;
/** `WORKDIR C:\app`, `WORKDIR c:/bin`: a drive letter exists only on Windows. */
const DRIVE_PATH = /^["']?[A-Za-z]:[\\/]/;
/** The accounts Windows base images define; no Linux image has them. */
const WINDOWS_USERS = /^["']?(ContainerAdministrator|ContainerUser)["']?$/i;

const judged = new WeakMap<ParsedDockerfile, Map<Stage, boolean>>();

/**
 * The stage's own FROM names a Windows image (also through the defaults of the ARGs before the
 * first FROM: `FROM ${BASE_IMAGE}:${TAG}`), asks for a Windows platform, or works in a drive-letter
 * folder or as a Windows account, which only a Windows image can.
 */
export function isWindowsStage(file: ParsedDockerfile, stage: Stage): boolean {
  let stages = judged.get(file);
  if (!stages) judged.set(file, (stages = new Map()));
  let windows = stages.get(stage);
  if (windows === undefined) {
    windows =
      WINDOWS_IMAGE.test(imageWithDefaults(file, stage.from)) ||
      /windows/i.test(stage.from.getPlatformFlag()?.getValue() ?? '') ||
      stage.instructions.some(onlyOnWindows);
    stages.set(stage, windows);
  }
  return windows;
}

function onlyOnWindows(instruction: Instruction): boolean {
  const keyword = instruction.getKeyword();
  if (keyword !== 'WORKDIR' && keyword !== 'USER') return false;
  const value = instruction.getArguments()[0]?.getValue() ?? '';
  return keyword === 'WORKDIR' ? DRIVE_PATH.test(value) : WINDOWS_USERS.test(value);
}
