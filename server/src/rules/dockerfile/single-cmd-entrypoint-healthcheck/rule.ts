import type { Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { instructionGroups } from '../stages';

const ONCE_PER_STAGE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'] as const;

export default defineDockerfileRule({
  id: 'single-cmd-entrypoint-healthcheck',
  title: {
    en: 'Write CMD, ENTRYPOINT and HEALTHCHECK once per stage',
    ko: 'CMD, ENTRYPOINT, HEALTHCHECK는 스테이지마다 한 번만 쓰기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['containers', 'docker-operations'],
  description: {
    en: 'An image has one start command, one entrypoint and one health check: each later CMD, ENTRYPOINT or HEALTHCHECK in a stage silently replaces the one before. The earlier line then does nothing, yet a reader takes it for how the container starts.',
    ko: '이미지에는 시작 명령, 엔트리포인트, 상태 검사가 하나씩만 있습니다. 한 스테이지에서 나중에 쓴 CMD, ENTRYPOINT, HEALTHCHECK가 앞의 것을 조용히 대신합니다. 앞의 줄은 아무 일도 하지 않는데, 읽는 사람은 그것을 컨테이너가 시작하는 방식으로 여깁니다.',
  },
  remediation: {
    en: 'Keep only the instruction that should take effect, the last one, and delete the earlier ones. To run several things at start, write one script and make it the single CMD or ENTRYPOINT.',
    ko: '효력을 가질 명령어(마지막 것) 하나만 남기고 앞의 것은 지우세요. 시작할 때 여러 일을 해야 한다면 스크립트 하나를 만들어 그것을 유일한 CMD나 ENTRYPOINT로 두세요.',
  },
  peers: {
    hadolint: ['DL3012', 'DL4003', 'DL4004'],
    buildkit: ['MultipleInstructionsDisallowed'],
  },
  example: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py", "--migrate"]\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
  },
  messages: {
    replaced: {
      en: 'This {keyword} has no effect: the {keyword} on line {line} replaces it.',
      ko: '이 {keyword|은/는} 효력이 없습니다: {line}번째 줄의 {keyword|이/가} 이를 대신합니다.',
    },
    takesEffect: {
      en: 'This {keyword} is the one that takes effect.',
      ko: '효력을 갖는 것은 이 {keyword}입니다.',
    },
  },
  check(ctx) {
    for (const group of instructionGroups(ctx.file)) {
      for (const keyword of ONCE_PER_STAGE) {
        const written = group.instructions.filter((i) => i.getKeyword() === keyword);
        const last = written[written.length - 1] as Instruction | undefined;
        if (!last) continue;
        const line = last.getRange().start.line + 1;
        for (const earlier of written.slice(0, -1)) {
          ctx.report({
            range: earlier.getInstructionRange(),
            message: ctx.t('replaced', { keyword, line }),
            related: [{ range: last.getInstructionRange(), message: ctx.t('takesEffect', { keyword }) }],
          });
        }
      }
    }
  },
});
