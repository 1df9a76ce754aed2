import type { Instruction } from 'dockerfile-ast';
import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { defineDockerfileRule } from '../../../engine/rule';
import { finalImageInstructions } from '../stages';
import { commandName } from '../support';
import { transferOf } from '../transfers';

/** Archive suffixes ADD unpacks by itself (the list copy-not-add and hadolint use). */
const ARCHIVE = /\.(tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz)$/;
const UNPACKERS = new Set([
  'gunzip',
  'bunzip2',
  'unlzma',
  'unxz',
  'uncompress',
  'zcat',
  'gzcat',
  'xz',
  'bzip2',
  'gzip',
]);

const basename = (path: string): string =>
  path.replace(/\/+$/, '').slice(path.replace(/\/+$/, '').lastIndexOf('/') + 1);

export default defineDockerfileRule({
  id: 'add-to-extract-archives',
  title: {
    en: 'Unpack local archives without leaving them in a layer',
    ko: '로컬 압축 파일은 레이어에 남기지 않고 풀기',
  },
  severity: 'info',
  concept: 'image-layers',
  topics: ['union-filesystem'],
  description: {
    en: 'Each instruction adds a layer, and a later layer cannot make an earlier one smaller. `COPY app.tar.gz /tmp/` followed by `RUN tar -xzf /tmp/app.tar.gz` keeps the archive in the COPY layer next to its unpacked copy, even when the RUN deletes it. Only the final image is judged (its last stage and the stages it builds FROM).',
    ko: '명령어마다 레이어가 하나씩 생기고, 나중 레이어는 앞선 레이어를 줄일 수 없습니다. `COPY app.tar.gz /tmp/` 다음 `RUN tar -xzf /tmp/app.tar.gz`는 RUN이 압축 파일을 지워도 COPY 레이어에 압축 파일을, 그 옆에 풀린 사본을 남깁니다. 최종 이미지(마지막 스테이지와 그것이 FROM으로 바탕으로 삼는 스테이지)만 판단합니다.',
  },
  remediation: {
    en: 'Let ADD unpack the archive in one step (`ADD app.tar.gz /opt/app/`), or mount it only for the RUN that unpacks it: `RUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar -xzf /tmp/app.tar.gz -C /opt/app`.',
    ko: 'ADD가 한 번에 풀게 하거나(`ADD app.tar.gz /opt/app/`), 푸는 RUN에만 마운트하세요: `RUN --mount=type=bind,source=app.tar.gz,target=/tmp/app.tar.gz tar -xzf /tmp/app.tar.gz -C /opt/app`.',
  },
  peers: { hadolint: ['DL3010'] },
  example: {
    bad: 'FROM debian:12-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\nUSER 10001\nCMD ["/opt/app/run"]\n',
    good: 'FROM debian:12-slim\nADD app.tar.gz /opt/\nUSER 10001\nCMD ["/opt/app/run"]\n',
  },
  messages: {
    copied: {
      en: '"{archive}" stays in this layer after the RUN on line {line} unpacks it; let ADD unpack it, or bind-mount it for that RUN.',
      ko: '{line}번째 줄의 RUN이 "{archive}" 압축 파일을 푼 뒤에도 그 파일은 이 레이어에 남습니다. ADD로 풀거나 그 RUN에만 바인드 마운트하세요.',
    },
  },
  check(ctx) {
    const copied = new Map<string, Instruction>();
    for (const instruction of finalImageInstructions(ctx.file)) {
      const transfer = transferOf(instruction);
      if (transfer?.keyword === 'COPY' && !transfer.from) {
        for (const source of transfer.sources)
          if (ARCHIVE.test(source.value)) copied.set(basename(source.value), instruction);
        continue;
      }
      const commands = ctx.file.runCommands(instruction);
      if (!commands) continue;
      for (const command of commands) {
        if (!unpacks(command)) continue;
        for (const arg of command.args) {
          const name = basename(arg.literal ?? arg.raw);
          const copy = copied.get(name);
          if (!copy) continue;
          copied.delete(name);
          ctx.report({
            range: copy.getInstructionRange(),
            message: ctx.t('copied', { archive: name, line: instruction.getRange().start.line + 1 }),
          });
        }
      }
    }
  },
});

function unpacks(command: ShellCommand): boolean {
  const name = commandName(command);
  if (UNPACKERS.has(name)) return name === 'xz' || name === 'bzip2' || name === 'gzip' ? hasFlag(command, 'd') : true;
  if (name !== 'tar') return false;
  return command.args.some((a) => {
    const value = a.literal ?? '';
    return (
      value === '--extract' || value === '--get' || (/^-?[A-Za-z]*x[A-Za-z]*$/.test(value) && !value.startsWith('--'))
    );
  });
}

function hasFlag(command: ShellCommand, letter: string): boolean {
  return command.args.some((a) => /^-[A-Za-z]+$/.test(a.literal ?? '') && (a.literal ?? '').includes(letter));
}
