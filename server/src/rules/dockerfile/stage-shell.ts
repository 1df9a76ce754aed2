/**
 * Which shell a stage's RUN instructions get, as far as the Dockerfile tells: the last SHELL of the
 * stage (or of the stages it is built FROM), or the base image's /bin/sh. Debian's /bin/sh is dash,
 * which has no pipefail (0.5.12 in Debian 12 and Ubuntu 24.04 has none); bash is there in every Debian, Ubuntu and Red Hat
 * family image. Alpine and BusyBox have no bash, but their ash knows `-o pipefail`.
 */
import type { Instruction } from 'dockerfile-ast';
import type { ParsedDockerfile, Stage } from '../../engine/dockerfile/context';
import { stageChain } from './stages';
import { baseImageOf, type BaseImage } from './support';

/** Official images whose default variants are Debian or Ubuntu: bash is there, and /bin/sh is dash. */
export const DEBIAN_BASED_IMAGES: ReadonlySet<string> = new Set([
  'debian',
  'ubuntu',
  'buildpack-deps',
  'python',
  'node',
  'golang',
  'php',
  'ruby',
  'perl',
  'rust',
  'gcc',
  'httpd',
  'nginx',
  'postgres',
  'redis',
  'mariadb',
  'mongo',
  'haproxy',
  'elixir',
  'erlang',
  'wordpress',
  'eclipse-temurin',
  'tomcat',
  'maven',
  'gradle',
]);

/** The Red Hat family, and official images built on it or on Oracle or Amazon Linux: /bin/sh is bash. */
const RED_HAT_BASED_IMAGES = [
  'centos',
  'fedora',
  'rockylinux',
  'almalinux',
  'amazonlinux',
  'oraclelinux',
  'ubi',
  'ubi8',
  'ubi9',
  'openjdk',
  'amazoncorretto',
  'mysql',
];

/** Images whose /bin/bash is always there. */
const BASH_IMAGES = new Set([...DEBIAN_BASED_IMAGES, ...RED_HAT_BASED_IMAGES]);

export type PipefailShell =
  { kind: 'set'; instruction: Instruction } | { kind: 'image'; shell: 'bash' | 'ash' } | { kind: 'unknown' };

/** The SHELL in effect for an instruction: the last one before it in its stage or the stages it is built FROM. */
export function shellInstructionFor(file: ParsedDockerfile, instruction: Instruction): Instruction | undefined {
  const line = instruction.getRange().start.line;
  const seen = new Set<Stage>();
  for (let stage = file.stageOf(instruction); stage && !seen.has(stage); stage = file.parentStage(stage)) {
    seen.add(stage);
    const shells = stage.instructions.filter((i) => i.getKeyword() === 'SHELL' && i.getRange().start.line < line);
    const last = shells[shells.length - 1];
    if (last) return last;
  }
  return undefined;
}

/** The image a stage's chain of FROM stages starts from. */
export function rootImageOf(file: ParsedDockerfile, stage: Stage): BaseImage | undefined {
  const chain = stageChain(file, stage);
  const root = chain[chain.length - 1];
  return root && baseImageOf(file, root.from);
}

/** The image's own name, without registry or namespace: `node` for `docker.io/library/node:22`. */
export function imageName(image: BaseImage): string {
  return image.reference.repository.split('/').pop() ?? '';
}

/** Alpine and BusyBox images: BusyBox's ash and applets (wget among them), not bash and GNU tools. */
export function isBusyboxImage(image: BaseImage): boolean {
  const name = imageName(image);
  return name === 'alpine' || name === 'busybox' || /alpine|busybox/.test(image.reference.tag ?? '');
}

/** What a stage's RUN would need to get pipefail: edit its SHELL, or add one for the image's shell. */
export function pipefailShellOf(file: ParsedDockerfile, instruction: Instruction): PipefailShell {
  const shell = shellInstructionFor(file, instruction);
  if (shell) return { kind: 'set', instruction: shell };
  const stage = file.stageOf(instruction);
  const image = stage && rootImageOf(file, stage);
  if (!image) return { kind: 'unknown' };
  if (isBusyboxImage(image)) return { kind: 'image', shell: 'ash' };
  const name = imageName(image);
  const tag = image.reference.tag ?? '';
  if (BASH_IMAGES.has(name) && !/distroless|windows|nanoserver|micro/.test(`${name}:${tag}`))
    return { kind: 'image', shell: 'bash' };
  return { kind: 'unknown' };
}

/** The SHELL's array, when it is valid JSON of strings. */
export function shellArray(instruction: Instruction): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse((instruction.getRawArgumentsContent() ?? '').replace(/\\\r?\n/g, ''));
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}
