import { inKeywordCase } from '../support';
import { defineDockerfileRule } from '../../../engine/rule';

const LABEL = 'org.opencontainers.image.authors';

export default defineDockerfileRule({
  id: 'maintainer-deprecated',
  title: {
    en: 'Use a label instead of MAINTAINER',
    ko: 'MAINTAINER 대신 레이블 쓰기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['docker-architecture'],
  description: {
    en: 'MAINTAINER has been deprecated since Docker 1.13. Labels are the declarative, standard way to attach metadata to an image: registries, scanners and `docker inspect` read the OCI `org.opencontainers.image.authors` label.',
    ko: 'MAINTAINER는 Docker 1.13부터 더 이상 권장되지 않습니다. 레이블은 이미지에 메타데이터를 붙이는 선언적이고 표준적인 방법이며, 레지스트리와 스캐너, `docker inspect`가 OCI `org.opencontainers.image.authors` 레이블을 읽습니다.',
  },
  remediation: {
    en: `Replace \`MAINTAINER name\` with \`LABEL ${LABEL}="name"\`.`,
    ko: '`MAINTAINER name`을 `LABEL org.opencontainers.image.authors="name"`으로 바꾸세요.',
  },
  peers: { hadolint: ['DL4000'], buildkit: ['MaintainerDeprecated'] },
  example: {
    bad: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: `FROM alpine:3.20\nLABEL ${LABEL}="Jane Doe <jane@example.com>"\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n`,
  },
  messages: {
    deprecated: {
      en: 'MAINTAINER is deprecated; use LABEL {label}.',
      ko: 'MAINTAINER는 더 이상 쓰이지 않습니다. LABEL {label}{을/를} 쓰세요.',
    },
    fixTitle: { en: 'Replace with LABEL {label}', ko: 'LABEL {label}{으로/로} 바꾸기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const instruction of ctx.instructions) {
      if (instruction.getKeyword() !== 'MAINTAINER') continue;
      const whole = instruction.getRange();
      const author = instruction.getRawArgumentsContent()?.trim();
      // A multi-line MAINTAINER has continuation characters in it: leave that one to a person.
      const fixable = author && whole.start.line === whole.end.line;
      const label = inKeywordCase(ctx.file, 'LABEL');
      // LABEL expands variables and backslashes inside double quotes; MAINTAINER did not.
      const value = author?.replace(/[\\"$]/g, (c) => `\\${c}`);
      ctx.report({
        range: instruction.getInstructionRange(),
        message: ctx.t('deprecated', { label: LABEL }),
        ...(fixable
          ? {
              fix: {
                title: ctx.t('fixTitle', { label: LABEL }),
                edits: [{ range: whole, newText: `${label} ${LABEL}="${value}"` }],
              },
            }
          : {}),
      });
    }
  },
});
