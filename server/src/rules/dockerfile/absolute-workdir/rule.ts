import path from 'node:path';
import type { Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import type { ParsedDockerfile, Stage } from '../../../engine/dockerfile/context';
import { instructionGroups } from '../stages';

/** Absolute on Linux or Windows, or decided by a variable the rule cannot see. */
const NOT_RELATIVE = /^(["']?[/\\$]|["']?[A-Za-z]:)/;

export default defineDockerfileRule({
  id: 'absolute-workdir',
  title: {
    en: 'Use absolute WORKDIR paths',
    ko: 'WORKDIR에는 절대 경로 쓰기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['linux-filesystem', 'docker-architecture'],
  description: {
    en: 'A relative WORKDIR is resolved against whatever working directory came before, often one set inside the base image. When the base image changes, files land somewhere else. An absolute path says exactly where the following steps and the container process run.',
    ko: '상대 경로 WORKDIR은 그 전에 정해진 작업 디렉터리(흔히 베이스 이미지 안에서 정한 것)를 기준으로 풀립니다. 베이스 이미지가 바뀌면 파일이 다른 곳에 놓입니다. 절대 경로는 다음 단계와 컨테이너 프로세스가 어디서 실행되는지 정확히 말해 줍니다.',
  },
  remediation: {
    en: 'Write the full path: `WORKDIR /app` rather than `WORKDIR app`.',
    ko: '전체 경로를 쓰세요: `WORKDIR app`이 아니라 `WORKDIR /app`.',
  },
  peers: { hadolint: ['DL3000'], buildkit: ['WorkdirRelativePath'] },
  example: {
    bad: 'FROM node:22.11-alpine3.20\nWORKDIR app\nCOPY server.js /app/\nUSER node\nCMD ["node", "/app/server.js"]\n',
    good: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js /app/\nUSER node\nCMD ["node", "/app/server.js"]\n',
  },
  messages: {
    relative: {
      en: 'WORKDIR "{path}" is relative; where it lands depends on the previous working directory.',
      ko: 'WORKDIR "{path}"{이/가} 상대 경로입니다. 실제 위치가 이전 작업 디렉터리에 따라 달라집니다.',
    },
    fixTitle: { en: 'Use the absolute path {path}', ko: '절대 경로 {path} 사용하기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const { stage, instructions } of instructionGroups(ctx.file)) {
      for (const instruction of instructions) {
        if (instruction.getKeyword() !== 'WORKDIR') continue;
        const argument = instruction.getArguments()[0];
        const written = argument?.getValue();
        if (!argument || !written || NOT_RELATIVE.test(written)) continue;
        const range = argument.getRange();
        const previous = stage ? workdirBefore(ctx.file, stage, instruction) : undefined;
        const absolute = previous && /^[\w./-]+$/.test(written) ? path.posix.join(previous, written) : undefined;
        ctx.report({
          range,
          message: ctx.t('relative', { path: written }),
          ...(absolute && instruction.getArguments().length === 1
            ? { fix: { title: ctx.t('fixTitle', { path: absolute }), edits: [{ range, newText: absolute }] } }
            : {}),
        });
      }
    }
  },
});

/**
 * The working directory in effect just before `target`, when the Dockerfile alone decides it:
 * a literal absolute WORKDIR earlier in the stage or a stage it builds on, or `/` in `FROM scratch`.
 * Undefined when it comes from a base image or a variable.
 */
function workdirBefore(file: ParsedDockerfile, stage: Stage, target?: Instruction): string | undefined {
  const parent = file.parentStage(stage);
  const image = stage.from.getImage()?.toLowerCase();
  let current: string | undefined = parent ? workdirBefore(file, parent) : image === 'scratch' ? '/' : undefined;
  for (const instruction of stage.instructions) {
    if (instruction === target) break;
    if (instruction.getKeyword() !== 'WORKDIR') continue;
    const value = instruction.getArguments()[0]?.getValue();
    if (!value || !/^[\w./-]+$/.test(value)) current = undefined;
    else if (value.startsWith('/')) current = path.posix.normalize(value);
    else current = current === undefined ? undefined : path.posix.join(current, value);
  }
  return current;
}
