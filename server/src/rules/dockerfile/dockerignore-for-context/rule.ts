import { defineDockerfileRule } from '../../../engine/rule';
import { isWholeContext, transferOf } from '../transfers';

export default defineDockerfileRule({
  id: 'dockerignore-for-context',
  title: {
    en: 'Add a .dockerignore when the build copies the whole context',
    ko: '빌드가 컨텍스트 전체를 복사한다면 .dockerignore 두기',
  },
  severity: 'warning',
  concept: 'image-layers',
  topics: ['union-filesystem', 'docker-architecture'],
  description: {
    en: '`COPY . .` copies everything the build context holds: `.git`, `node_modules`, local `.env` files with their secrets, build output, editor files. Without a `.dockerignore` they all go into the image, the build cache breaks whenever any of them changes, and the context upload grows. Judged only when the Dockerfile is linted from disk: where a Compose service, a skaffold artifact or a GitHub Actions build step builds it, the `.dockerignore` at the root of the context it sends counts (or `<Dockerfile>.dockerignore` beside it); otherwise the nearest one beside the Dockerfile or in the folders above it.',
    ko: '`COPY . .`는 빌드 컨텍스트에 있는 모든 것을 복사합니다: `.git`, `node_modules`, 시크릿이 든 로컬 `.env` 파일, 빌드 결과물, 편집기 파일까지. `.dockerignore`가 없으면 이 모두가 이미지에 들어가고, 그중 하나만 바뀌어도 빌드 캐시가 깨지며, 컨텍스트 전송도 커집니다. 디스크의 Dockerfile을 검사할 때만 판단합니다: Compose 서비스, skaffold 아티팩트, GitHub Actions 빌드 단계가 빌드하는 Dockerfile이면 그것이 보내는 컨텍스트 최상위의 `.dockerignore`(또는 Dockerfile 옆의 `<Dockerfile>.dockerignore`)를, 아니면 Dockerfile 옆이나 그 위 폴더에서 가장 가까운 것을 봅니다.',
  },
  remediation: {
    en: 'Create a `.dockerignore` at the root of the build context listing what the image must not contain, for example `.git`, `node_modules`, `.env`, `*.log`, `dist`. For a Dockerfile built with another folder as its context, name the file `<Dockerfile>.dockerignore` beside it (`Dockerfile.dockerignore`), which BuildKit reads first.',
    ko: '빌드 컨텍스트 최상위에 이미지에 들어가면 안 되는 것을 적은 `.dockerignore`를 만드세요. 예: `.git`, `node_modules`, `.env`, `*.log`, `dist`. 다른 폴더를 컨텍스트로 빌드하는 Dockerfile이라면 Dockerfile 옆에 `<Dockerfile>.dockerignore`(`Dockerfile.dockerignore`)로 두세요. BuildKit이 이것을 먼저 읽습니다.',
  },
  noPeer:
    'hadolint and BuildKit read only the Dockerfile (BuildKit applies a .dockerignore but never asks for one); this teaching rule comes from what the build context sends.',
  peers: {},
  example: {
    bad: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n',
    good: '# .dockerignore beside this file leaves out .git, node_modules and .env\nFROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n',
    buildContext: { bad: { dockerignore: null }, good: { dockerignore: '.git\nnode_modules\n.env\n' } },
  },
  messages: {
    missing: {
      en: 'This copies the whole build context, and there is no .dockerignore: .git, local .env files and build output go into the image.',
      ko: '빌드 컨텍스트 전체를 복사하는데 .dockerignore가 없습니다: .git, 로컬 .env 파일, 빌드 결과물이 이미지에 들어갑니다.',
    },
    stray: {
      en: 'This copies the whole build context, and its root holds no .dockerignore: the .dockerignore beside this Dockerfile does not apply, as the files that build it send another folder. .git, local .env files and build output go into the image.',
      ko: '빌드 컨텍스트 전체를 복사하는데 컨텍스트 최상위에 .dockerignore가 없습니다: 이 Dockerfile을 빌드하는 파일이 다른 폴더를 컨텍스트로 보내므로 Dockerfile 옆의 .dockerignore는 적용되지 않습니다. .git, 로컬 .env 파일, 빌드 결과물이 이미지에 들어갑니다.',
    },
  },
  check(ctx) {
    if (ctx.buildContext.dockerignore !== null) return;
    for (const instruction of ctx.instructions) {
      const transfer = transferOf(instruction);
      if (!transfer || transfer.from) continue;
      const whole = transfer.sources.find((s) => isWholeContext(s.value));
      if (!whole) continue;
      ctx.report({ range: whole.range, message: ctx.t(ctx.buildContext.strayDockerignore ? 'stray' : 'missing') });
      return;
    }
  },
});
