import { ModifiableInstruction, type From } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import type { DockerfileContext } from '../../../engine/dockerfile/context';
import type { TextEdit } from '../../../engine/types';

export default defineDockerfileRule({
  id: 'stage-name-casing',
  title: {
    en: 'Write stage names in lowercase',
    ko: '스테이지 이름은 소문자로 쓰기',
  },
  severity: 'warning',
  concept: 'syntax-and-structure',
  topics: ['docker-architecture'],
  description: {
    en: 'Stage names are matched without regard to case, so `AS Builder` and `--from=builder` name the same stage. Lowercase names keep them apart from instruction keywords at a glance and match how BuildKit reports them.',
    ko: '스테이지 이름은 대소문자를 가리지 않고 비교되므로 `AS Builder`와 `--from=builder`는 같은 스테이지입니다. 소문자 이름은 명령어 키워드와 한눈에 구별되고 BuildKit이 보고하는 방식과도 맞습니다.',
  },
  remediation: {
    en: 'Rename the stage and its references in lowercase: `FROM golang:1.23 AS builder`.',
    ko: '스테이지 이름과 이를 가리키는 곳을 소문자로 바꾸세요: `FROM golang:1.23 AS builder`.',
  },
  peers: { buildkit: ['StageNameCasing'] },
  example: {
    bad: 'FROM golang:1.23 AS Builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=Builder /out/app /app\nENTRYPOINT ["/app"]\n',
    good: 'FROM golang:1.23 AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=builder /out/app /app\nENTRYPOINT ["/app"]\n',
  },
  messages: {
    casing: {
      en: 'Stage name "{name}" should be lowercase.',
      ko: '스테이지 이름은 소문자로 써야 합니다: "{name}".',
    },
    fixTitle: { en: 'Rename the stage to "{lower}"', ko: '스테이지 이름을 "{lower}"{으로/로} 바꾸기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const stage of ctx.stages) {
      const name = stage.from.getBuildStage();
      const range = stage.from.getBuildStageRange();
      if (!name || !range || name === name.toLowerCase()) continue;
      const lower = name.toLowerCase();
      ctx.report({
        range,
        message: ctx.t('casing', { name }),
        fix: {
          title: ctx.t('fixTitle', { lower }),
          edits: [{ range, newText: lower }, ...referenceEdits(ctx, lower, range.start.line)],
        },
      });
    }
  },
});

/** Later `FROM <stage>` and `--from=<stage>` references, renamed along so the file reads consistently. */
function referenceEdits(ctx: DockerfileContext, lower: string, declaredOn: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const instruction of ctx.instructions) {
    if (instruction.getRange().start.line <= declaredOn) continue;
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      const image = from.getImage();
      const range = from.getImageRange();
      if (image && range && image !== lower && image.toLowerCase() === lower) edits.push({ range, newText: lower });
    }
    if (instruction instanceof ModifiableInstruction && instruction.getKeyword() === 'COPY') {
      for (const flag of instruction.getFlags()) {
        const value = flag.getValue();
        const range = flag.getValueRange();
        if (flag.getName() === 'from' && value && range && value !== lower && value.toLowerCase() === lower)
          edits.push({ range, newText: lower });
      }
    }
  }
  return edits;
}
