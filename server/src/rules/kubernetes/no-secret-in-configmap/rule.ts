import { isMap, isScalar } from 'yaml';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { isSecretLikeValue, isSecretName } from '../secret-names';

const PRIVATE_KEY = /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----/;

const CONFIG_MAP = (data: readonly string[]): string =>
  ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: web', 'data:', ...data.map((l) => `  ${l}`)].join('\n');

export default defineKubernetesRule({
  id: 'no-secret-in-configmap',
  title: {
    en: 'Keep credentials in Secrets, not ConfigMaps',
    ko: '자격 증명은 컨피그맵이 아니라 시크릿에 두기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['kubernetes-operations', 'cloud-native'],
  kinds: ['ConfigMap'],
  description: {
    en: 'ConfigMaps are meant to be read widely: RBAC roles hand them out freely, `kubectl describe` prints them, and they are never encrypted at rest. A password or a private key stored in one is readable by everyone who may read configuration. Secrets are the object that RBAC, encryption at rest and secret stores treat as sensitive.',
    ko: '컨피그맵은 널리 읽히라고 있는 객체입니다. RBAC 역할은 이를 쉽게 내주고, `kubectl describe`는 내용을 출력하며, 저장 시 암호화되지도 않습니다. 여기에 넣은 비밀번호나 개인 키는 설정을 읽을 수 있는 모든 사람이 읽을 수 있습니다. RBAC, 저장 시 암호화, 시크릿 저장소가 민감하게 다루는 객체는 시크릿입니다.',
  },
  remediation: {
    en: 'Move the key to a Secret and mount or reference that Secret instead; keep only the non-sensitive settings in the ConfigMap.',
    ko: '그 키를 시크릿으로 옮기고 대신 그 시크릿을 마운트하거나 가리키세요. 컨피그맵에는 민감하지 않은 설정만 남기세요.',
  },
  peers: {
    polaris: ['sensitiveConfigmapContent'],
    trivy: ['KSV109'],
  },
  example: {
    bad: [CONFIG_MAP(['LOG_LEVEL: info', 'DB_PASSWORD: hunter2']), deployment()].join('\n---\n'),
    good: [CONFIG_MAP(['LOG_LEVEL: info', 'DB_PASSWORD_FILE: /run/secrets/db/password']), deployment()].join('\n---\n'),
  },
  messages: {
    key: {
      en: 'ConfigMap key {key} holds a credential: move it to a Secret.',
      ko: '컨피그맵 키 {key}에 자격 증명이 들어 있습니다. 시크릿으로 옮기세요.',
    },
    privateKey: {
      en: 'ConfigMap key {key} holds a private key: move it to a Secret.',
      ko: '컨피그맵 키 {key}에 개인 키가 들어 있습니다. 시크릿으로 옮기세요.',
    },
  },
  check(ctx) {
    const data = ctx.node(['data']);
    if (!isMap(data)) return;
    for (const pair of data.items) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
      const key = String(pair.key.value);
      const value = typeof pair.value.value === 'string' ? pair.value.value : String(pair.value.value);
      const id = PRIVATE_KEY.test(value)
        ? 'privateKey'
        : isSecretName(key) && isSecretLikeValue(value, key)
          ? 'key'
          : '';
      if (!id) continue;
      ctx.report({ range: ctx.keyRange(['data', key]), message: ctx.t(id, { key }) });
    }
  },
});
