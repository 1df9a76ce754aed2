import type { From } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { baseImageOf } from '../support';

export default defineDockerfileRule({
  id: 'pin-base-image-digest',
  title: {
    en: 'Pin the base image by digest',
    ko: '베이스 이미지를 다이제스트로 고정하기',
  },
  severity: 'info',
  concept: 'immutable-images',
  topics: ['union-filesystem', 'docker-operations'],
  description: {
    en: 'A tag such as `node:22.11` is a name the publisher can point at a new image at any time (security rebuilds do exactly that). A digest (`@sha256:…`) names one exact image, so every build starts from the same bytes and a rollback is a real rollback.',
    ko: '`node:22.11` 같은 태그는 게시자가 언제든 새 이미지를 가리키게 할 수 있는 이름입니다(보안 재빌드가 바로 그렇게 합니다). 다이제스트(`@sha256:…`)는 정확히 한 이미지를 가리키므로 모든 빌드가 같은 바이트에서 시작하고, 롤백이 진짜 롤백이 됩니다.',
  },
  remediation: {
    en: 'Add the digest of the image you tested: `FROM node:22.11-alpine@sha256:…` (see `docker buildx imagetools inspect node:22.11-alpine`). Keep the tag for readers; let a bot such as Renovate or Dependabot update the digest.',
    ko: '테스트한 이미지의 다이제스트를 덧붙이세요: `FROM node:22.11-alpine@sha256:…`(`docker buildx imagetools inspect node:22.11-alpine`로 확인). 읽는 사람을 위해 태그는 남기고, 다이제스트 갱신은 Renovate나 Dependabot 같은 봇에 맡기세요.',
  },
  peers: {},
  noPeer:
    'hadolint and BuildKit accept any explicit tag; pinning by digest is advice this project adds (information level).',
  example: {
    bad: 'FROM node:22.11-alpine\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22.11-alpine@sha256:b64ced2e7cd0a4816699fe308ce6e8a08ccba463c757c00c14cd372e3d2c763e\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    tagOnly: {
      en: 'Base image "{image}" is pinned by tag only; a digest would pin the exact image.',
      ko: '베이스 이미지 "{image}"{이/가} 태그로만 고정되어 있습니다. 다이제스트를 쓰면 정확한 이미지로 고정됩니다.',
    },
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      const base = baseImageOf(ctx.file, stage.from as From);
      // Images chosen through build arguments are usually pinned where the argument is set.
      if (!base || base.written.includes('$') || base.reference.digest) continue;
      // Untagged and `latest` images are the business of no-latest-base-image.
      const tag = base.reference.tag;
      if (tag === undefined || tag === 'latest') continue;
      ctx.report({ range: base.range, message: ctx.t('tagOnly', { image: base.resolved }) });
    }
  },
});
