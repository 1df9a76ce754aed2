import type { From } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { baseImageOf } from '../support';

export default defineDockerfileRule({
  id: 'pin-base-image-digest',
  title: 'Pin the base image by digest',
  severity: 'info',
  concept: 'immutable-images',
  description:
    'A tag such as `node:22.11` is a name the publisher can point at a new image at any time (security rebuilds do exactly that). A digest (`@sha256:…`) names one exact image, so every build starts from the same bytes and a rollback is a real rollback.',
  remediation:
    'Add the digest of the image you tested: `FROM node:22.11-alpine@sha256:…` (see `docker buildx imagetools inspect node:22.11-alpine`). Keep the tag for readers; let a bot such as Renovate or Dependabot update the digest.',
  peers: {},
  example: {
    bad: 'FROM node:22.11-alpine',
    good: 'FROM node:22.11-alpine@sha256:b64ced2e7cd0a4816699fe308ce6e8a08ccba463c757c00c14cd372e3d2c763e',
  },
  messages: {
    tagOnly: {
      en: 'Base image "{image}" is pinned by tag only; a digest would pin the exact image.',
      ko: '베이스 이미지 "{image}"가 태그로만 고정되어 있습니다. 다이제스트를 쓰면 정확한 이미지로 고정됩니다.',
    },
  },
  fixable: false,
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
