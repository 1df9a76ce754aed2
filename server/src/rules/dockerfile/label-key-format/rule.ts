import type { Label } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';

const RESERVED = /^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/;

export default defineDockerfileRule({
  id: 'label-key-format',
  title: {
    en: 'Name labels in lowercase reverse-DNS form',
    ko: '레이블 키는 소문자 역DNS 형식으로 짓기',
  },
  severity: 'info',
  concept: 'declarative-specs',
  topics: ['docker-operations'],
  description: {
    en: "Docker's guidelines for label keys: lowercase letters, digits, `.` and `-`, starting with a letter and ending with a letter or digit, with no `..` or `--`, and a reverse-DNS prefix you own (`org.opencontainers.image.source`, `com.example.team`). Tools that read labels (registries, scanners, Kubernetes tooling) expect that shape, and `com.docker.`, `io.docker.` and `org.dockerproject.` are reserved for Docker.",
    ko: 'Docker의 레이블 키 지침: 소문자, 숫자, `.`, `-`만 쓰고, 문자로 시작해 문자나 숫자로 끝나며, `..`이나 `--`가 없고, 내가 가진 도메인을 뒤집은 접두사(`org.opencontainers.image.source`, `com.example.team`)를 붙입니다. 레이블을 읽는 도구(레지스트리, 스캐너, 쿠버네티스 도구)는 그 형태를 기대하며, `com.docker.`, `io.docker.`, `org.dockerproject.`는 Docker가 예약한 접두사입니다.',
  },
  remediation: {
    en: 'Rename the key, preferring the OCI annotation keys where one fits: `org.opencontainers.image.version`, `…image.source`, `…image.licenses`.',
    ko: '키 이름을 바꾸세요. 맞는 것이 있다면 OCI 어노테이션 키를 쓰는 것이 좋습니다: `org.opencontainers.image.version`, `…image.source`, `…image.licenses`.',
  },
  peers: { hadolint: ['DL3048'] },
  example: {
    bad: 'FROM alpine:3.20\nLABEL Version=1.4.2\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.4.2\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
  },
  messages: {
    invalid: {
      en: 'Label key "{key}" {problem}.',
      ko: '레이블 키 "{key}": {problem}.',
    },
    uppercase: { en: 'has upper-case letters', ko: '대문자가 있습니다' },
    characters: {
      en: 'has characters other than a-z, 0-9, "." and "-"',
      ko: 'a-z, 0-9, ".", "-" 밖의 문자가 있습니다',
    },
    ends: {
      en: 'must start with a letter and end with a letter or digit',
      ko: '문자로 시작하고 문자나 숫자로 끝나야 합니다',
    },
    separators: { en: 'repeats a separator ("..", "--")', ko: '구분자를 연달아 씁니다("..", "--")' },
    reserved: { en: 'uses a namespace reserved for Docker', ko: 'Docker가 예약한 네임스페이스를 씁니다' },
  },
  check(ctx) {
    for (const instruction of ctx.instructions) {
      if (instruction.getKeyword() !== 'LABEL') continue;
      for (const property of (instruction as Label).getProperties()) {
        const key = property.getName().replace(/^(["'])(.*)\1$/, '$2');
        if (!key || key.includes('$')) continue;
        const problem = problemOf(key);
        if (problem)
          ctx.report({ range: property.getNameRange(), message: ctx.t('invalid', { key, problem: ctx.t(problem) }) });
      }
    }
  },
});

function problemOf(key: string): string | undefined {
  if (/[A-Z]/.test(key) && /^[A-Za-z0-9.-]+$/.test(key)) return 'uppercase';
  if (!/^[a-z0-9.-]+$/.test(key)) return 'characters';
  if (!/^[a-z]/.test(key) || !/[a-z0-9]$/.test(key)) return 'ends';
  if (key.includes('..') || key.includes('--')) return 'separators';
  if (RESERVED.test(key)) return 'reserved';
  return undefined;
}
