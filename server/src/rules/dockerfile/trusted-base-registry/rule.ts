import type { From } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { baseImageOf } from '../support';

/** Names Docker Hub answers to; an image without a registry comes from there. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'hub.docker.com']);

export default defineDockerfileRule({
  id: 'trusted-base-registry',
  title: {
    en: 'Pull base images only from the registries your project trusts',
    ko: '프로젝트가 신뢰하는 레지스트리에서만 베이스 이미지 받기',
  },
  severity: 'warning',
  concept: 'immutable-images',
  topics: ['docker-operations', 'cloud-native'],
  description: {
    en: 'Teams that mirror and scan their base images list the registries builds may pull from (`trustedRegistries` in `.cntutor.yaml` or `.hadolint.yaml`). A FROM that reaches elsewhere skips the scanning and can break when that registry rate-limits or disappears. Nothing is reported until the list is configured.',
    ko: '베이스 이미지를 미러링하고 검사하는 팀은 빌드가 받아올 수 있는 레지스트리 목록을 정합니다(`.cntutor.yaml`이나 `.hadolint.yaml`의 `trustedRegistries`). 그 밖에서 받아오는 FROM은 검사를 건너뛰며, 그 레지스트리가 요청을 제한하거나 사라지면 빌드가 깨질 수 있습니다. 목록을 설정하기 전에는 아무것도 보고하지 않습니다.',
  },
  remediation: {
    en: 'Pull the image through a trusted registry or mirror (`FROM registry.example.com/library/node:22`), or add its registry to `trustedRegistries` if it should be trusted.',
    ko: '신뢰하는 레지스트리나 미러를 거쳐 이미지를 받거나(`FROM registry.example.com/library/node:22`), 신뢰해야 할 레지스트리라면 `trustedRegistries`에 추가하세요.',
  },
  peers: { hadolint: ['DL3026'] },
  example: {
    bad: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'FROM registry.example.com/library/node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
    config: { trustedRegistries: ['registry.example.com'] },
  },
  messages: {
    untrusted: {
      en: 'Base image "{image}" comes from {registry}, which is not among the trusted registries ({trusted}).',
      ko: '베이스 이미지 "{image}"의 레지스트리 {registry|은/는} 신뢰하는 레지스트리({trusted})에 없습니다.',
    },
  },
  check(ctx) {
    const trusted = ctx.config.trustedRegistries.map((r) => r.trim().toLowerCase()).filter(Boolean);
    if (trusted.length === 0) return;
    for (const stage of ctx.stages) {
      const base = baseImageOf(ctx.file, stage.from as From);
      if (!base) continue;
      const registry = (base.reference.registry ?? 'docker.io').toLowerCase();
      if (trusted.some((pattern) => registryMatches(registry, pattern))) continue;
      ctx.report({
        range: base.range,
        message: ctx.t('untrusted', { image: base.resolved, registry, trusted: trusted.join(', ') }),
      });
    }
  },
});

/** `*.gcr.io` matches any host under gcr.io; Docker Hub matches under any of its names. */
function registryMatches(registry: string, pattern: string): boolean {
  if (DOCKER_HUB.has(registry) && DOCKER_HUB.has(pattern)) return true;
  if (!pattern.includes('*')) return registry === pattern;
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return regex.test(registry);
}
