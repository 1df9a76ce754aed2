import { ModifiableInstruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { isGitSource, isUrl, transferOf } from '../transfers';

export default defineDockerfileRule({
  id: 'add-url-checksum',
  title: {
    en: 'Verify files ADD downloads with --checksum',
    ko: 'ADD로 내려받는 파일은 --checksum으로 검증하기',
  },
  severity: 'warning',
  concept: 'immutable-images',
  topics: ['union-filesystem', 'docker-operations'],
  description: {
    en: '`ADD https://…` puts whatever the server returns on the day of the build into the image. If the file changes upstream, or the download is tampered with, the build succeeds with different bytes and nothing says so. `--checksum=sha256:…` makes the build fail unless the file is exactly the one you checked.',
    ko: '`ADD https://…`는 빌드하는 날 서버가 돌려주는 것을 그대로 이미지에 넣습니다. 원본 파일이 바뀌거나 다운로드가 변조되면 빌드는 다른 바이트로 성공하고 아무도 알려 주지 않습니다. `--checksum=sha256:…`을 붙이면 확인한 바로 그 파일이 아닐 때 빌드가 실패합니다.',
  },
  remediation: {
    en: 'Add the digest of the file you tested: `ADD --checksum=sha256:<digest> https://example.com/tool.tar.gz /tmp/` (`sha256sum tool.tar.gz` prints it). It needs Dockerfile syntax 1.6 or later.',
    ko: '테스트한 파일의 다이제스트를 붙이세요: `ADD --checksum=sha256:<digest> https://example.com/tool.tar.gz /tmp/`(`sha256sum tool.tar.gz`로 확인). Dockerfile 문법 1.6 이상이 필요합니다.',
  },
  noPeer:
    'hadolint and BuildKit accept ADD from a URL without a checksum; this teaching rule comes from reproducible, verifiable images.',
  peers: {},
  example: {
    bad: 'FROM alpine:3.20\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /sbin/tini\nUSER 10001\nENTRYPOINT ["/sbin/tini", "--"]\nCMD ["app"]\n',
    good: 'FROM alpine:3.20\nADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee --chmod=755 https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /sbin/tini\nUSER 10001\nENTRYPOINT ["/sbin/tini", "--"]\nCMD ["app"]\n',
  },
  messages: {
    unchecked: {
      en: 'ADD downloads {url} without --checksum, so the build accepts whatever the server returns.',
      ko: 'ADD가 --checksum 없이 {url}에서 내려받으므로, 빌드는 서버가 돌려주는 무엇이든 받아들입니다.',
    },
  },
  check(ctx) {
    for (const instruction of ctx.instructions) {
      const transfer = transferOf(instruction);
      if (transfer?.keyword !== 'ADD') continue;
      const flags = instruction instanceof ModifiableInstruction ? instruction.getFlags() : [];
      if (flags.some((flag) => flag.getName() === 'checksum')) continue;
      for (const source of transfer.sources) {
        if (!isUrl(source.value) || isGitSource(source.value) || source.value.includes('$')) continue;
        ctx.report({ range: source.range, message: ctx.t('unchecked', { url: source.value }) });
      }
    }
  },
});
