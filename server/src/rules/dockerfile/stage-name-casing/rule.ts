import { ModifiableInstruction, type From } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import type { DockerfileContext } from '../../../engine/dockerfile/context';
import type { TextEdit } from '../../../engine/types';

export default defineDockerfileRule({
  id: 'stage-name-casing',
  title: 'Write stage names in lowercase',
  severity: 'warning',
  concept: 'syntax-and-structure',
  description:
    'Stage names are matched without regard to case, so `AS Builder` and `--from=builder` name the same stage. Lowercase names keep them apart from instruction keywords at a glance and match how BuildKit reports them.',
  remediation: 'Rename the stage and its references in lowercase: `FROM golang:1.23 AS builder`.',
  peers: { buildkit: ['StageNameCasing'] },
  example: { bad: 'FROM golang:1.23 AS Builder', good: 'FROM golang:1.23 AS builder' },
  messages: {
    casing: {
      en: 'Stage name "{name}" should be lowercase.',
      ko: '스테이지 이름 "{name}"은 소문자로 써야 합니다.',
    },
    fixTitle: { en: 'Rename the stage to "{lower}"', ko: '스테이지 이름을 "{lower}"로 바꾸기' },
  },
  fixable: true,
  check(ctx) {
    for (const stage of ctx.stages) {
      const name = stage.from.getBuildStage();
      const range = stage.from.getBuildStageRange();
      if (!name || !range || name === name.toLowerCase()) continue;
      const lower = name.toLowerCase();
      ctx.report({
        range,
        message: ctx.t('casing', { name }),
        fix: {
          title: ctx.t('fixTitle', { lower }),
          edits: [{ range, newText: lower }, ...referenceEdits(ctx, lower, range.start.line)],
        },
      });
    }
  },
});

/** Later `FROM <stage>` and `--from=<stage>` references, renamed along so the file reads consistently. */
function referenceEdits(ctx: DockerfileContext, lower: string, declaredOn: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const instruction of ctx.instructions) {
    if (instruction.getRange().start.line <= declaredOn) continue;
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      const image = from.getImage();
      const range = from.getImageRange();
      if (image && range && image !== lower && image.toLowerCase() === lower) edits.push({ range, newText: lower });
    }
    if (instruction instanceof ModifiableInstruction && instruction.getKeyword() === 'COPY') {
      for (const flag of instruction.getFlags()) {
        const value = flag.getValue();
        const range = flag.getValueRange();
        if (flag.getName() === 'from' && value && range && value !== lower && value.toLowerCase() === lower)
          edits.push({ range, newText: lower });
      }
    }
  }
  return edits;
}
