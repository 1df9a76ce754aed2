import { defineDockerfileRule } from '../../../engine/rule';
import { transferOf } from '../transfers';

/** A destination written as a directory (`/srv/`, `.`: the working directory), or one a variable decides. */
const DIRECTORY_OR_UNKNOWN = /([/\\]|(^|\/)\.\.?)$|\$/;

export default defineDockerfileRule({
  id: 'copy-sources-into-directory',
  title: {
    en: 'Copy several sources into a directory written with a trailing slash',
    ko: '여러 소스는 끝에 슬래시를 붙인 디렉터리로 복사하기',
  },
  severity: 'error',
  concept: 'declarative-specs',
  topics: ['linux-filesystem', 'docker-architecture'],
  description: {
    en: 'With more than one source, `COPY` and `ADD` put each file into the destination, so the destination has to be a directory, and Docker only takes it as one when it ends with `/`. `COPY package.json package-lock.json /app` parses, but the build stops at that line: "When using COPY with more than one source file, the destination must be a directory and end with a /". Reading the trailing slash as part of the meaning also makes a single-source copy say what it does: `COPY app.py /srv/` keeps the name, `COPY app.py /srv/main.py` renames.',
    ko: '소스가 둘 이상이면 `COPY`와 `ADD`는 각 파일을 대상 안에 넣으므로 대상은 디렉터리여야 하고, Docker는 대상이 `/`로 끝날 때만 디렉터리로 받아들입니다. `COPY package.json package-lock.json /app`은 파싱은 되지만 빌드는 그 줄에서 멈춥니다("When using COPY with more than one source file, the destination must be a directory and end with a /"). 끝의 슬래시를 의미의 일부로 읽으면 소스가 하나인 복사도 하는 일을 드러냅니다. `COPY app.py /srv/`는 이름을 유지하고, `COPY app.py /srv/main.py`는 이름을 바꿉니다.',
  },
  remediation: {
    en: 'End the destination with `/`: `COPY package.json package-lock.json /app/`. The quick fix adds it.',
    ko: '대상을 `/`로 끝내세요: `COPY package.json package-lock.json /app/`. 빠른 수정이 붙여 줍니다.',
  },
  peers: { hadolint: ['DL3021'] },
  example: {
    bad: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json /app\nRUN npm ci --omit=dev && npm cache clean --force\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json /app/\nRUN npm ci --omit=dev && npm cache clean --force\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    notDirectory: {
      en: '{keyword} copies {count} sources into "{destination}", which does not end with /: the build stops here.',
      ko: '{keyword}{이/가} 소스 {count}개를 /로 끝나지 않는 "{destination}"에 복사합니다. 빌드가 여기서 멈춥니다.',
    },
    fix: { en: 'End the destination with /', ko: '대상 끝에 / 붙이기' },
  },
  // Without the slash the build fails; with it, it copies what the line already names.
  fix: 'safe',
  check(ctx) {
    for (const instruction of ctx.instructions) {
      const transfer = transferOf(instruction);
      if (!transfer || transfer.heredoc || !transfer.destination || transfer.sources.length < 2) continue;
      const destination = transfer.destination;
      if (DIRECTORY_OR_UNKNOWN.test(destination.value)) continue;
      const raw = ctx.text.slice(
        ctx.index.offsetAt(destination.range.start),
        ctx.index.offsetAt(destination.range.end),
      );
      // Inside quotes the slash goes before the closing quote.
      const quoted = /^(["']).*\1$/s.test(raw);
      const at = quoted
        ? { line: destination.range.end.line, character: destination.range.end.character - 1 }
        : destination.range.end;
      ctx.report({
        range: destination.range,
        message: ctx.t('notDirectory', {
          keyword: transfer.keyword,
          count: transfer.sources.length,
          destination: destination.value,
        }),
        fix: { title: ctx.t('fix'), edits: [{ range: { start: at, end: at }, newText: '/' }] },
      });
    }
  },
});
