import { defineDockerfileRule } from '../../../engine/rule';
import { stageChain } from '../stages';
import { shippedStages } from '../support';
import { transferOf } from '../transfers';

const ROOT = /^\/+(\.)?$/;

export default defineDockerfileRule({
  id: 'copy-from-whole-filesystem',
  title: {
    en: 'Copy only what the final image needs from another stage',
    ko: '다른 스테이지에서는 최종 이미지에 필요한 것만 복사하기',
  },
  severity: 'warning',
  concept: 'image-layers',
  topics: ['union-filesystem', 'docker-architecture'],
  description: {
    en: "`COPY --from=build / /` copies the whole filesystem of the build stage (compilers, package caches, shells and all) over the base image of this one, overwriting its system files with the build stage's versions. The multi-stage build then saves nothing and the image holds whatever the build left behind. Onto `FROM scratch` the same line is a deliberate way to squash layers, and is not reported; nor is it in a build stage whose files do not reach the final image.",
    ko: '`COPY --from=build / /`는 빌드 스테이지의 파일 시스템 전체(컴파일러, 패키지 캐시, 셸까지)를 이 스테이지의 베이스 이미지 위에 복사하여, 그 시스템 파일을 빌드 스테이지의 것으로 덮어씁니다. 그러면 멀티 스테이지 빌드로 아무것도 줄이지 못하고, 이미지에는 빌드가 남긴 모든 것이 들어갑니다. `FROM scratch` 위로 복사하는 같은 줄은 레이어를 합치려는 의도적인 방법이므로 보고하지 않고, 파일이 최종 이미지에 닿지 않는 빌드 스테이지에서도 보고하지 않습니다.',
  },
  remediation: {
    en: 'Copy the build outputs by path: `COPY --from=build /out/app /usr/local/bin/app`.',
    ko: '빌드 결과물을 경로로 지정해 복사하세요: `COPY --from=build /out/app /usr/local/bin/app`.',
  },
  peers: { hadolint: ['DL3067'] },
  example: {
    bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build / /\nUSER 10001\nCMD ["/out/app"]\n',
    good: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
  },
  messages: {
    whole: {
      en: 'This copies the whole filesystem of "{from}" over the base image; copy the files the image needs by path.',
      ko: '"{from}"의 파일 시스템 전체를 베이스 이미지 위에 복사합니다. 이미지에 필요한 파일만 경로로 지정해 복사하세요.',
    },
  },
  check(ctx) {
    // A build stage may take a whole helper image (tonistiigi/xx is made to be copied so); only what
    // reaches the final image carries the build's leftovers.
    const shipped = shippedStages(ctx.file);
    for (const instruction of ctx.instructions) {
      const transfer = transferOf(instruction);
      const from = transfer?.from?.getValue();
      if (!transfer || !from || !transfer.destination || !ROOT.test(transfer.destination.value)) continue;
      if (!transfer.sources.some((s) => ROOT.test(s.value))) continue;
      const stage = ctx.file.stageOf(instruction);
      if (stage && !shipped.has(stage)) continue;
      const chain = stage ? stageChain(ctx.file, stage) : [];
      const root = chain[chain.length - 1];
      if ((root?.from.getImage() ?? '').toLowerCase() === 'scratch') continue;
      ctx.report({ range: instruction.getRange(), message: ctx.t('whole', { from }) });
    }
  },
});
