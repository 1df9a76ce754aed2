import { get } from '../../../engine/kubernetes/workloads';
import { defineKubernetesRule } from '../../../engine/rule';
import { deployment } from '../example-files';
import { isCustomNamesake } from '../builtin';
import { isPartialObject } from '../partial';

const SERVICE = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: web',
  'spec:',
  '  selector: { app: web }',
  '  ports:',
  '    - name: http',
  '      port: 80',
  '      targetPort: 8080',
].join('\n');

const ingress = (tls: boolean): string =>
  [
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata:',
    '  name: web',
    'spec:',
    ...(tls ? ['  tls:', '    - hosts: [shop.example.com]', '      secretName: shop-example-com-tls'] : []),
    '  rules:',
    '    - host: shop.example.com',
    '      http:',
    '        paths:',
    '          - path: /',
    '            pathType: Prefix',
    '            backend:',
    '              service: { name: web, port: { name: http } }',
  ].join('\n');

export default defineKubernetesRule({
  id: 'ingress-tls',
  title: {
    en: 'Serve an Ingress over HTTPS',
    ko: '인그레스는 HTTPS로 제공하기',
  },
  severity: 'info',
  concept: 'least-privilege',
  topics: ['kubernetes-msa', 'cloud-native'],
  kinds: ['Ingress'],
  description: {
    en: 'An Ingress without a `tls` section serves its hosts over plain HTTP: passwords, session cookies and API tokens cross the network readable by anyone on the path, and can be changed on the way. Browsers mark such sites as not secure. With `tls`, the Ingress controller terminates HTTPS with the certificate in the named Secret — which cert-manager can issue and renew automatically.',
    ko: '`tls` 부분이 없는 인그레스는 호스트를 평문 HTTP로 제공합니다. 비밀번호, 세션 쿠키, API 토큰이 경로상의 누구나 읽을 수 있는 채로 네트워크를 지나고, 도중에 바뀔 수도 있습니다. 브라우저는 그런 사이트를 안전하지 않다고 표시합니다. `tls`가 있으면 인그레스 컨트롤러가 지정한 시크릿의 인증서로 HTTPS를 종료하며, 그 인증서는 cert-manager가 자동으로 발급하고 갱신할 수 있습니다.',
  },
  remediation: {
    en: 'Add a `tls` entry listing the hosts and the Secret that holds their certificate (or the cert-manager annotation that creates it).',
    ko: '호스트와 그 인증서를 담은 시크릿(또는 그것을 만드는 cert-manager 어노테이션)을 적은 `tls` 항목을 추가하세요.',
  },
  exceptions: {
    en: 'When TLS ends before the Ingress (a cloud load balancer holding the certificate) or on a local cluster, plain HTTP here is expected; suppress the finding with that reason.',
    ko: 'TLS가 인그레스 앞(인증서를 가진 클라우드 로드 밸런서)에서 끝나거나 로컬 클러스터라면 여기서 평문 HTTP는 예상된 것입니다. 그 이유를 적어 이 결과를 숨기세요.',
  },
  peers: { polaris: ['tlsSettingsMissing'] },
  example: {
    bad: deployment({ more: [SERVICE, ingress(false)] }),
    good: deployment({ more: [SERVICE, ingress(true)] }),
  },
  messages: {
    plain: {
      en: 'Ingress "{name}" has no tls section: its hosts are served over plain HTTP.',
      ko: '인그레스 "{name}"에 tls 부분이 없습니다. 호스트가 평문 HTTP로 제공됩니다.',
    },
  },
  check(ctx) {
    if (isPartialObject(ctx)) return;
    if (isCustomNamesake(ctx.object)) return;
    const tls = get(ctx.object.value, 'spec', 'tls');
    if (Array.isArray(tls) && tls.length > 0) return;
    if (get(ctx.object.value, 'spec') === undefined) return;
    const range = ctx.node(['spec', 'tls']) ? ctx.keyRange(['spec', 'tls']) : ctx.keyRange(['spec']);
    ctx.report({ range, message: ctx.t('plain', { name: ctx.object.name ?? '' }) });
  },
});
