import type { Arg, Env } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';

/** BuildKit's tokens: a whole `_`-separated word of the name (API_KEY, DB_PASSWORD, AUTH_TOKEN). */
const SECRET_WORD =
  /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token|passphrase)(?:_|$)/i;
/** Words that make the value public by nature: a public key, a GPG key fingerprint. */
const PUBLIC_WORD = /(?:_|^)(?:public|gpg|pgp)(?:_|$)/i;
/** Names that hold where a secret is or what it is called, not the secret itself. */
const REFERENCE_SUFFIX =
  /_(?:FILE|FILES|PATH|DIR|URL|URI|HOST|PORT|NAME|TYPE|METHOD|MODE|ENABLED|LENGTH|SIZE|VERSION|ALGORITHM|HEADER|ENDPOINT|SERVER|PROVIDER|REGION|ID)$/i;

export default defineDockerfileRule({
  id: 'secrets-in-arg-env',
  title: {
    en: 'Pass secrets with build secrets, not ARG or ENV',
    ko: '시크릿은 ARG나 ENV가 아니라 빌드 시크릿으로 넘기기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['union-filesystem', 'docker-operations'],
  description: {
    en: 'An ENV value is stored in the image configuration, readable by anyone who can pull the image (`docker inspect`). A build argument used by a RUN is written into the image history (`docker history`) and the build cache. A token, password or key passed either way outlives the build. BuildKit build secrets (`RUN --mount=type=secret`) reach one command and are never stored.',
    ko: 'ENV 값은 이미지 설정에 저장되어, 이미지를 받을 수 있는 누구나 읽을 수 있습니다(`docker inspect`). RUN이 쓰는 빌드 인자는 이미지 기록(`docker history`)과 빌드 캐시에 남습니다. 어느 쪽으로 넘긴 토큰, 비밀번호, 키든 빌드가 끝난 뒤에도 남습니다. BuildKit 빌드 시크릿(`RUN --mount=type=secret`)은 한 명령에만 전달되고 어디에도 저장되지 않습니다.',
  },
  remediation: {
    en: 'Mount the secret for the one command that needs it: `RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci`, built with `docker build --secret id=npm_token,env=NPM_TOKEN .`. Secrets the running container needs come from the platform (a Kubernetes Secret), not from the image.',
    ko: '필요한 명령 하나에만 시크릿을 마운트하세요: `RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci`, 빌드는 `docker build --secret id=npm_token,env=NPM_TOKEN .`. 실행 중인 컨테이너에 필요한 시크릿은 이미지가 아니라 플랫폼(쿠버네티스 시크릿)에서 받으세요.',
  },
  exceptions: {
    en: 'Names that hold where a secret lives (`DB_PASSWORD_FILE=/run/secrets/db`), public keys and GPG fingerprints are not reported. A variable that only names a setting, not its value, can be kept with `# cntutor ignore=secrets-in-arg-env` and a reason.',
    ko: '시크릿이 있는 곳을 가리키는 이름(`DB_PASSWORD_FILE=/run/secrets/db`), 공개 키, GPG 지문은 보고하지 않습니다. 값이 아니라 설정 이름만 담는 변수라면 이유를 적어 `# cntutor ignore=secrets-in-arg-env`로 남길 수 있습니다.',
  },
  peers: { hadolint: ['DL3064'], buildkit: ['SecretsUsedInArgOrEnv'] },
  example: {
    bad: 'FROM node:22.11-alpine3.20\nARG NPM_TOKEN\nWORKDIR /app\nCOPY package.json package-lock.json .npmrc ./\nRUN npm ci --omit=dev\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY package.json package-lock.json .npmrc ./\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN --mount=type=cache,target=/root/.npm npm ci --omit=dev\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    arg: {
      en: 'Build argument {name} looks like a secret: its value stays in the image history and build cache.',
      ko: '빌드 인자 {name|은/는} 시크릿으로 보입니다: 그 값은 이미지 기록과 빌드 캐시에 남습니다.',
    },
    env: {
      en: 'ENV {name} looks like a secret: its value is stored in the image, readable by anyone who pulls it.',
      ko: 'ENV {name|은/는} 시크릿으로 보입니다: 그 값은 이미지에 저장되어 이미지를 받는 누구나 읽을 수 있습니다.',
    },
  },
  check(ctx) {
    for (const instruction of ctx.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword !== 'ARG' && keyword !== 'ENV') continue;
      for (const property of (instruction as Arg | Env).getProperties()) {
        const name = property.getName();
        if (!looksSecret(name)) continue;
        const value = property.getValue();
        // An empty ENV is a placeholder filled at run time; a path under /run/secrets is where the secret is mounted.
        if (keyword === 'ENV' && (value === null || value.trim() === '')) continue;
        if (value?.startsWith('/run/secrets/')) continue;
        ctx.report({ range: property.getNameRange(), message: ctx.t(keyword === 'ARG' ? 'arg' : 'env', { name }) });
      }
    }
  },
});

function looksSecret(name: string): boolean {
  return SECRET_WORD.test(name) && !PUBLIC_WORD.test(name) && !REFERENCE_SUFFIX.test(name);
}
