/**
 * Which shell a stage's RUN instructions get, as far as the Dockerfile tells: the last SHELL of the
 * stage (or of the stages it is built FROM), or the base image's /bin/sh. Debian's /bin/sh is dash,
 * which has no pipefail (0.5.12 in Debian 12 and Ubuntu 24.04 has none); bash is there in every Debian, Ubuntu and Red Hat
 * family image. Alpine and BusyBox have no bash, but their ash knows `-o pipefail`.
 */
import type { Instruction } from 'dockerfile-ast';
import type { ParsedDockerfile, Stage } from '../../engine/dockerfile/context';
import { ownValue } from '../../engine/own-keys';
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

/** The Red Hat family and Oracle and Amazon Linux: /bin/sh is bash, in every tag. */
const RED_HAT_FAMILY = [
  'centos',
  'fedora',
  'rockylinux',
  'almalinux',
  'amazonlinux',
  'oraclelinux',
  'ubi',
  'ubi8',
  'ubi9',
];

/** The Red Hat family, and official images built on it or on Oracle or Amazon Linux. */
const RED_HAT_BASED_IMAGES = [...RED_HAT_FAMILY, 'openjdk', 'amazoncorretto', 'mysql'];

/** Images whose /bin/bash is always there. */
const BASH_IMAGES = new Set([...DEBIAN_BASED_IMAGES, ...RED_HAT_BASED_IMAGES]);

/** Images with bash in every variant (no Alpine or distroless tags): an ARG-chosen tag keeps it. */
const BASH_IN_EVERY_TAG: ReadonlySet<string> = new Set([
  'debian',
  'ubuntu',
  'buildpack-deps',
  ...RED_HAT_FAMILY,
  'mysql',
]);

/**
 * Which parts of a FROM image an ARG decides: `$BASE` the name, `node:$VERSION-$VARIANT` only the
 * tag (which may pick an Alpine variant without bash). `${X:-a:b}` is one part, not a name and tag.
 */
function chosenByArg(written: string): { name: boolean; tag: boolean; writtenTag: string } {
  const parts = (written.split('@')[0] ?? '').replace(/\$\{[^}]*\}|\$\w+/g, '\u0001');
  const slash = parts.lastIndexOf('/');
  const colon = parts.indexOf(':', slash + 1);
  const name = parts.slice(slash + 1, colon < 0 ? undefined : colon);
  const tag = colon < 0 ? '' : parts.slice(colon + 1);
  return { name: name.includes('\u0001'), tag: tag.includes('\u0001'), writtenTag: tag };
}

/** A Debian or Ubuntu release written in a tag (`golang:${GO}-bookworm`): bash, whatever the ARG. */
const DEBIAN_RELEASE_TAG = /bookworm|bullseye|buster|stretch|trixie|noble|jammy|focal|bionic/;

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

/**
 * What a stage's RUN would need to get pipefail: edit its SHELL, or add one for the image's shell.
 * An image an ARG chooses is built in each variant, so its shell counts only when all share it:
 * `FROM $BASE` (default alpine) may well be built on Debian, which has no /bin/ash.
 */
export function pipefailShellOf(file: ParsedDockerfile, instruction: Instruction): PipefailShell {
  const shell = shellInstructionFor(file, instruction);
  if (shell) return { kind: 'set', instruction: shell };
  const stage = file.stageOf(instruction);
  const image = stage && rootImageOf(file, stage);
  if (!image) return { kind: 'unknown' };
  const chosen = chosenByArg(image.written);
  if (chosen.name) return { kind: 'unknown' };
  const name = imageName(image);
  // An ARG in the tag keeps the shell when every tag has it, or the tag's own words name the variant.
  const everyTag = (always: boolean, named: RegExp): boolean => !chosen.tag || always || named.test(chosen.writtenTag);
  if (isBusyboxImage(image))
    return everyTag(name === 'alpine' || name === 'busybox', /alpine|busybox/)
      ? { kind: 'image', shell: 'ash' }
      : { kind: 'unknown' };
  const tag = image.reference.tag ?? '';
  if (!BASH_IMAGES.has(name) || /distroless|windows|nanoserver|micro/.test(`${name}:${tag}`))
    return { kind: 'unknown' };
  return everyTag(BASH_IN_EVERY_TAG.has(name), DEBIAN_RELEASE_TAG)
    ? { kind: 'image', shell: 'bash' }
    : { kind: 'unknown' };
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

/** The distribution family of a stage's base image, as far as its name and tag say for certain. */
export type ImageFamily = 'alpine' | 'busybox' | 'debian' | 'red-hat';

/** Official images built on Alpine in every Linux tag. */
const ALPINE_BASED_IMAGES: ReadonlySet<string> = new Set(['bash', 'docker', 'caddy', 'traefik']);

/** Tags of Debian-family official images whose variant is Alpine without saying so: wordpress:cli-php8.2. */
const ALPINE_VARIANT_TAGS: Readonly<Record<string, RegExp>> = { wordpress: /^cli(?:-|$)/ };

/** Tags of Debian-family official images that name another distribution or no Linux at all. */
const NOT_DEBIAN_TAG =
  /alpine|ubi|corretto|amazon|oracle|centos|windows|nanoserver|servercore|ltsc|distroless|wolfi|musl/;

/**
 * The openjdk variants of maven, tomcat and gradle are built on openjdk's own tags, which are
 * Oracle Linux (microdnf) from Java 17 on and Debian before; only their -slim tags are always Debian.
 */
const OPENJDK_TAG = /openjdk(?!.*slim)/;

/** Docker Hub's per-architecture copies of the official images (`arm64v8/python`). */
const ARCHITECTURE_NAMESPACES: ReadonlySet<string> = new Set([
  'amd64',
  'arm32v5',
  'arm32v6',
  'arm32v7',
  'arm64v8',
  'i386',
  'ppc64le',
  'riscv64',
  's390x',
  'windows-amd64',
]);

/**
 * An official image, or a copy of one under its own name: `python`, `docker.io/library/python`,
 * `public.ecr.aws/docker/library/python`, `arm64v8/python`, `registry.example.com/python`. Other
 * publishers reuse the names on other distributions: `public.ecr.aws/lambda/python` is Amazon
 * Linux, `cgr.dev/chainguard/python` Wolfi, `registry.suse.com/bci/python` SUSE.
 */
function isOfficialImage(image: BaseImage): boolean {
  const namespace = image.reference.repository.split('/').slice(0, -1);
  if (namespace.length === 0 || namespace[namespace.length - 1] === 'library') return true;
  return (
    namespace.length === 1 && image.reference.registry === undefined && ARCHITECTURE_NAMESPACES.has(namespace[0] ?? '')
  );
}

/**
 * `alpine` (apk), `busybox` (no package manager), `debian` (apt, also Ubuntu) or `red-hat` (dnf,
 * yum or microdnf); undefined when a build argument chooses the image or its tag, or the name does
 * not settle it (openjdk and mysql moved from Debian to Oracle Linux between tags, and an image
 * of another publisher may carry an official image's name).
 */
export function imageFamilyOf(file: ParsedDockerfile, stage: Stage): ImageFamily | undefined {
  const image = rootImageOf(file, stage);
  if (!image) return undefined;
  const chosen = chosenByArg(image.written);
  if (chosen.name || chosen.tag) return undefined;
  const name = imageName(image);
  const tag = image.reference.tag ?? '';
  const official = isOfficialImage(image);
  if (name === 'busybox' && official) return 'busybox';
  if (
    /alpine|busybox/.test(tag) ||
    (official && (name === 'alpine' || ALPINE_BASED_IMAGES.has(name)) && !/windows|nanoserver|servercore/.test(tag)) ||
    (official && ownValue(ALPINE_VARIANT_TAGS, name)?.test(tag) === true)
  )
    return 'alpine';
  if (RED_HAT_FAMILY.includes(name) || /^ubi\d*(-minimal|-init)?$/.test(name)) return 'red-hat';
  if (official && DEBIAN_BASED_IMAGES.has(name) && !NOT_DEBIAN_TAG.test(tag) && !OPENJDK_TAG.test(tag)) return 'debian';
  return undefined;
}
