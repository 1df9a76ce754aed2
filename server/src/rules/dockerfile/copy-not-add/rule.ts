import { JSONInstruction, ModifiableInstruction, type Instruction } from 'dockerfile-ast';
import { inKeywordCase } from '../support';
import { defineDockerfileRule } from '../../../engine/rule';

/** ADD unpacks local archives on purpose; these are the suffixes it recognises (as hadolint lists them). */
const ARCHIVE = /\.(tar|Z|bz2|gz|lz|lzma|tZ|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz)$/;
const REMOTE = /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/;
/** Flags only ADD understands: with them the instruction is doing ADD's own job. */
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export default defineDockerfileRule({
  id: 'copy-not-add',
  title: {
    en: 'Use COPY for local files',
    ko: '로컬 파일에는 COPY 쓰기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['docker-architecture'],
  description: {
    en: 'ADD also downloads URLs and unpacks archives, so a reader cannot tell from `ADD src/ /app/` alone what will happen, and a file that later becomes a tarball changes behaviour silently. COPY does one thing: copy files from the build context.',
    ko: 'ADD는 URL을 내려받고 압축 파일을 풀기도 하므로, `ADD src/ /app/`만 보고는 무슨 일이 일어날지 알 수 없고, 나중에 파일이 tar 묶음이 되면 동작이 조용히 바뀝니다. COPY는 빌드 컨텍스트의 파일을 복사하는 한 가지 일만 합니다.',
  },
  remediation: {
    en: 'Write COPY for files and folders from the build context; keep ADD for the archives you want unpacked.',
    ko: '빌드 컨텍스트의 파일과 폴더에는 COPY를 쓰고, ADD는 풀고 싶은 압축 파일에만 남겨 두세요.',
  },
  peers: { hadolint: ['DL3020'] },
  example: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nADD app.py /app/\nUSER 10001\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py /app/\nUSER 10001\nCMD ["python", "app.py"]\n',
  },
  messages: {
    add: {
      en: 'ADD copies the local "{source}"; use COPY, which does only that.',
      ko: 'ADD가 로컬 "{source}"{을/를} 복사합니다. 복사만 하는 COPY를 쓰세요.',
    },
    fixTitle: { en: 'Replace ADD with COPY', ko: 'ADD를 COPY로 바꾸기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const instruction of ctx.instructions) {
      if (instruction.getKeyword() !== 'ADD') continue;
      const flags = instruction instanceof ModifiableInstruction ? instruction.getFlags() : [];
      if (flags.some((flag) => ADD_ONLY_FLAGS.has(flag.getName()))) continue;
      const sources = sourcesOf(instruction);
      if (sources.length === 0) continue;
      if (sources.some((s) => REMOTE.test(s) || ARCHIVE.test(s) || s.includes('$'))) continue;
      const keyword = instruction.getInstructionRange();
      const copy = inKeywordCase(ctx.file, 'COPY');
      ctx.report({
        range: keyword,
        message: ctx.t('add', { source: sources.join('", "') }),
        fix: { title: ctx.t('fixTitle'), edits: [{ range: keyword, newText: copy }] },
      });
    }
  },
});

/** The source paths of an ADD, in either form; a heredoc counts as one local source. */
function sourcesOf(instruction: Instruction): string[] {
  const json = instruction instanceof JSONInstruction ? instruction.getJSONStrings() : [];
  if (json.length > 0) return json.slice(0, -1).map((s) => s.getValue().replace(/^"|"$/g, ''));
  const args = instruction.getArguments().map((a) => a.getValue());
  const first = args[0];
  if (first?.startsWith('<<')) return [first];
  return args.slice(0, -1).map((a) => a.replace(/^["']|["']$/g, ''));
}
