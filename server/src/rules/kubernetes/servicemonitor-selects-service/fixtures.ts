import { defineFixtures } from '../../fixtures';
import { service } from '../cross-file-fixtures';

const monitor = (selector: string, rest = '', port = 'http'): string => `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: web
spec:
  selector:
    matchLabels: ${selector}
${rest}  endpoints:
    - port: ${port}
      interval: 30s
`;

const WEB = service('web', '  selector: { app: web }\n  ports:\n    - name: http\n      port: 80\n', '{ app: web }');
const WITH_METRICS = WEB.replace('      port: 80\n', '      port: 80\n    - name: http-metrics\n      port: 9090\n');

export default defineFixtures({
  fire: [
    {
      name: 'fire-selector-matches-no-service-label',
      text: monitor('{ app: web-metrics }').replace('  selector:', '  ⟦selector⟧:'),
      files: { 'service.yaml': WEB },
    },
    {
      name: 'fire-port-name-the-service-lacks',
      text: `${monitor('{ app: web }', '', '⟦metrics⟧')}---\n${WEB}`,
    },
    {
      name: 'fire-service-in-a-namespace-not-watched',
      text: monitor('{ app: web }', '  namespaceSelector:\n    matchNames: [shop]\n').replace(
        '  selector:',
        '  ⟦selector⟧:',
      ),
      files: {
        'service.yaml': service('web', '  ports:\n    - name: http\n      port: 80\n', '{ app: web }', 'billing'),
        'shop.yaml': service('cart', '  ports:\n    - name: http\n      port: 80\n', '{ app: cart }', 'shop'),
      },
    },
    {
      name: 'fire-selects-by-the-labels-of-the-pods',
      text: monitor('{ app: gemma-server }').replace('  selector:', '  ⟦selector⟧:'),
      files: {
        'service.yaml': service(
          'vllm',
          '  selector: { app: gemma-server }\n  ports:\n    - name: http\n      port: 8080\n',
        ),
      },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-service-in-another-file-any-namespace',
      text: monitor('{ app: web }', '  namespaceSelector:\n    any: true\n'),
      files: { 'service.yaml': WEB.replace('name: web\n', 'name: web\n  namespace: shop\n') },
    },
    {
      name: 'dont-fire-no-service-in-sight-or-target-port-endpoint',
      text: monitor('{ app: web }').replace('    - port: http', '    - targetPort: 8080'),
    },
  ],
  fix: [
    {
      name: 'fix-port-to-the-only-name',
      text: `${monitor('{ app: web }', '', 'metrics')}---\n${WEB}`,
      output: `${monitor('{ app: web }', '', 'http')}---\n${WEB}`,
    },
    {
      name: 'fix-none-for-a-longer-port-name',
      text: `${monitor('{ app: web }', '', 'metrics')}---\n${WITH_METRICS}`,
      output: `${monitor('{ app: web }', '', 'metrics')}---\n${WITH_METRICS}`,
    },
  ],
});
