import { defineDockerfileRule } from '../../../engine/rule';

const LABEL = 'org.opencontainers.image.authors';

export default defineDockerfileRule({
  id: 'maintainer-deprecated',
  title: 'Use a label instead of MAINTAINER',
  severity: 'warning',
  concept: 'declarative-specs',
  description:
    'MAINTAINER has been deprecated since Docker 1.13. Labels are the declarative, standard way to attach metadata to an image: registries, scanners and `docker inspect` read the OCI `org.opencontainers.image.authors` label.',
  remediation: `Replace \`MAINTAINER name\` with \`LABEL ${LABEL}="name"\`.`,
  peers: { hadolint: ['DL4000'], buildkit: ['MaintainerDeprecated'] },
  example: { bad: 'MAINTAINER Jane Doe <jane@example.com>', good: `LABEL ${LABEL}="Jane Doe <jane@example.com>"` },
  messages: {
    deprecated: {
      en: 'MAINTAINER is deprecated; use LABEL {label}.',
      ko: 'MAINTAINER는 더 이상 쓰이지 않습니다. LABEL {label}을 쓰세요.',
    },
    fixTitle: { en: 'Replace with LABEL {label}', ko: 'LABEL {label}로 바꾸기' },
  },
  fixable: true,
  check(ctx) {
    for (const instruction of ctx.instructions) {
      if (instruction.getKeyword() !== 'MAINTAINER') continue;
      const whole = instruction.getRange();
      const author = instruction.getRawArgumentsContent()?.trim();
      // A multi-line MAINTAINER has continuation characters in it: leave that one to a person.
      const fixable = author && whole.start.line === whole.end.line;
      const label = instruction.getInstruction() === 'maintainer' ? 'label' : 'LABEL';
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
