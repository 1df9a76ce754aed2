import { defineDockerfileRule } from '../../../engine/rule';
import { finalImageInstructions } from '../stages';

export default defineDockerfileRule({
  id: 'healthcheck-for-services',
  title: {
    en: 'Tell Docker how to check a service image is healthy',
    ko: '서비스 이미지가 정상인지 확인하는 방법을 Docker에 알려 주기',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['containers', 'docker-operations'],
  description: {
    en: 'An image that EXPOSEs a port is meant to serve. Without a HEALTHCHECK, Docker and Compose only know whether its process is alive, not whether it answers, so a hung server stays "running" and `depends_on: condition: service_healthy` cannot wait for it. Kubernetes ignores HEALTHCHECK and uses the pod\'s probes instead. Only the final image is judged (its last stage and the stages it builds FROM); a base image may already bring a HEALTHCHECK, which this file cannot see.',
    ko: '포트를 EXPOSE하는 이미지는 서비스를 제공하려는 이미지입니다. HEALTHCHECK가 없으면 Docker와 Compose는 프로세스가 살아 있는지만 알 뿐 응답하는지는 모르므로, 멈춘 서버가 "running"으로 남고 `depends_on: condition: service_healthy`가 기다릴 수 없습니다. 쿠버네티스는 HEALTHCHECK를 무시하고 파드의 프로브를 씁니다. 최종 이미지(마지막 스테이지와 그것이 FROM으로 바탕으로 삼는 스테이지)만 판단하며, 베이스 이미지가 이미 HEALTHCHECK를 가지고 있을 수 있는데 이 파일로는 알 수 없습니다.',
  },
  remediation: {
    en: 'Add a cheap check in exec form, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD ["/app", "healthcheck"]`, or `HEALTHCHECK NONE` to say the image deliberately has none (for example when only Kubernetes probes are used).',
    ko: '가벼운 검사를 exec 형식으로 추가하세요. 예: `HEALTHCHECK --interval=30s --timeout=3s CMD ["/app", "healthcheck"]`. 일부러 두지 않는 이미지라면(예: 쿠버네티스 프로브만 쓸 때) `HEALTHCHECK NONE`으로 밝히세요.',
  },
  peers: { hadolint: ['DL3057'] },
  example: {
    bad: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nEXPOSE 8080\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js healthcheck.js ./\nUSER node\nEXPOSE 8080\nHEALTHCHECK --interval=30s --timeout=3s CMD ["node", "healthcheck.js"]\nCMD ["node", "server.js"]\n',
  },
  messages: {
    missing: {
      en: 'The final image serves a port (EXPOSE on line {line}) but has no HEALTHCHECK: Docker cannot tell when the service stops answering.',
      ko: '최종 이미지가 포트를 제공하지만({line}번째 줄의 EXPOSE) HEALTHCHECK가 없습니다: Docker는 서비스가 응답을 멈춘 때를 알 수 없습니다.',
    },
  },
  check(ctx) {
    const final = ctx.stages[ctx.stages.length - 1];
    if (!final) return;
    const instructions = finalImageInstructions(ctx.file);
    if (instructions.some((i) => i.getKeyword() === 'HEALTHCHECK')) return;
    const expose = instructions.find((i) => i.getKeyword() === 'EXPOSE');
    if (!expose) return;
    ctx.report({ range: final.from.getRange(), message: ctx.t('missing', { line: expose.getRange().start.line + 1 }) });
  },
});
