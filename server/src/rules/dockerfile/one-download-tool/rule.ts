import type { Stage } from '../../../engine/dockerfile/context';
import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { defineDockerfileRule } from '../../../engine/rule';
import { basename } from '../run-words';

const TOOLS = new Set(['curl', 'wget']);

export default defineDockerfileRule({
  id: 'one-download-tool',
  title: {
    en: 'Use one download tool per stage',
    ko: '스테이지마다 다운로드 도구 하나만 쓰기',
  },
  severity: 'info',
  concept: 'image-layers',
  topics: ['linux-filesystem', 'union-filesystem'],
  description: {
    en: 'curl and wget do the same job. A stage that uses both usually installs both, and the image carries two tools (and their libraries) where one would do, with two sets of flags for the reader to know. hadolint warns about this everywhere; here it is advice per stage, because a build stage that fetches with wget and a final stage that uses curl ship only one of them.',
    ko: 'curl과 wget은 같은 일을 합니다. 둘 다 쓰는 스테이지는 대개 둘 다 설치하므로, 하나면 될 도구(와 그 라이브러리)를 이미지가 둘 싣고, 읽는 사람은 두 가지 옵션을 알아야 합니다. hadolint는 어디서든 경고하지만 여기서는 스테이지마다 판단하는 조언입니다: wget으로 받는 빌드 스테이지와 curl을 쓰는 최종 스테이지는 그중 하나만 이미지에 싣기 때문입니다.',
  },
  remediation: {
    en: 'Pick one, usually the one the base image already has (`curl -fsSLO url` does what `wget url` does), and install only that.',
    ko: '하나를 고르세요. 대개 베이스 이미지에 이미 있는 쪽입니다(`curl -fsSLO url`은 `wget url`과 같은 일을 합니다). 그리고 그것만 설치하세요.',
  },
  peers: { hadolint: ['DL4001'] },
  example: {
    bad: 'FROM alpine:3.20\nRUN wget -q https://example.com/a.tgz && tar -xzf a.tgz && rm a.tgz\nRUN curl -fsSLo b.tgz https://example.com/b.tgz && tar -xzf b.tgz && rm b.tgz\nUSER nobody\nCMD ["/a/run"]\n',
    good: 'FROM alpine:3.20\nRUN wget -q https://example.com/a.tgz && tar -xzf a.tgz && rm a.tgz \\\n && wget -q https://example.com/b.tgz && tar -xzf b.tgz && rm b.tgz\nUSER nobody\nCMD ["/a/run"]\n',
  },
  messages: {
    both: {
      en: 'This stage also downloads with {other} (line {line}); pick one of curl and wget.',
      ko: '이 스테이지는 {other}로도 내려받습니다({line}번째 줄). curl과 wget 중 하나를 고르세요.',
    },
  },
  check(ctx) {
    const firstUse = new Map<Stage | undefined, Map<string, ShellCommand>>();
    for (const step of ctx.file.runs()) {
      if (!step.commands || step.onbuild) continue;
      const seen = firstUse.get(step.stage) ?? new Map<string, ShellCommand>();
      firstUse.set(step.stage, seen);
      for (const command of step.commands) {
        const tool = basename(command.name);
        if (!TOOLS.has(tool) || seen.has(tool)) continue;
        seen.set(tool, command);
        const other = [...seen.keys()].find((t) => t !== tool);
        const earlier = other && seen.get(other);
        if (!other || !earlier) continue;
        ctx.report({
          range: command.nameRange,
          message: ctx.t('both', { other, line: earlier.range.start.line + 1 }),
        });
      }
    }
  },
});
