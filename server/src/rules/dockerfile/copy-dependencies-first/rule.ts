import type { Instruction } from 'dockerfile-ast';
import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { defineDockerfileRule } from '../../../engine/rule';
import { instructionGroups } from '../stages';
import { mountsOf } from '../run-mounts';
import { commandName } from '../support';
import { isWholeContext, transferOf } from '../transfers';

/** A command's words, and those that are not options (`sub` the first of them). */
interface Words {
  words: string[];
  operands: string[];
  sub: string | undefined;
}

/** Per installer, the manifest a command of it reads; undefined when it installs nothing from one. */
const MANIFEST_OF: Readonly<Record<string, (command: Words) => string | undefined>> = {
  npm: ({ sub, operands }) =>
    sub === 'ci' || ((sub === 'install' || sub === 'i') && operands.length === 1) ? 'package.json' : undefined,
  yarn: ({ sub }) => (sub === undefined || sub === 'install' ? 'package.json' : undefined),
  pnpm: ({ sub, operands }) =>
    (sub === 'install' || sub === 'i') && operands.length === 1 ? 'package.json' : undefined,
  pip: pipInstall,
  pip3: pipInstall,
  python: pythonPipInstall,
  python3: pythonPipInstall,
  poetry: ({ sub }) => (sub === 'install' ? 'pyproject.toml' : undefined),
  pipenv: ({ sub }) => (sub === 'install' || sub === 'sync' ? 'Pipfile' : undefined),
  uv: ({ sub, words }) => (sub === 'sync' ? 'pyproject.toml' : sub === 'pip' ? requirementsFile(words) : undefined),
  bundle: ({ sub }) => (sub === undefined || sub === 'install' ? 'Gemfile' : undefined),
  composer: ({ sub }) => (sub === 'install' ? 'composer.json' : undefined),
  go: ({ sub, operands }) => (sub === 'mod' && operands[1] === 'download' ? 'go.mod' : undefined),
  dotnet: ({ sub }) => (sub === 'restore' ? '*.csproj' : undefined),
};

function pipInstall({ sub, words }: Words): string | undefined {
  return sub === 'install' && requirementsFile(words) ? requirementsFile(words) : undefined;
}

function pythonPipInstall({ words }: Words): string | undefined {
  return words[0] === '-m' && /^pip3?$/.test(words[1] ?? '') && words[2] === 'install'
    ? requirementsFile(words)
    : undefined;
}

/** What the install reads, to name it in the message; undefined when the command installs nothing from a manifest. */
function manifestOf(command: ShellCommand): string | undefined {
  const name = commandName(command);
  // Most commands are no installer: their words are gathered only for those that are.
  const reader = Object.hasOwn(MANIFEST_OF, name) ? MANIFEST_OF[name] : undefined;
  if (!reader) return undefined;
  const words = command.args.map((a) => a.literal ?? a.raw);
  const operands = words.filter((w) => !w.startsWith('-'));
  return reader({ words, operands, sub: operands[0] });
}

function requirementsFile(words: string[]): string | undefined {
  const index = words.findIndex((w) => w === '-r' || w === '--requirement' || w.startsWith('--requirement='));
  if (index < 0) return undefined;
  const word = words[index] ?? '';
  return word.includes('=') ? word.slice(word.indexOf('=') + 1) : words[index + 1];
}

export default defineDockerfileRule({
  id: 'copy-dependencies-first',
  title: {
    en: 'Install dependencies before copying the rest of the source',
    ko: '나머지 소스를 복사하기 전에 의존성 설치하기',
  },
  severity: 'warning',
  concept: 'image-layers',
  topics: ['union-filesystem', 'docker-operations'],
  description: {
    en: 'The build cache reuses a layer only while the instruction and everything before it are unchanged, and `COPY . .` changes whenever any file does. A dependency install after it therefore runs again, downloading everything, on every code change. Copying just the manifest (`package.json`, `requirements.txt`, `go.mod`…) and installing before `COPY . .` keeps the install cached until the dependencies themselves change.',
    ko: '빌드 캐시는 명령어와 그 앞의 모든 것이 바뀌지 않았을 때만 레이어를 재사용하며, `COPY . .`는 파일이 하나라도 바뀌면 달라집니다. 그래서 그 뒤의 의존성 설치는 코드를 고칠 때마다 모든 것을 다시 내려받으며 다시 실행됩니다. 매니페스트(`package.json`, `requirements.txt`, `go.mod`…)만 먼저 복사해 `COPY . .` 앞에서 설치하면, 의존성 자체가 바뀔 때까지 설치 단계가 캐시에 남습니다.',
  },
  remediation: {
    en: 'Copy the manifest and lock file first, install, then copy the source: `COPY package.json package-lock.json ./`, `RUN npm ci`, `COPY . .`.',
    ko: '매니페스트와 잠금 파일을 먼저 복사해 설치한 다음 소스를 복사하세요: `COPY package.json package-lock.json ./`, `RUN npm ci`, `COPY . .`.',
  },
  noPeer:
    'hadolint and BuildKit do not look at the order of COPY and installs; this teaching rule comes from how the build cache and image layers work.',
  peers: {},
  example: {
    bad: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    afterSource: {
      en: 'This install runs after the COPY of the whole source on line {line}, so every code change re-runs it; copy {manifest} and install before that COPY.',
      ko: '이 설치는 {line}번째 줄에서 소스 전체를 복사한 뒤에 실행되므로 코드를 고칠 때마다 다시 실행됩니다. {manifest|을/를} 먼저 복사해 그 COPY 앞에서 설치하세요.',
    },
    wholeSource: {
      en: 'The whole source is copied here.',
      ko: '여기서 소스 전체를 복사합니다.',
    },
  },
  check(ctx) {
    for (const group of instructionGroups(ctx.file)) {
      let wholeCopy: Instruction | undefined;
      const installedBefore = new Set<string>();
      for (const instruction of group.instructions) {
        const transfer = transferOf(instruction);
        if (!wholeCopy && transfer && !transfer.from && transfer.sources.some((s) => isWholeContext(s.value))) {
          wholeCopy = instruction;
          continue;
        }
        const commands = ctx.file.runCommands(instruction);
        if (!commands) continue;
        const cached = mountsOf(instruction).some((mount) => mount.type === 'cache' && mount.target !== undefined);
        for (const command of commands) {
          const manifest = manifestOf(command);
          if (!manifest) continue;
          const tool = commandName(command);
          if (!wholeCopy) {
            installedBefore.add(tool);
            continue;
          }
          if (cached || installedBefore.has(tool)) continue;
          ctx.report({
            range: command.range,
            message: ctx.t('afterSource', { line: wholeCopy.getRange().start.line + 1, manifest }),
            related: [{ range: wholeCopy.getRange(), message: ctx.t('wholeSource') }],
          });
        }
      }
    }
  },
});
