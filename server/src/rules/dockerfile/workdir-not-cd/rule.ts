import type { Instruction } from 'dockerfile-ast';
import type { DockerfileContext, RunStep } from '../../../engine/dockerfile/context';
import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { defineDockerfileRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { wordText } from '../package-managers';
import { parseAlone, shellSource } from '../run-edits';
import { basename } from '../run-words';
import { inKeywordCase, shippedStages } from '../support';

/** Commands that create directories: a later `cd` into what they made has no WORKDIR before the RUN. */
const CREATORS = new Set([
  'mkdir',
  'tar',
  'bsdtar',
  'unzip',
  '7z',
  '7za',
  'git',
  'svn',
  'hg',
  'cp',
  'mv',
  'ln',
  'rsync',
  'install',
  'curl',
  'wget',
  'cpio',
  'dpkg-source',
  'apt-get',
  'go',
]);
const UNPACKERS = new Set([
  'tar',
  'bsdtar',
  'unzip',
  '7z',
  '7za',
  'git',
  'svn',
  'hg',
  'cpio',
  'dpkg-source',
  'apt-get',
]);

/**
 * Only a `cd` to a fixed path could be a WORKDIR. A directory computed while the RUN executes
 * (`cd "$(mktemp -d)"`, `cd "$tempDir"`), `cd -`, a glob (`cd /tmp/luarocks*`) and a directory the
 * same RUN creates or unpacks first have no WORKDIR equivalent: WORKDIR is set before the RUN starts.
 * A directory the RUN leaves again (another `cd`) or removes is scratch space: as a WORKDIR it
 * would outlive the RUN, and later steps would start in it, or in a directory that is gone.
 */
function declarable(command: ShellCommand, before: readonly ShellCommand[], after: readonly ShellCommand[]): boolean {
  const target = command.args[0]?.literal;
  if (command.args.length !== 1 || target === undefined || target === '-' || /[*?[]/.test(target)) return false;
  const path = target.replace(/(.)\/+$/, '$1');
  const mentions = (other: ShellCommand): boolean =>
    other.args.some((arg) => {
      const written = (wordText(arg) ?? arg.raw.replace(/["']/g, '')).replace(/(.)\/+$/, '$1');
      return written === path || (written.length > 1 && written.startsWith('/') && path.startsWith(`${written}/`));
    });
  const made = before.some((earlier) => {
    const name = basename(earlier.name);
    if (!CREATORS.has(name)) return false;
    return (!path.startsWith('/') && UNPACKERS.has(name)) || mentions(earlier);
  });
  const left = after.some((later) => {
    const name = basename(later.name);
    return name === 'cd' || name === 'popd' || (name === 'rm' && mentions(later));
  });
  return !made && !left;
}

export default defineDockerfileRule({
  id: 'workdir-not-cd',
  title: {
    en: 'Use WORKDIR instead of cd',
    ko: 'cd 대신 WORKDIR 쓰기',
  },
  severity: 'info',
  concept: 'declarative-specs',
  topics: ['union-filesystem', 'docker-architecture'],
  description: {
    en: 'Each RUN starts in the WORKDIR again, so a `cd` lasts only until the end of its RUN. Declaring the directory with WORKDIR states where the following steps happen, keeps RUN lines short, and carries over to CMD and ENTRYPOINT. Not reported: a `cd` into a directory the same RUN creates or unpacks, or into a glob such as `/tmp/tool-*` (WORKDIR is set before the RUN starts, so it cannot name it), and into a scratch directory the RUN leaves or removes again (as a WORKDIR it would outlive the RUN).',
    ko: 'RUN마다 WORKDIR에서 다시 시작하므로 `cd`는 그 RUN이 끝날 때까지만 유효합니다. WORKDIR로 디렉터리를 선언하면 다음 단계가 어디서 실행되는지 드러나고, RUN 줄이 짧아지며, CMD와 ENTRYPOINT에도 이어집니다. 다음은 알리지 않습니다: 같은 RUN이 만들거나 압축을 푼 디렉터리나 `/tmp/tool-*` 같은 글롭으로의 `cd`(WORKDIR은 RUN이 시작되기 전에 정해지므로 가리킬 수 없습니다), 그리고 RUN이 다시 떠나거나 지우는 임시 디렉터리로의 `cd`(WORKDIR로 두면 RUN이 끝난 뒤에도 남습니다).',
  },
  remediation: {
    en: 'Replace `RUN cd /app && make` by `WORKDIR /app` followed by `RUN make`. The fix does it when the result is the same: the cd comes first, and the directory in effect afterwards is restored (or is set again anyway).',
    ko: '`RUN cd /app && make`를 `WORKDIR /app`과 `RUN make`로 바꾸세요. 결과가 같을 때 수정이 이를 해 줍니다: cd가 맨 앞에 있고, 이후에 쓰이던 디렉터리를 되돌려 놓을 수 있을 때(또는 어차피 다시 정할 때)입니다.',
  },
  peers: { hadolint: ['DL3003'] },
  example: {
    bad: 'FROM node:22-alpine\nCOPY package.json package-lock.json /app/\nRUN cd /app && npm ci --omit=dev && npm cache clean --force\nCOPY . /app\nUSER node\nCMD ["node", "/app/server.js"]\n',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev && npm cache clean --force\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    cd: {
      en: 'RUN changes directory with "{command}"; declare it with WORKDIR instead.',
      ko: 'RUN이 "{command}"{으로/로} 디렉터리를 바꿉니다. 대신 WORKDIR로 선언하세요.',
    },
    fixTitle: { en: 'Move "cd {path}" to WORKDIR {path}', ko: '"cd {path}"{을/를} WORKDIR {path}{으로/로} 옮기기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const step of ctx.file.runs()) {
      const commands = step.commands;
      if (!commands) continue;
      // Only the first cd of a RUN could become a WORKDIR; later ones move around within the RUN.
      const index = commands.findIndex((c) => basename(c.name) === 'cd');
      const cd = commands[index];
      if (!cd || !declarable(cd, commands.slice(0, index), commands.slice(index + 1))) continue;
      const path = cd.args[0]?.literal ?? '';
      const fix = index === 0 ? workdirFix(ctx, step, cd, path) : undefined;
      ctx.report({ range: cd.range, message: ctx.t('cd', { command: `cd ${path}` }), ...(fix ? { fix } : {}) });
    }
  },
});

/**
 * `RUN cd /app && make` → `WORKDIR /app` + `RUN make`, when that means the same: the cd opens the
 * RUN (followed by `&&` or `;`), the rest never returns with `cd -`, and whatever comes next in
 * the stage still sees the directory it saw before (a WORKDIR back to it is added when needed).
 */
function workdirFix(ctx: DockerfileContext, step: RunStep, cd: ShellCommand, path: string): Fix | undefined {
  if (step.onbuild || !step.stage || cd.pipe || !path.startsWith('/')) return undefined;
  const source = shellSource(ctx, step);
  if (!source) return undefined;
  const cdStart = ctx.index.offsetAt(cd.range.start) - source.start;
  const cdEnd = ctx.index.offsetAt(cd.range.end) - source.start;
  if (source.text.slice(0, cdStart).trim() !== '') return undefined;
  const separator = /^([ \t]|\\\r?\n)*(&&|;)(\s|\\\r?\n)*/.exec(source.text.slice(cdEnd));
  const rest = source.text.slice(cdEnd + (separator?.[0].length ?? 0));
  if (!separator || rest.trim() === '' || /\bOLDPWD\b|\bcd\s+-(\s|$)/.test(rest)) return undefined;
  const restCommands = parseAlone(rest);
  if (!restCommands || restCommands.length !== (step.commands?.length ?? 0) - 1) return undefined;
  const restore = directoryToRestore(ctx, step);
  if (restore === null) return undefined;
  const line = step.instruction.getRange().start.line;
  const workdir = inKeywordCase(ctx.file, 'WORKDIR');
  const edits = [
    { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${workdir} ${path}\n` },
    {
      range: { start: cd.range.start, end: ctx.index.positionAt(source.start + cdEnd + separator[0].length) },
      newText: '',
    },
  ];
  if (restore !== undefined) {
    const end = step.instruction.getRange().end;
    edits.push({ range: { start: end, end }, newText: `\n${workdir} ${restore}` });
  }
  return { title: ctx.t('fixTitle', { path }), edits };
}

const DEPENDS_ON_WORKDIR = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'ONBUILD', 'COPY', 'ADD']);

/**
 * The directory to set again after the RUN: undefined when nothing later depends on it (the next
 * such instruction is an absolute WORKDIR, or the stage ends and is neither shipped nor built
 * FROM), the previous absolute WORKDIR when something does, and null when that is unknown.
 */
function directoryToRestore(ctx: DockerfileContext, step: RunStep): string | undefined | null {
  const stage = step.stage;
  if (!stage) return null;
  const after = stage.instructions.slice(stage.instructions.indexOf(step.instruction) + 1);
  let needed = false;
  for (const instruction of after) {
    const keyword = instruction.getKeyword();
    if (keyword === 'WORKDIR') {
      if (absoluteWorkdir(instruction)) return undefined;
      needed = true;
      break;
    }
    if (DEPENDS_ON_WORKDIR.has(keyword) && !copiesToAbsolute(instruction)) {
      needed = true;
      break;
    }
  }
  if (!needed) {
    const builtFrom = ctx.stages.some((other) => ctx.file.parentStage(other) === stage);
    if (!shippedStages(ctx.file).has(stage) && !builtFrom) return undefined;
  }
  return previousWorkdir(ctx, step) ?? null;
}

function absoluteWorkdir(instruction: Instruction): string | undefined {
  const path = instruction.getRawArgumentsContent()?.trim();
  return path && /^\/[^$\s]*$/.test(path) ? path : undefined;
}

function copiesToAbsolute(instruction: Instruction): boolean {
  const keyword = instruction.getKeyword();
  if (keyword !== 'COPY' && keyword !== 'ADD') return false;
  const args = instruction.getArguments().filter((arg) => !arg.getValue().startsWith('--'));
  return args.length >= 2 && (args[args.length - 1]?.getValue().startsWith('/') ?? false);
}

/** The last WORKDIR before the RUN, in its stage or the stages it is built FROM, when it is absolute. */
function previousWorkdir(ctx: DockerfileContext, step: RunStep): string | undefined {
  const line = step.instruction.getRange().start.line;
  const seen = new Set<NonNullable<RunStep['stage']>>();
  for (let stage = step.stage; stage && !seen.has(stage); stage = ctx.file.parentStage(stage)) {
    seen.add(stage);
    const workdirs = stage.instructions.filter((i) => i.getKeyword() === 'WORKDIR' && i.getRange().start.line < line);
    const last = workdirs[workdirs.length - 1];
    if (last) return absoluteWorkdir(last);
  }
  return undefined;
}
