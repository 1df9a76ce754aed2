import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'expose-port-format',
  title: {
    en: 'EXPOSE a container port with a lowercase protocol',
    ko: 'EXPOSE에는 컨테이너 포트와 소문자 프로토콜만 쓰기',
  },
  severity: 'warning',
  concept: 'loose-coupling',
  topics: ['containers', 'docker-operations'],
  description: {
    en: 'EXPOSE documents the port the container listens on; which host port and address it is published on is decided at run time (`docker run -p`, a Kubernetes Service). A host address or mapping such as `EXPOSE 127.0.0.1:8080:80` is ignored except for its last part, and BuildKit plans to reject it. Protocols are `tcp` and `udp` in lowercase.',
    ko: 'EXPOSE는 컨테이너가 듣는 포트를 알려 줄 뿐이며, 어느 호스트 포트와 주소로 공개할지는 실행할 때(`docker run -p`, 쿠버네티스 서비스) 정합니다. `EXPOSE 127.0.0.1:8080:80` 같은 호스트 주소나 매핑은 마지막 부분만 남고 무시되며, BuildKit은 앞으로 이를 거부할 예정입니다. 프로토콜은 소문자 `tcp`, `udp`입니다.',
  },
  remediation: {
    en: 'Write only the container port and, if needed, its protocol: `EXPOSE 80`, `EXPOSE 53/udp`. Publish host ports when running the container.',
    ko: '컨테이너 포트와 필요하면 프로토콜만 쓰세요: `EXPOSE 80`, `EXPOSE 53/udp`. 호스트 포트는 컨테이너를 실행할 때 공개하세요.',
  },
  peers: { buildkit: ['ExposeProtoCasing', 'ExposeInvalidFormat'] },
  example: {
    bad: 'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nEXPOSE 0.0.0.0:80:8080/TCP\n',
    good: 'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nEXPOSE 8080/tcp\n',
  },
  messages: {
    mapping: {
      en: '"{written}" maps a host address or port; EXPOSE takes only the container port, so this means {port}.',
      ko: '"{written}" 값은 호스트 주소나 포트를 매핑합니다. EXPOSE는 컨테이너 포트만 받으므로 이는 {port}{을/를} 뜻합니다.',
    },
    protocol: {
      en: 'Write the protocol in lowercase: {port}.',
      ko: '프로토콜은 소문자로 쓰세요: {port}.',
    },
    fixTitle: { en: 'Write {port}', ko: '{port}{으로/로} 쓰기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const instruction of ctx.instructions) {
      if (instruction.getKeyword() !== 'EXPOSE') continue;
      for (const argument of instruction.getArguments()) {
        const written = argument.getValue();
        if (written.includes('$')) continue;
        const [portPart = '', protocol] = written.split('/');
        const port = portPart.slice(portPart.lastIndexOf(':') + 1);
        const fixed = protocol === undefined ? port : `${port}/${protocol.toLowerCase()}`;
        if (fixed === written) continue;
        const range = argument.getRange();
        const fix = { title: ctx.t('fixTitle', { port: fixed }), edits: [{ range, newText: fixed }] };
        ctx.report({
          range,
          message: portPart.includes(':')
            ? ctx.t('mapping', { written, port: fixed })
            : ctx.t('protocol', { port: fixed }),
          ...(port ? { fix } : {}),
        });
      }
    }
  },
});
