import { defineDockerfileRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import { finalImageInstructions } from '../stages';
import { commandName } from '../support';
import { transferOf } from '../transfers';

/** Files and folders that hold credentials: keys, registry and package-manager tokens, cloud credentials. */
/**
 * Public halves: `id_rsa.pub`, and the signing keys of package repositories that are published to
 * be added with apt-key or rpm --import (`llvm-snapshot.gpg.key`, `nodesource-repo.gpg.key`).
 */
const PUBLIC_KEY_NAME = /\.pub$|[._-](gpg|pgp)[._-]?key$|[._-]pubkey(\.\w+)?$|[._-]public[._-]?key(\.\w+)?$/i;
const SECRET_NAME =
  /^(id_(rsa|dsa|ecdsa|ed25519)|\.npmrc|\.netrc|\.pypirc|\.git-credentials|\.dockercfg|\.htpasswd|\.env(\..+)?|\.ssh|\.aws|\.gnupg|\.kube|kubeconfig|credentials(\.json)?|secrets?(\..+)?|auth\.json|.*\.(pem|key|p12|pfx|jks|keystore|token)|.*-key\.json|service-account.*\.json)$/i;
const REMOVERS = new Set(['rm', 'shred', 'unlink']);

const trimSlash = (path: string): string => path.replace(/\/+$/, '') || '/';
const basename = (path: string): string => trimSlash(path).slice(trimSlash(path).lastIndexOf('/') + 1);

interface CopiedSecret {
  name: string;
  /** Where the file lands, when the destination is absolute. */
  path: string | undefined;
  range: Range;
}

export default defineDockerfileRule({
  id: 'secret-file-in-layer',
  title: {
    en: 'Do not copy secrets into a layer, even to delete them later',
    ko: '나중에 지우더라도 시크릿을 레이어에 복사하지 않기',
  },
  severity: 'error',
  concept: 'image-layers',
  topics: ['union-filesystem', 'docker-architecture'],
  description: {
    en: 'An image is a stack of layers, and deleting a file in a later layer only hides it: the COPY layer still holds the key or token, and anyone who pulls the image can extract it (`docker save`, `dive`). Build secrets (`RUN --mount=type=secret`, `--mount=type=ssh`) give one command the secret without writing it to any layer. Only the final image is judged (its last stage and the stages it builds FROM).',
    ko: '이미지는 레이어를 쌓은 것이어서, 나중 레이어에서 파일을 지우면 가려질 뿐입니다. COPY 레이어에는 키나 토큰이 그대로 남고, 이미지를 받은 누구나 꺼낼 수 있습니다(`docker save`, `dive`). 빌드 시크릿(`RUN --mount=type=secret`, `--mount=type=ssh`)은 어느 레이어에도 쓰지 않고 한 명령에만 시크릿을 줍니다. 최종 이미지(마지막 스테이지와 그것이 FROM으로 바탕으로 삼는 스테이지)만 판단합니다.',
  },
  remediation: {
    en: 'Mount the secret for the command that needs it: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, or `RUN --mount=type=ssh git clone …` for SSH keys. If the image already shipped, rotate the secret.',
    ko: '필요한 명령에만 시크릿을 마운트하세요: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, SSH 키라면 `RUN --mount=type=ssh git clone …`. 이미 이미지를 배포했다면 시크릿을 교체하세요.',
  },
  noPeer:
    'hadolint and BuildKit do not follow a file from its COPY to a later rm; this teaching rule comes from how image layers stack.',
  peers: {},
  example: {
    bad: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY .npmrc package.json package-lock.json ./\nRUN npm ci --omit=dev && rm .npmrc\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/app/.npmrc --mount=type=cache,target=/root/.npm npm ci --omit=dev\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    deletedLater: {
      en: '"{name}" is copied into this layer and deleted on line {line}, but the deletion only hides it: the file stays in the image.',
      ko: '"{name}" 파일이 이 레이어에 복사되고 {line}번째 줄에서 지워지지만, 지우면 가려질 뿐 파일은 이미지에 남습니다.',
    },
    deletedHere: {
      en: 'Deleting the file here does not remove it from the earlier layer.',
      ko: '여기서 지워도 앞선 레이어에서 사라지지 않습니다.',
    },
  },
  check(ctx) {
    const copied: CopiedSecret[] = [];
    for (const instruction of finalImageInstructions(ctx.file)) {
      const transfer = transferOf(instruction);
      if (transfer && !transfer.from) {
        const destination = transfer.destination?.value ?? '';
        const intoFolder = destination.endsWith('/') || transfer.sources.length > 1;
        for (const source of transfer.sources) {
          const name = basename(source.value);
          if (!SECRET_NAME.test(name) || PUBLIC_KEY_NAME.test(name)) continue;
          const landed = intoFolder ? `${trimSlash(destination)}/${name}` : destination;
          copied.push({
            name,
            path: landed.startsWith('/') ? landed.replace(/\/{2,}/g, '/') : undefined,
            range: source.range,
          });
        }
        continue;
      }
      for (const command of ctx.file.runCommands(instruction) ?? []) {
        if (!REMOVERS.has(commandName(command))) continue;
        for (const arg of command.args) {
          const target = arg.literal;
          if (!target || target.startsWith('-')) continue;
          for (const secret of copied.filter((s) => removes(target, s))) {
            copied.splice(copied.indexOf(secret), 1);
            ctx.report({
              range: secret.range,
              message: ctx.t('deletedLater', { name: secret.name, line: instruction.getRange().start.line + 1 }),
              related: [{ range: command.range, message: ctx.t('deletedHere') }],
            });
          }
        }
      }
    }
  },
});

function removes(target: string, secret: CopiedSecret): boolean {
  const clean = trimSlash(target);
  if (secret.path && (secret.path === clean || secret.path.startsWith(`${clean}/`))) return true;
  return basename(clean) === secret.name;
}
