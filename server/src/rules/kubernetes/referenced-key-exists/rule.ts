import { defineKubernetesRule } from '../../../engine/rule';
import { containerWith, deployment } from '../example-files';
import { closestName, ownWorkloads, renameTarget, replaceScalar, valueOrKeyRange } from '../workspace-support';

const CONFIG = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  LOG_LEVEL: info';
const readingKey = (key: string): string =>
  deployment({
    container: containerWith({
      env: ['env:', '  - name: LOG_LEVEL', `    valueFrom: { configMapKeyRef: { name: web-config, key: ${key} } }`],
    }),
    more: [CONFIG],
  });

export default defineKubernetesRule({
  id: 'referenced-key-exists',
  title: {
    en: 'Read only keys the ConfigMap or Secret has',
    ko: '컨피그맵이나 시크릿에 있는 키만 읽음',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations'],
  description: {
    en: 'An environment variable filled from a ConfigMap or Secret key (`configMapKeyRef`, `secretKeyRef`) that the object does not have stops the container from starting: it waits in `CreateContainerConfigError` until someone adds the key. This rule compares the key with the data of the ConfigMap or Secret defined in the workspace, and says nothing when the object is not there, is generated, or holds no data at all (its content then comes from elsewhere).',
    ko: '컨피그맵이나 시크릿에 없는 키(`configMapKeyRef`, `secretKeyRef`)로 채우는 환경 변수가 있으면 컨테이너가 시작하지 못하고, 누군가 키를 추가할 때까지 `CreateContainerConfigError`에서 기다립니다. 이 규칙은 키를 워크스페이스에 정의된 컨피그맵이나 시크릿의 데이터와 비교하고, 오브젝트가 없거나, 생성되거나, 데이터가 전혀 없으면(내용이 다른 곳에서 오는 경우) 아무 말도 하지 않습니다.',
  },
  remediation: {
    en: 'Add the key to the ConfigMap or Secret, correct the key name, or mark the reference `optional: true` when the container can start without it.',
    ko: '컨피그맵이나 시크릿에 키를 추가하거나, 키 이름을 바로잡거나, 없어도 컨테이너가 시작할 수 있으면 참조에 `optional: true`를 적으세요.',
  },
  peers: { kubeLinter: ['env-value-from'] },
  example: {
    bad: readingKey('LOGLEVEL'),
    good: readingKey('LOG_LEVEL'),
  },
  messages: {
    missing: {
      en: '{referenced} "{target}" has no key "{key}" (it has {keys}): the container cannot start.',
      ko: '{referenced} "{target}"에 키 "{key}"{이/가} 없습니다(있는 키: {keys}). 컨테이너가 시작할 수 없습니다.',
    },
    relatedObject: { en: 'the {referenced} it reads', ko: '읽는 {referenced}' },
    fix: { en: 'Read key "{key}"', ko: '키 "{key}" 읽기' },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownWorkloads(ctx)) {
      for (const reference of facts.references) {
        const key = reference.key;
        if (key === undefined || reference.optional) continue;
        if (reference.kind !== 'ConfigMap' && reference.kind !== 'Secret') continue;
        const definitions = ctx.inventory.definitions(reference.kind, reference.name, facts.namespace);
        // Generated or empty objects get their keys elsewhere; any definition with the key will do.
        if (definitions.length === 0 || definitions.some((d) => d.keys === undefined || d.keys.length === 0)) continue;
        if (definitions.some((d) => d.keys?.includes(key))) continue;
        const keys = [...new Set(definitions.flatMap((d) => d.keys ?? []))];
        const path = [...reference.path.slice(0, -1), 'key'];
        const near = renameTarget(key, closestName(key, keys));
        const edit = near === undefined ? undefined : replaceScalar(ctx, object, path, near);
        const definition = definitions[0];
        ctx.report({
          range: valueOrKeyRange(ctx, object, path),
          message: ctx.t('missing', {
            referenced: reference.kind,
            target: reference.name,
            key,
            keys: keys.map((k) => `"${k}"`).join(', '),
          }),
          ...(definition
            ? { related: [ctx.inventory.related(definition, ctx.t('relatedObject', { referenced: reference.kind }))] }
            : {}),
          ...(edit && near ? { fix: { title: ctx.t('fix', { key: near }), edits: [edit] } } : {}),
        });
      }
    }
  },
});
