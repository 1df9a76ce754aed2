import { defineDockerfileRule } from '../../../engine/rule';
import { basename, hasFlag } from '../run-words';
import { runsBusyboxWget } from '../busybox-wget';

export default defineDockerfileRule({
  id: 'wget-progress',
  title: {
    en: 'Keep wget’s progress out of the build log',
    ko: 'wget 진행 표시를 빌드 로그에서 빼기',
  },
  severity: 'info',
  concept: 'declarative-specs',
  topics: ['docker-operations'],
  description: {
    en: 'Without a terminal, wget draws its progress as lines of dots: thousands of lines for a large download, which bury the output that matters in `docker build` logs and CI. A progress style for large files, or a quiet wget, keeps the log readable. BusyBox wget (Alpine, BusyBox images) draws no dots and has no `--progress` option, so it is left alone unless the stage installed GNU wget.',
    ko: '터미널이 없으면 wget은 진행 상황을 점으로 된 줄로 그립니다. 큰 파일이면 수천 줄이 되어 `docker build`와 CI 로그에서 중요한 출력을 묻어 버립니다. 큰 파일용 진행 표시 방식이나 조용한 wget을 쓰면 로그를 읽을 수 있습니다. BusyBox wget(Alpine, BusyBox 이미지)은 점을 그리지 않고 `--progress` 옵션도 없으므로, 스테이지가 GNU wget을 설치하지 않았다면 건드리지 않습니다.',
  },
  remediation: {
    en: 'Add `--progress=dot:giga` (one dot per megabyte), or `-q` / `-nv` when no progress is wanted.',
    ko: '`--progress=dot:giga`(메가바이트마다 점 하나)를 붙이거나, 진행 표시가 필요 없으면 `-q`나 `-nv`를 붙이세요.',
  },
  peers: { hadolint: ['DL3047'] },
  example: {
    bad: 'FROM debian:12-slim\nRUN wget https://example.com/app.tgz && tar -xzf app.tgz && rm app.tgz\nUSER nobody\nCMD ["/app/run"]\n',
    good: 'FROM debian:12-slim\nRUN wget --progress=dot:giga https://example.com/app.tgz && tar -xzf app.tgz && rm app.tgz\nUSER nobody\nCMD ["/app/run"]\n',
  },
  messages: {
    progress: {
      en: 'wget fills the build log with progress dots; add --progress=dot:giga or -q.',
      ko: 'wget이 빌드 로그를 진행 표시 점으로 채웁니다. --progress=dot:giga나 -q를 붙이세요.',
    },
    fixTitle: { en: 'Add --progress=dot:giga', ko: '--progress=dot:giga 추가하기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const step of ctx.file.runs()) {
      // BusyBox wget (Alpine, BusyBox) prints no dot progress and rejects --progress.
      if (runsBusyboxWget(ctx.file, step)) continue;
      for (const command of step.commands ?? []) {
        if (basename(command.name) !== 'wget' || command.args.length === 0) continue;
        // -q, -nv, --progress or a log file keep the progress out; --version and --help print no progress.
        const quiet = [
          '--quiet',
          '--no-verbose',
          '--progress',
          '--output-file',
          '--append-output',
          '--version',
          '--help',
        ];
        if (hasFlag(command, quiet, 'qoaVhb') || command.args.some((a) => a.literal === '-nv')) continue;
        const at = command.nameRange.end;
        ctx.report({
          range: command.nameRange,
          message: ctx.t('progress'),
          fix: {
            title: ctx.t('fixTitle'),
            edits: [{ range: { start: at, end: at }, newText: ' --progress=dot:giga' }],
          },
        });
      }
    }
  },
});
