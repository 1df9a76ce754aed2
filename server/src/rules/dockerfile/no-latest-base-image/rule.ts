import type { From } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { baseImageOf } from '../support';

export default defineDockerfileRule({
  id: 'no-latest-base-image',
  title: {
    en: 'Pin the base image to a version',
    ko: '베이스 이미지를 특정 버전으로 고정하기',
  },
  severity: 'warning',
  concept: 'immutable-images',
  topics: ['union-filesystem', 'docker-operations'],
  description: {
    en: 'A base image without a tag, or with `latest`, is whatever the registry serves on the day of the build. Two builds of the same commit can then differ, and a rebuild to roll back may not bring the old image back.',
    ko: '태그가 없거나 `latest`인 베이스 이미지는 빌드하는 날 레지스트리가 내주는 이미지입니다. 같은 커밋을 두 번 빌드해도 결과가 다를 수 있고, 롤백하려고 다시 빌드해도 예전 이미지가 돌아오지 않을 수 있습니다.',
  },
  remediation: {
    en: 'Name an exact version after FROM (`FROM node:22.11-alpine`), or better a digest (`FROM node@sha256:…`).',
    ko: 'FROM 뒤에 정확한 버전(`FROM node:22.11-alpine`)을, 더 좋게는 다이제스트(`FROM node@sha256:…`)를 적으세요.',
  },
  peers: { hadolint: ['DL3006', 'DL3007'] },
  example: {
    bad: 'FROM node:latest\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    untagged: {
      en: 'Base image "{image}" has no tag, so it means "latest" and can change between builds.',
      ko: '베이스 이미지 "{image}"에 태그가 없어 "latest"로 취급되며 빌드마다 달라질 수 있습니다.',
    },
    latest: {
      en: 'Base image "{image}" uses the moving tag "latest".',
      ko: '베이스 이미지 "{image}"{이/가} 움직이는 태그 "latest"를 사용합니다.',
    },
    untaggedArg: {
      en: 'Base image "{written}" defaults to "{image}", which has no tag and so means "latest".',
      ko: '베이스 이미지 "{written}"의 기본값 "{image}"에 태그가 없어 "latest"로 취급됩니다.',
    },
    latestArg: {
      en: 'Base image "{written}" defaults to "{image}", which uses the moving tag "latest".',
      ko: '베이스 이미지 "{written}"의 기본값 "{image}"{이/가} 움직이는 태그 "latest"를 사용합니다.',
    },
  },
  check(ctx) {
    for (const stage of ctx.stages) {
      const base = baseImageOf(ctx.file, stage.from as From);
      if (!base || base.reference.digest) continue;
      const kind = base.reference.tag === undefined ? 'untagged' : base.reference.tag === 'latest' ? 'latest' : '';
      if (!kind) continue;
      const viaArg = base.written.includes('$');
      ctx.report({
        range: base.range,
        message: ctx.t(viaArg ? `${kind}Arg` : kind, { image: base.resolved, written: base.written }),
      });
    }
  },
});
