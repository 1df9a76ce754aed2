import { defineDockerfileRule } from '../../../engine/rule';
import { stageReference } from '../stages';
import { transferOf } from '../transfers';

export default defineDockerfileRule({
  id: 'copy-from-stage-order',
  title: {
    en: 'Copy only from stages defined above',
    ko: '위에서 정의한 스테이지에서만 복사하기',
  },
  severity: 'error',
  concept: 'syntax-and-structure',
  topics: ['docker-architecture', 'union-filesystem'],
  description: {
    en: 'A multi-stage build runs its stages in order, and `COPY --from` takes files from a stage that has already been built. A stage cannot copy from itself, nor from a stage written further down: BuildKit stops with "it needs to be defined before current stage".',
    ko: '멀티 스테이지 빌드는 스테이지를 순서대로 실행하고, `COPY --from`은 이미 빌드된 스테이지에서 파일을 가져옵니다. 스테이지는 자기 자신이나 아래쪽에 적힌 스테이지에서 복사할 수 없습니다. BuildKit은 "it needs to be defined before current stage"라며 멈춥니다.',
  },
  remediation: {
    en: 'Move the stage that produces the files above the one that copies them, or name the stage you meant.',
    ko: '파일을 만드는 스테이지를 복사하는 스테이지보다 위로 옮기거나, 의도한 스테이지 이름을 적으세요.',
  },
  peers: { hadolint: ['DL3023'] },
  example: {
    bad: 'FROM alpine:3.20 AS app\nCOPY --from=build /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\nFROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n',
    good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM alpine:3.20 AS app\nCOPY --from=build /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
  },
  messages: {
    self: {
      en: 'COPY --from={name} names the stage it is in; a stage cannot copy from itself.',
      ko: 'COPY --from={name|이/가} 자신이 속한 스테이지를 가리킵니다. 스테이지는 자기 자신에서 복사할 수 없습니다.',
    },
    later: {
      en: 'Stage "{name}" is defined below, on line {line}; it must come before the stage that copies from it.',
      ko: '"{name}" 스테이지는 아래쪽 {line}번째 줄에 정의되어 있습니다. 복사하는 스테이지보다 앞에 와야 합니다.',
    },
    definedHere: {
      en: 'Stage "{name}" is defined here.',
      ko: '"{name}" 스테이지는 여기서 정의됩니다.',
    },
    noSuchIndex: {
      en: 'There is no stage number {name}: stages are counted from 0 and this file has {count}.',
      ko: '{name}번 스테이지가 없습니다. 스테이지는 0부터 세며 이 파일에는 {count}개가 있습니다.',
    },
  },
  check(ctx) {
    for (const instruction of ctx.instructions) {
      const from = transferOf(instruction)?.from;
      const name = from?.getValue();
      const range = from?.getValueRange();
      if (!name || !range || name.includes('$')) continue;
      const reference = stageReference(ctx.file, name, instruction);
      if (reference.kind === 'self') ctx.report({ range, message: ctx.t('self', { name }) });
      else if (reference.kind === 'later')
        ctx.report({
          range,
          message: ctx.t('later', { name, line: reference.stage.from.getRange().start.line + 1 }),
          related: [{ range: reference.stage.from.getRange(), message: ctx.t('definedHere', { name }) }],
        });
      else if (reference.kind === 'none' && /^\d+$/.test(name))
        ctx.report({ range, message: ctx.t('noSuchIndex', { name, count: ctx.stages.length }) });
    }
  },
});
