import type { ParsedDockerfile } from '../../../engine/dockerfile/context';
import { defineDockerfileRule } from '../../../engine/rule';
import { instructionGroups, stageChain, type InstructionGroup } from '../stages';
import { transferOf } from '../transfers';

/** Absolute on Linux or Windows, or decided by a variable the rule cannot see. */
const NOT_RELATIVE = /^([/\\$]|[A-Za-z]:)/;

export default defineDockerfileRule({
  id: 'relative-copy-destination',
  title: {
    en: 'Set WORKDIR before copying to a relative path',
    ko: '상대 경로로 복사하기 전에 WORKDIR 정하기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['linux-filesystem', 'docker-architecture'],
  description: {
    en: '`COPY app.py .` puts the file in the current working directory. Until a WORKDIR in this stage (or a stage it builds FROM) sets it, that directory is whatever the base image chose: `/` for most images, `/go` for golang, `/var/www/html` for php. A new base image version or a switch to another image then moves your files without any error.',
    ko: '`COPY app.py .`는 파일을 현재 작업 디렉터리에 둡니다. 이 스테이지(또는 FROM으로 바탕으로 삼는 스테이지)의 WORKDIR이 정하기 전까지 그 디렉터리는 베이스 이미지가 고른 곳입니다: 대부분 `/`, golang은 `/go`, php는 `/var/www/html`. 베이스 이미지의 새 버전이나 다른 이미지로 바꾸면 아무 오류 없이 파일 위치가 바뀝니다.',
  },
  remediation: {
    en: 'Set the directory first (`WORKDIR /app`), or copy to an absolute path (`COPY app.py /app/`).',
    ko: '먼저 디렉터리를 정하거나(`WORKDIR /app`), 절대 경로로 복사하세요(`COPY app.py /app/`).',
  },
  peers: { hadolint: ['DL3045'] },
  example: {
    bad: 'FROM python:3.13-slim\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
  },
  messages: {
    relative: {
      en: '{keyword} to the relative path "{path}" before any WORKDIR: the file lands in the base image\'s working directory.',
      ko: 'WORKDIR 전에 상대 경로 "{path}"{으로/로} {keyword}합니다: 파일이 베이스 이미지의 작업 디렉터리에 놓입니다.',
    },
  },
  check(ctx) {
    for (const group of instructionGroups(ctx.file)) {
      if (workdirKnownAtStart(ctx.file, group)) continue;
      for (const instruction of group.instructions) {
        const keyword = instruction.getKeyword();
        if (keyword === 'WORKDIR') break;
        const destination = transferOf(instruction)?.destination;
        if (!destination || NOT_RELATIVE.test(destination.value)) continue;
        ctx.report({ range: destination.range, message: ctx.t('relative', { keyword, path: destination.value }) });
      }
    }
  },
});

/** A WORKDIR in a stage this one builds on, or `FROM scratch`, where the directory is `/`. */
function workdirKnownAtStart(file: ParsedDockerfile, group: InstructionGroup): boolean {
  if (!group.stage) return false;
  const chain = stageChain(file, group.stage);
  const root = chain[chain.length - 1];
  if ((root?.from.getImage() ?? '').toLowerCase() === 'scratch') return true;
  return chain.slice(1).some((stage) => stage.instructions.some((i) => i.getKeyword() === 'WORKDIR'));
}
