/**
 * What a Dockerfile's final image tells the manifests that run it: the user it runs as, the ports
 * it exposes and its health check. Read from the last stage and the stages it builds FROM, as the
 * builder assembles the image; plain data, so the workspace index keeps it without the text.
 */
import { ModifiableInstruction, type Instruction } from 'dockerfile-ast';
import type { Range } from '../types';
import type { ParsedDockerfile, Stage } from './context';
import { imageWithDefaults } from './from-image';
import type { ShellCommand, ShellWord } from './shell';

export interface ImageUser {
  /** As written, variables included (`app`, `10001`, `${APP_UID}`). */
  user: string;
  group?: string;
  /** True when `user` is a number, which is all the kubelet can check against runAsNonRoot. */
  numeric: boolean;
  /** The USER instruction. */
  range: Range;
  /**
   * The id the same image gives a named user when it creates it (`useradd -u 10001 app`,
   * `adduser -u 10001 -D app`); undefined when it is not created here or not with one id.
   */
  uid?: number;
}

export interface ExposedPort {
  /** A number, or the text as written when it holds a variable or a range (`${PORT}`, `8000-8010`). */
  port: number | string;
  protocol: 'tcp' | 'udp' | 'sctp';
  range: Range;
}

export interface ImageHealthcheck {
  kind: 'none' | 'shell' | 'exec';
  /** The exec form's words, or the shell form's command line as one entry. */
  command?: string[];
  range: Range;
  /** `--interval`, `--timeout`, `--start-period` and `--retries` as written; Docker's defaults apply to those left out. */
  interval?: string;
  timeout?: string;
  startPeriod?: string;
  retries?: string;
  /**
   * The image's SHELL (the last of the chain, which the container runs a shell-form check
   * through instead of `/bin/sh -c`); empty when that SHELL is no JSON array of strings.
   */
  shell?: string[];
}

export interface ImageFacts {
  /** The Dockerfile, as the index was told (a URI in the editor, a path in the CLI). */
  uri: string;
  /** The final stage's FROM, where a finding about the image as a whole points. */
  from: Range;
  /**
   * The image the final stage's chain starts from, with the ARG defaults put in (`python:3.12`,
   * `scratch`); undefined when a variable without a default leaves it unknown.
   */
  base?: string;
  /** The last USER of the chain; undefined when none sets one (the base image's user applies). */
  user?: ImageUser;
  exposed: ExposedPort[];
  healthcheck?: ImageHealthcheck;
  /** The final stage's `AS` name, lower-cased as BuildKit compares it, when it has one. */
  stage?: string;
  /**
   * The image each earlier named stage would be, by its lower-cased name: what a build that stops
   * there (`docker build --target`, Compose's `build.target`, skaffold's `docker.target`) deploys.
   */
  targets?: Record<string, StageFacts>;
}

/** What one stage's image tells, as ImageFacts without the file and the other stages. */
export type StageFacts = Omit<ImageFacts, 'uri' | 'stage' | 'targets'>;

/** The final image's facts, and each named stage's; undefined for a file without a FROM, which builds no image. */
export function imageFactsOf(file: ParsedDockerfile, uri: string): ImageFacts | undefined {
  const final = file.stages[file.stages.length - 1];
  if (!final) return undefined;
  const facts: ImageFacts = { uri, ...stageFactsOf(file, final) };
  if (final.name) facts.stage = final.name;
  // Built from entries, so a stage named like an Object property (`constructor`) is a key of its own.
  const targets = file.stages
    .filter((stage) => stage !== final && stage.name !== undefined && stage.name !== final.name)
    .map((stage) => [stage.name as string, stageFactsOf(file, stage)] as const);
  if (targets.length > 0) facts.targets = Object.fromEntries(targets);
  return facts;
}

/**
 * The image a build that stops at `target` makes: the final one without a target or when the
 * target names the last stage, the named stage's otherwise; undefined for a stage the file does
 * not have (the build fails).
 */
export function imageForTarget(facts: ImageFacts, target: string | undefined): ImageFacts | undefined {
  if (target === undefined) return facts;
  const name = target.toLowerCase();
  if (name === facts.stage) return facts;
  const targets = facts.targets;
  if (!targets || !Object.hasOwn(targets, name)) return undefined;
  return { uri: facts.uri, stage: name, ...(targets[name] as StageFacts) };
}

/** One stage's image: the stage and the stages it builds FROM, as the builder assembles it. */
function stageFactsOf(file: ParsedDockerfile, last: Stage): StageFacts {
  const chain: Stage[] = [];
  for (let stage: Stage | undefined = last; stage && !chain.includes(stage); stage = file.parentStage(stage))
    chain.push(stage);
  const root = chain[chain.length - 1] as Stage;
  const base = imageWithDefaults(file, root.from).replace(/^["']|["']$/g, '');
  const facts: StageFacts = { from: last.from.getRange(), exposed: exposedPorts(chain) };
  if (base && !base.includes('$')) facts.base = base;
  const user = lastOf(chain, 'USER');
  if (user) facts.user = userOf(file, chain, user);
  const healthcheck = lastOf(chain, 'HEALTHCHECK');
  if (healthcheck) facts.healthcheck = healthcheckOf(healthcheck, lastOf(chain, 'SHELL'));
  return facts;
}

/** The last instruction with the keyword, nearest stage first: a later stage overrides its parent. */
function lastOf(chain: readonly Stage[], keyword: string): Instruction | undefined {
  for (const stage of chain) {
    const found = stage.instructions.filter((instruction) => instruction.getKeyword() === keyword);
    if (found.length > 0) return found[found.length - 1];
  }
  return undefined;
}

function userOf(file: ParsedDockerfile, chain: readonly Stage[], instruction: Instruction): ImageUser {
  const written = instruction.getArguments()[0]?.getValue() ?? '';
  const colon = written.indexOf(':');
  const user = colon === -1 ? written : written.slice(0, colon);
  const facts: ImageUser = { user, numeric: /^\d+$/.test(user), range: instruction.getRange() };
  if (colon !== -1) facts.group = written.slice(colon + 1);
  if (!facts.numeric && !user.includes('$')) {
    const uid = createdUid(file, chain, user);
    if (uid !== undefined) facts.uid = uid;
  }
  return facts;
}

/** Expose ports of every stage of the chain: EXPOSE adds to what the parent image exposes. */
function exposedPorts(chain: readonly Stage[]): ExposedPort[] {
  const ports: ExposedPort[] = [];
  for (const stage of [...chain].reverse()) {
    for (const instruction of stage.instructions) {
      if (instruction.getKeyword() !== 'EXPOSE') continue;
      for (const argument of instruction.getArguments()) {
        const [port = '', protocol = 'tcp'] = argument.getValue().split('/');
        const lower = protocol.toLowerCase();
        ports.push({
          port: /^\d+$/.test(port) ? Number(port) : port,
          protocol: lower === 'udp' || lower === 'sctp' ? lower : 'tcp',
          range: argument.getRange(),
        });
      }
    }
  }
  return ports;
}

/** `8080`, `53/udp`, `8000-8010`: an exposed port as EXPOSE would write it, TCP left implicit. */
export function exposedText(port: ExposedPort): string {
  return port.protocol === 'tcp' ? String(port.port) : `${port.port}/${port.protocol}`;
}

/** HEALTHCHECK options and the fields that keep them. */
const HEALTHCHECK_OPTIONS = new Map<string, 'interval' | 'timeout' | 'startPeriod' | 'retries'>([
  ['interval', 'interval'],
  ['timeout', 'timeout'],
  ['start-period', 'startPeriod'],
  ['retries', 'retries'],
]);

function healthcheckOf(instruction: Instruction, shell: Instruction | undefined): ImageHealthcheck {
  const range = instruction.getRange();
  // Options come before the subcommand; continuation lines are joined by getArgumentsContent.
  const rest = (instruction.getArgumentsContent() ?? '').replace(/^(\s*--\S+)*\s*/, '');
  const subcommand = /^(\S+)\s*([\s\S]*)$/.exec(rest);
  if (!subcommand || subcommand[1]?.toUpperCase() !== 'CMD') return { kind: 'none', range };
  const line = (subcommand[2] ?? '').trim();
  const words = execWords(line);
  const check: ImageHealthcheck = words
    ? { kind: 'exec', command: words, range }
    : { kind: 'shell', command: [line], range };
  const flags = instruction instanceof ModifiableInstruction ? instruction.getFlags() : [];
  for (const flag of flags) {
    const field = HEALTHCHECK_OPTIONS.get(flag.getName());
    const value = flag.getValue();
    if (field && value !== null) check[field] = value;
  }
  if (shell) check.shell = execWords((shell.getArgumentsContent() ?? '').trim()) ?? [];
  return check;
}

/** The exec form's words; undefined when the text is no JSON array of strings (Docker then runs it as shell). */
function execWords(line: string): string[] | undefined {
  if (!line.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(line);
    return Array.isArray(parsed) && parsed.every((word) => typeof word === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Short options of useradd and BusyBox adduser that take a value, and the long ones of both adduser kinds. */
const SHORT_WITH_VALUE: Record<string, string> = { useradd: 'bcdefgGkKpsuZ', adduser: 'hgsGku' };
const LONG_WITH_VALUE = new Set([
  '--uid',
  '--gid',
  '--home',
  '--home-dir',
  '--base-dir',
  '--shell',
  '--comment',
  '--gecos',
  '--ingroup',
  '--groups',
  '--expiredate',
  '--inactive',
  '--skel',
  '--key',
  '--password',
  '--selinux-user',
  '--conf',
  '--firstuid',
  '--lastuid',
]);

/**
 * The id the chain's RUN steps give `name` when they create it. Several creations with different
 * ids, or one without a literal id, leave it unknown: a fix must not write a guess.
 */
function createdUid(file: ParsedDockerfile, chain: readonly Stage[], name: string): number | undefined {
  const ids = new Set<number | undefined>();
  for (const step of file.runs()) {
    if (step.onbuild || !step.stage || !chain.includes(step.stage)) continue;
    for (const command of step.commands ?? []) {
      const created = userCreated(command);
      if (created?.name === name) ids.add(created.uid);
    }
  }
  const [only] = ids;
  return ids.size === 1 ? only : undefined;
}

/** A word's value when it holds no expansion: quotes removed, as the shell would. */
function wordValue(word: ShellWord): string | undefined {
  if (word.literal !== undefined) return word.literal;
  if (/[$`\\]/.test(word.raw)) return undefined;
  const unquoted = word.raw.replace(/"([^"]*)"|'([^']*)'/g, '$1$2');
  return /["']/.test(unquoted) ? undefined : unquoted;
}

/** The user a `useradd` or `adduser` command creates, and the id it asks for. */
function userCreated(command: ShellCommand): { name: string; uid: number | undefined } | undefined {
  const program = command.name.slice(command.name.lastIndexOf('/') + 1);
  const short = SHORT_WITH_VALUE[program];
  if (short === undefined) return undefined;
  const words = command.args.map(wordValue);
  const operands: (string | undefined)[] = [];
  let uid: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined || !word.startsWith('-') || word === '-') {
      operands.push(word);
      continue;
    }
    let value: string | undefined;
    let option = word;
    if (word.startsWith('--')) {
      const equals = word.indexOf('=');
      if (equals !== -1) [option, value] = [word.slice(0, equals), word.slice(equals + 1)];
      else if (LONG_WITH_VALUE.has(word)) value = words[++i];
      if (option === '--uid') uid = value;
      continue;
    }
    // A cluster (`-Du 10001`, `-u10001`): the first letter that takes a value takes the rest or the next word.
    for (let at = 1; at < word.length; at++) {
      const letter = word.charAt(at);
      if (!short.includes(letter)) continue;
      value = at + 1 < word.length ? word.slice(at + 1) : words[++i];
      if (letter === 'u') uid = value;
      break;
    }
  }
  // useradd takes one operand, the login; adduser's first is the user (a second names a group).
  const name = operands[0];
  if (name === undefined || (program === 'useradd' && operands.length !== 1)) return undefined;
  return { name, uid: uid !== undefined && /^\d+$/.test(uid) ? Number(uid) : undefined };
}
