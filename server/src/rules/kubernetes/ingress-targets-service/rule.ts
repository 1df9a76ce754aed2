import type { IndexedObject } from '../../../engine/kubernetes/facts';
import type { Path } from '../../../engine/kubernetes/parse';
import { get } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { deployment } from '../example-files';
import { closestObject, nameOf, ownObjects, renameTarget, replaceScalar, valueOrKeyRange } from '../workspace-support';

interface Backend {
  service: string;
  servicePath: Path;
  port: number | string | undefined;
  portPath: Path;
}

/** Every Service backend of an Ingress, in networking.k8s.io/v1 and in the older beta layout. */
function backendsOf(value: unknown): Backend[] {
  const result: Backend[] = [];
  const read = (backend: unknown, at: Path): void => {
    const v1 = get(backend, 'service');
    if (v1 && typeof v1 === 'object') {
      const name = get(v1, 'name');
      const number = get(v1, 'port', 'number');
      const portName = get(v1, 'port', 'name');
      if (typeof name !== 'string') return;
      const port = typeof number === 'number' ? number : typeof portName === 'string' ? portName : undefined;
      const portPath = [...at, 'service', 'port', typeof number === 'number' ? 'number' : 'name'];
      result.push({ service: name, servicePath: [...at, 'service', 'name'], port, portPath });
      return;
    }
    const name = get(backend, 'serviceName');
    const port = get(backend, 'servicePort');
    if (typeof name !== 'string') return;
    result.push({
      service: name,
      servicePath: [...at, 'serviceName'],
      port: typeof port === 'number' || typeof port === 'string' ? port : undefined,
      portPath: [...at, 'servicePort'],
    });
  };
  for (const field of ['defaultBackend', 'backend']) read(get(value, 'spec', field), ['spec', field]);
  const rules = get(value, 'spec', 'rules');
  (Array.isArray(rules) ? rules : []).forEach((rule, r) => {
    const paths = get(rule, 'http', 'paths');
    (Array.isArray(paths) ? paths : []).forEach((entry, p) =>
      read(get(entry, 'backend'), ['spec', 'rules', r, 'http', 'paths', p, 'backend']),
    );
  });
  return result;
}

const portsOf = (service: IndexedObject): string =>
  (service.service?.ports ?? [])
    .map((p) => (p.name ? `${p.port ?? '?'} (${p.name})` : String(p.port ?? '?')))
    .join(', ') || '-';

const SERVICE =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - name: http\n      port: 80\n      targetPort: 8080';
const ingress = (service: string): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  rules:\n    - host: shop.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service:\n                name: ${service}\n                port:\n                  name: http`;

export default defineKubernetesRule({
  id: 'ingress-targets-service',
  title: {
    en: 'An Ingress should send traffic to a Service and port that exist',
    ko: '인그레스는 있는 서비스와 포트로 트래픽을 보내야 함',
  },
  severity: 'warning',
  concept: 'loose-coupling',
  topics: ['kubernetes-msa', 'kubernetes-operations'],
  kinds: ['Ingress'],
  description: {
    en: 'An Ingress routes a host and path to a Service by name and port. The API accepts any name, so a misspelt Service or a port the Service does not expose is only noticed when requests start failing: the ingress controller has no endpoints for the backend and answers 503. This rule looks for the Service in the same namespace anywhere in the workspace, and stays quiet when the workspace holds no Service in that namespace at all (the backends are then managed elsewhere).',
    ko: '인그레스는 호스트와 경로를 이름과 포트로 서비스에 연결합니다. API는 어떤 이름이든 받아들이므로, 서비스 이름의 오타나 서비스에 없는 포트는 요청이 실패하기 시작해야 드러납니다. 인그레스 컨트롤러는 그 백엔드의 엔드포인트가 없어 503으로 응답합니다. 이 규칙은 워크스페이스 어디서든 같은 네임스페이스의 서비스를 찾고, 그 네임스페이스에 서비스가 하나도 없으면(백엔드를 다른 곳에서 관리하는 경우) 조용히 있습니다.',
  },
  remediation: {
    en: "Name a Service of the Ingress's namespace, and a `port.number` or `port.name` that Service exposes in `spec.ports`.",
    ko: '인그레스와 같은 네임스페이스의 서비스 이름과, 그 서비스가 `spec.ports`에 노출한 `port.number` 또는 `port.name`을 적으세요.',
  },
  peers: { kubeLinter: ['dangling-ingress'], kubeScore: ['ingress-targets-service'] },
  example: {
    bad: deployment({ more: [SERVICE, ingress('web-svc')] }),
    good: deployment({ more: [SERVICE, ingress('web')] }),
  },
  messages: {
    missingService: {
      en: 'Ingress "{name}" sends traffic to Service "{service}", which is not in the workspace: the controller has no backend to reach.',
      ko: '인그레스 "{name}"{은/는} 서비스 "{service}"{으로/로} 트래픽을 보내지만 그 서비스가 워크스페이스에 없습니다. 컨트롤러가 닿을 백엔드가 없습니다.',
    },
    nearService: {
      en: 'Ingress "{name}" sends traffic to Service "{service}", which is not in the workspace; Service "{near}" is. A typo?',
      ko: '인그레스 "{name}"{은/는} 서비스 "{service}"{으로/로} 트래픽을 보내지만 그 서비스는 워크스페이스에 없고 서비스 "{near}"{이/가} 있습니다. 오타인가요?',
    },
    missingPort: {
      en: 'Ingress "{name}" sends traffic to port {port} of Service "{service}", which exposes only {ports}.',
      ko: '인그레스 "{name}"{은/는} 서비스 "{service}"의 포트 {port}{으로/로} 트래픽을 보내지만 그 서비스에는 {ports}만 있습니다.',
    },
    relatedService: {
      en: 'Service "{service}" exposes {ports}',
      ko: '서비스 "{service}"의 포트: {ports}',
    },
    useService: { en: 'Send it to Service "{service}"', ko: '서비스 "{service}"{으로/로} 보내기' },
    usePort: { en: 'Send it to port {port}', ko: '포트 {port}{으로/로} 보내기' },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownObjects(ctx, ['Ingress'])) {
      const near = ctx.inventory.near('Service', facts.namespace);
      // No Service in the namespace at all: the backends are deployed from elsewhere.
      if (near.length === 0) continue;
      for (const backend of backendsOf(object.value)) {
        const found = ctx.inventory.named('Service', backend.service, facts.namespace);
        const related = (s: IndexedObject) =>
          ctx.inventory.related(s, ctx.t('relatedService', { service: nameOf(s), ports: portsOf(s) }));
        const data = { name: nameOf(facts), service: backend.service };
        if (found.length === 0) {
          const closest = closestObject(backend.service, near);
          const guess = closest?.name;
          const target = closest?.object;
          const rename = renameTarget(backend.service, guess);
          const edit = rename === undefined ? undefined : replaceScalar(ctx, object, backend.servicePath, rename);
          ctx.report({
            range: valueOrKeyRange(ctx, object, backend.servicePath),
            message: guess ? ctx.t('nearService', { ...data, near: guess }) : ctx.t('missingService', data),
            ...(target ? { related: [related(target)] } : {}),
            ...(edit && rename ? { fix: { title: ctx.t('useService', { service: rename }), edits: [edit] } } : {}),
          });
          continue;
        }
        const port = backend.port;
        if (port === undefined) continue;
        const exposes = (s: IndexedObject): boolean =>
          (s.service?.ports ?? []).some((p) => (typeof port === 'number' ? p.port === port : p.name === port));
        if (found.some(exposes)) continue;
        const service = found[0];
        if (!service) continue;
        const only = service.service?.ports.length === 1 ? service.service.ports[0] : undefined;
        const replacement = typeof port === 'number' ? only?.port : only?.name;
        const edit = replacement === undefined ? undefined : replaceScalar(ctx, object, backend.portPath, replacement);
        const fix: Fix | undefined =
          edit && replacement !== undefined
            ? { title: ctx.t('usePort', { port: replacement }), edits: [edit] }
            : undefined;
        ctx.report({
          range: valueOrKeyRange(ctx, object, backend.portPath),
          message: ctx.t('missingPort', { ...data, port, ports: portsOf(service) }),
          related: [related(service)],
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});
