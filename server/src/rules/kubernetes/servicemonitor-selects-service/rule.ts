import type { IndexedObject } from '../../../engine/kubernetes/facts';
import { keyNodeAt } from '../../../engine/kubernetes/parse';
import { sameNamespace, type Inventory } from '../../../engine/kubernetes/inventory';
import { selectorAnchor } from '../../../engine/kubernetes/selector-lookups';
import { describeSelector, selectsLabels } from '../../../engine/kubernetes/selectors';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import {
  closestName,
  labelList,
  looksLikeTypo,
  nameOf,
  ownObjects,
  renameTarget,
  replaceScalar,
  valueOrKeyRange,
} from '../workspace-support';
import { ownValue } from '../../../engine/own-keys';

const SERVICE =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels: { app: web }\nspec:\n  selector:\n    app: web\n  ports:\n    - name: http\n      port: 80\n      targetPort: 8080';
const monitor = (app: string): string =>
  `apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: { app: ${app} }\n  endpoints:\n    - port: http\n      path: /metrics`;

/** Whether the monitor looks at Services of `namespace`: its `namespaceSelector`, else its own namespace. */
export function watches(monitor: IndexedObject, namespace: string | undefined): boolean {
  const scope = monitor.monitor;
  if (scope?.anyNamespace) return true;
  if (scope && scope.namespaces.length > 0) return namespace === undefined || scope.namespaces.includes(namespace);
  return sameNamespace(monitor.namespace, namespace);
}

/**
 * The Services a monitor watches, in the inventory's order: looked up by namespace where it watches
 * one, where a scan of every Service for each monitor grew with monitors × Services (50,172 objects:
 * 0.2–0.36 s).
 */
export function watchedServices(inventory: Inventory, monitor: IndexedObject): readonly IndexedObject[] {
  const scope = monitor.monitor;
  if (scope?.anyNamespace) return inventory.ofKind('Service');
  const names = scope?.namespaces ?? [];
  if (names.length === 0) return inventory.near('Service', monitor.namespace);
  if (names.length === 1) return inventory.near('Service', names[0]);
  return inventory.ofKind('Service').filter((service) => watches(monitor, service.namespace));
}

export default defineKubernetesRule({
  id: 'servicemonitor-selects-service',
  title: {
    en: 'A ServiceMonitor should select a Service and its port',
    ko: 'ServiceMonitor는 서비스와 그 포트를 선택해야 함',
  },
  severity: 'warning',
  concept: 'loose-coupling',
  topics: ['kubernetes-operations', 'cloud-native'],
  kinds: ['ServiceMonitor'],
  description: {
    en: 'A Prometheus Operator ServiceMonitor finds what to scrape by the labels of Services (not of pods), in its own namespace unless `namespaceSelector` says otherwise, and scrapes the Service port named in each endpoint. A selector that matches no Service, or a port name the Service does not have, is accepted and scrapes nothing: the dashboards go blank and the alerts never fire. This rule looks at the Services of the whole workspace, and stays quiet when the namespaces it watches hold none.',
    ko: 'Prometheus Operator의 ServiceMonitor는 파드가 아니라 서비스의 레이블로 수집 대상을 찾습니다. `namespaceSelector`가 따로 말하지 않으면 자기 네임스페이스에서 찾고, 각 엔드포인트에 적힌 이름의 서비스 포트를 수집합니다. 아무 서비스와도 맞지 않는 셀렉터나 서비스에 없는 포트 이름도 받아들여지지만 아무것도 수집하지 않습니다. 대시보드는 비고 알림은 울리지 않습니다. 이 규칙은 워크스페이스 전체의 서비스를 보고, 살펴볼 네임스페이스에 서비스가 없으면 조용히 있습니다.',
  },
  remediation: {
    en: "Make `spec.selector` match the Service's `metadata.labels`, set `namespaceSelector` when the Service lives in another namespace, and name in `endpoints[].port` a port name of the Service's `spec.ports`.",
    ko: '`spec.selector`를 서비스의 `metadata.labels`와 맞추고, 서비스가 다른 네임스페이스에 있으면 `namespaceSelector`를 적고, `endpoints[].port`에는 서비스 `spec.ports`의 포트 이름을 적으세요.',
  },
  peers: { kubeLinter: ['dangling-servicemonitor'] },
  example: {
    bad: deployment({ more: [SERVICE, monitor('web-metrics')] }),
    good: deployment({ more: [SERVICE, monitor('web')] }),
  },
  messages: {
    dangling: {
      en: 'ServiceMonitor "{name}" selects Services with {selector}, but no Service it watches in the workspace has those labels: it scrapes nothing.',
      ko: 'ServiceMonitor "{name}"{은/는} {selector} 레이블의 서비스를 선택하지만 살펴보는 워크스페이스의 어떤 서비스에도 그 레이블이 없어 아무것도 수집하지 않습니다.',
    },
    podLabels: {
      en: 'ServiceMonitor "{name}" selects Services with {selector}, but that is what Service "{service}" selects its pods by: a ServiceMonitor matches the labels of the Service itself (its metadata.labels), which do not have it.',
      ko: 'ServiceMonitor "{name}"{은/는} {selector} 레이블의 서비스를 선택하지만, 그것은 서비스 "{service}"{이/가} 파드를 고르는 레이블입니다. ServiceMonitor는 서비스 자신의 레이블(metadata.labels)과 맞춰 보는데 거기에는 그 레이블이 없습니다.',
    },
    port: {
      en: 'ServiceMonitor "{name}" scrapes the port named "{port}", but the Services it selects name their ports {ports}.',
      ko: 'ServiceMonitor "{name}"{은/는} "{port}"라는 이름의 포트를 수집하지만 선택한 서비스의 포트 이름은 {ports}입니다.',
    },
    relatedService: { en: 'Service "{service}" has labels {labels}', ko: '서비스 "{service}"의 레이블: {labels}' },
    fix: { en: 'Scrape port "{port}"', ko: '포트 "{port}" 수집' },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    for (const { object, facts } of ownObjects(ctx, ['ServiceMonitor'])) {
      const selector = facts.selector;
      if (!selector) continue;
      // Only the Services that write the selector's label can match it: looked up, not scanned.
      const anchor = selectorAnchor(selector);
      const selected = anchor
        ? ctx.inventory
            .labelled('Service', anchor[0], anchor[1])
            .filter((s) => watches(facts, s.namespace) && selectsLabels(selector, s.labels))
        : watchedServices(ctx.inventory, facts).filter((s) => selectsLabels(selector, s.labels));
      if (selected.length === 0) {
        const services = watchedServices(ctx.inventory, facts);
        if (services.length === 0) continue;
        const key = keyNodeAt(object.root, ['spec', 'selector']);
        if (!key?.range) continue;
        const data = { name: nameOf(facts), selector: describeSelector(selector) };
        // The usual mistake: selecting by the labels of the Service's pods rather than of the Service.
        const byPods = services.find(
          (s) =>
            s.service?.selector &&
            (!anchor || ownValue(s.service.selector.matchLabels, anchor[0]) === anchor[1]) &&
            selectsLabels(selector, s.service.selector.matchLabels),
        );
        const related = (byPods ? [byPods] : nearMisses(services, selector.matchLabels, 3)).map((s) =>
          ctx.inventory.related(s, ctx.t('relatedService', { service: nameOf(s), labels: labelList(s.labels) || '-' })),
        );
        ctx.report({
          range: ctx.index.rangeOf(key.range[0], key.range[1]),
          message: byPods ? ctx.t('podLabels', { ...data, service: nameOf(byPods) }) : ctx.t('dangling', data),
          ...(related.length > 0 ? { related } : {}),
        });
        continue;
      }
      const names = [
        ...new Set(selected.flatMap((s) => (s.service?.ports ?? []).flatMap((p) => (p.name ? [p.name] : [])))),
      ];
      const endpoints = (object.value?.spec as { endpoints?: unknown } | undefined)?.endpoints;
      (Array.isArray(endpoints) ? endpoints : []).forEach((endpoint: unknown, i) => {
        const port = (endpoint as { port?: unknown } | null)?.port;
        if (typeof port !== 'string' || names.includes(port)) return;
        const path = ['spec', 'endpoints', i, 'port'];
        const near = renameTarget(port, closestName(port, names)) ?? (names.length === 1 ? names[0] : undefined);
        const edit = near === undefined ? undefined : replaceScalar(ctx, object, path, near);
        ctx.report({
          range: valueOrKeyRange(ctx, object, path),
          message: ctx.t('port', { name: nameOf(facts), port, ports: names.map((n) => `"${n}"`).join(', ') || '-' }),
          related: selected
            .slice(0, 3)
            .map((s) =>
              ctx.inventory.related(
                s,
                ctx.t('relatedService', { service: nameOf(s), labels: labelList(s.labels) || '-' }),
              ),
            ),
          ...(edit && near ? { fix: { title: ctx.t('fix', { port: near }), edits: [edit] } } : {}),
        });
      });
    }
  },
});

/**
 * The first `count` Services whose label under one of the selector's keys looks like a typo of the
 * value asked for. Each distinct value is judged once: in a repository of thousands of Services
 * most share a handful of values, and the edit distance is what costs.
 */
function nearMisses(
  services: readonly IndexedObject[],
  wanted: Record<string, string>,
  count: number,
): IndexedObject[] {
  const judged = new Map<string, boolean>();
  const looksLikeTypoOf = (key: string, value: string, actual: string | undefined): boolean => {
    const id = `${key}\u0000${actual ?? '\u0001'}`;
    let typo = judged.get(id);
    if (typo === undefined) judged.set(id, (typo = looksLikeTypo(value, actual)));
    return typo;
  };
  const found: IndexedObject[] = [];
  for (const service of services) {
    if (found.length >= count) break;
    if (Object.entries(wanted).some(([key, value]) => looksLikeTypoOf(key, value, ownValue(service.labels, key))))
      found.push(service);
  }
  return found;
}
