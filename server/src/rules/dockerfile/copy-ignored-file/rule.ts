import { defineDockerfileRule } from '../../../engine/rule';
import { cleanPath, excludingPattern, hasExceptionInside, parseDockerignore } from '../dockerignore';
import { isUrl, isWholeContext, transferOf } from '../transfers';

export default defineDockerfileRule({
  id: 'copy-ignored-file',
  title: {
    en: 'Copy only files the .dockerignore lets into the build context',
    ko: '.dockerignore가 빌드 컨텍스트에 넣어 주는 파일만 복사하기',
  },
  severity: 'error',
  concept: 'image-layers',
  topics: ['docker-architecture', 'union-filesystem'],
  description: {
    en: 'The files a `.dockerignore` excludes are never sent to the builder, so a COPY or ADD that names one fails with "not found", however clearly the file sits in your folder. Either the file should not be excluded, or the instruction should not need it.',
    ko: '`.dockerignore`가 제외한 파일은 빌더에 아예 보내지지 않으므로, 그런 파일을 지정한 COPY나 ADD는 폴더에 파일이 분명히 있어도 "not found"로 실패합니다. 파일을 제외하지 말아야 하거나, 명령어가 그 파일을 쓰지 말아야 합니다.',
  },
  remediation: {
    en: 'Remove the pattern from `.dockerignore`, or add an exception for the file (`!config/app.yaml`), or stop copying it.',
    ko: '`.dockerignore`에서 패턴을 지우거나, 파일에 대한 예외(`!config/app.yaml`)를 추가하거나, 복사하지 마세요.',
  },
  peers: { buildkit: ['CopyIgnoredFile'] },
  example: {
    bad: 'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY dist/ /usr/share/nginx/html/\n',
    good: 'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY public/ /usr/share/nginx/html/\n',
    buildContext: { bad: { dockerignore: 'node_modules\ndist\n' }, good: { dockerignore: 'node_modules\ndist\n' } },
  },
  messages: {
    excluded: {
      en: '"{path}" is excluded by .dockerignore (line {line}: {pattern}), so the builder never receives it and this {keyword} fails.',
      ko: '"{path}" 경로는 .dockerignore에서 제외되어({line}번째 줄: {pattern}) 빌더에 전달되지 않으므로 이 {keyword|은/는} 실패합니다.',
    },
  },
  check(ctx) {
    const text = ctx.buildContext.dockerignore;
    if (typeof text !== 'string') return;
    const patterns = parseDockerignore(text);
    if (patterns.length === 0) return;
    for (const instruction of ctx.instructions) {
      const transfer = transferOf(instruction);
      if (!transfer || transfer.from) continue;
      for (const source of transfer.sources) {
        const value = source.value;
        if (isWholeContext(value) || isUrl(value) || /[*?[$]/.test(value)) continue;
        const path = cleanPath(value).replace(/^\/+/, '');
        if (path === '.' || path.startsWith('..')) continue;
        const pattern = excludingPattern(path, patterns);
        if (!pattern || hasExceptionInside(path, patterns)) continue;
        ctx.report({
          range: source.range,
          message: ctx.t('excluded', {
            path: value,
            line: pattern.line + 1,
            pattern: pattern.pattern,
            keyword: transfer.keyword,
          }),
        });
      }
    }
  },
});
