import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { defineDockerfileRule } from '../../../engine/rule';
import { rangeContains } from '../../../engine/text';
import { wordText } from '../package-managers';
import { basename, hasFlag, operandsOf, runsProgram } from '../run-words';

const DOWNLOADERS = new Set(['curl', 'wget', 'fetch']);
/** Programs that run the code they are given: shells and script interpreters. */
const INTERPRETER = /^(sh|bash|ash|dash|zsh|ksh|python[0-9.]*|perl|ruby|node|php|eval|source|\.)$/;

export default defineDockerfileRule({
  id: 'no-curl-pipe-shell',
  title: {
    en: 'Check a downloaded script before running it',
    ko: '내려받은 스크립트는 확인한 뒤 실행하기',
  },
  severity: 'warning',
  concept: 'immutable-images',
  topics: ['docker-operations', 'cloud-native'],
  description: {
    en: '`curl … | sh` (or `wget -O- … | bash`, `sh -c "$(curl …)"`) runs whatever the server sends at build time: nothing checks that it is the script you reviewed, a compromised or changed server changes your image silently, and a download cut short runs half a script, which the shell happily executes. The image then depends on a remote file that no digest or version pins.',
    ko: '`curl … | sh`(또는 `wget -O- … | bash`, `sh -c "$(curl …)"`)는 빌드할 때 서버가 보내는 것을 그대로 실행합니다. 검토한 그 스크립트인지 아무것도 확인하지 않으므로 서버가 바뀌거나 침해되면 이미지가 조용히 바뀌고, 도중에 끊긴 다운로드는 스크립트의 절반만 실행됩니다. 이미지는 다이제스트나 버전으로 고정되지 않은 원격 파일에 기대게 됩니다.',
  },
  remediation: {
    en: 'Download to a file, check it against a published checksum or signature, then run it: `curl -fsSLo install.sh https://example.com/install.sh && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh`. Better still, install a versioned package or release archive with its checksum.',
    ko: '파일로 내려받아 공개된 체크섬이나 서명으로 확인한 뒤 실행하세요: `curl -fsSLo install.sh https://example.com/install.sh && echo "<sha256>  install.sh" | sha256sum -c - && sh install.sh`. 더 좋은 방법은 버전이 정해진 패키지나 릴리스 아카이브를 체크섬과 함께 설치하는 것입니다.',
  },
  peers: {},
  noPeer:
    'hadolint, its ShellCheck pass and BuildKit do not look at what a pipeline feeds into a shell; only image scanners see the result, after the build.',
  example: {
    bad: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/install.sh | sh\nUSER nobody\nCMD ["/usr/local/bin/tool"]\n',
    good: 'FROM debian:12\nRUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n && echo "3f5e8a1c2b7d4e6f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh \\\n && rm /tmp/install.sh\nUSER nobody\nCMD ["/usr/local/bin/tool"]\n',
  },
  messages: {
    pipe: {
      en: '"{downloader} … | {runner}" runs a script straight from the network; download it, verify its checksum, then run it.',
      ko: '"{downloader} … | {runner}"{이/가} 네트워크에서 받은 스크립트를 바로 실행합니다. 내려받아 체크섬을 확인한 뒤 실행하세요.',
    },
    substitution: {
      en: '"{runner}" runs what {downloader} fetches without checking it; download to a file, verify its checksum, then run it.',
      ko: '"{runner}"{이/가} {downloader}{으로/로} 받은 것을 확인 없이 실행합니다. 파일로 내려받아 체크섬을 확인한 뒤 실행하세요.',
    },
  },
  check(ctx) {
    for (const step of ctx.file.runs()) {
      const commands = step.commands;
      if (!commands) continue;
      for (const runner of commands) {
        const program = runsProgram(runner);
        if (!INTERPRETER.test(program)) continue;
        const fed = runner.pipe && readsInput(runner, program) ? feedingDownloader(commands, runner) : undefined;
        if (fed && runner.pipe) {
          ctx.report({
            range: runner.pipe.pipeline.range,
            message: ctx.t('pipe', { downloader: basename(fed.name), runner: program }),
          });
          continue;
        }
        const inner = commands.find(
          (c) =>
            DOWNLOADERS.has(basename(c.name)) &&
            runner.args.some((arg) => rangeContains(arg.range, c.range.start) && rangeContains(arg.range, c.range.end)),
        );
        if (inner)
          ctx.report({
            range: runner.range,
            message: ctx.t('substitution', { downloader: basename(inner.name), runner: program }),
          });
      }
    }
  },
});

/** A downloader writing to standard output in an earlier stage of the runner's pipeline. */
function feedingDownloader(commands: readonly ShellCommand[], runner: ShellCommand): ShellCommand | undefined {
  const pipe = runner.pipe;
  if (!pipe) return undefined;
  return commands.find(
    (c) =>
      c.pipe?.pipeline === pipe.pipeline &&
      c.pipe.stage < pipe.stage &&
      DOWNLOADERS.has(basename(c.name)) &&
      !writesFile(c),
  );
}

/** curl -o/-O and wget without `-O -` save to a file instead of passing the script on. */
function writesFile(download: ShellCommand): boolean {
  const name = basename(download.name);
  if (name === 'curl') return hasFlag(download, ['--output', '--remote-name', '--remote-name-all'], 'oO');
  if (name !== 'wget') return false;
  const words = download.args.map((w) => wordText(w) ?? w.raw);
  return !words.some(
    (w, i) =>
      w === '-O-' ||
      /^-[a-zA-Z]*O-$/.test(w) ||
      ((w === '-O' || /^-[a-zA-Z]*O$/.test(w) || w === '--output-document') && words[i + 1] === '-') ||
      w === '--output-document=-',
  );
}

/** `sh`, `bash -s -- args`, `python3 -`: a runner that reads its program from the pipe (not `sh -c …` or `bash file`). */
function readsInput(runner: ShellCommand, program: string): boolean {
  if (program === 'eval' || program === 'source' || program === '.') return false;
  if (hasFlag(runner, [], 'c')) return false;
  if (hasFlag(runner, [], 's')) return true;
  const operands = operandsOf(runner).filter((w) => basename(wordText(w) ?? '') !== program);
  return operands.length === 0 || wordText(operands[0] as (typeof operands)[number]) === '-';
}
