import { defineFixtures } from '../../fixtures';

const service = (name: string, ports = '    - name: http\n      port: 80\n', namespace?: string): string =>
  `apiVersion: v1
kind: Service
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  selector:
    app: ${name}
  ports:
${ports}`;

const ingress = (backend: string, namespace?: string): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
${backend}`;

const v1 = (name: string, port: string): string =>
  `              service:\n                name: ${name}\n                port:\n                  ${port}\n`;

export default defineFixtures({
  fire: [
    {
      name: 'fire-service-typo',
      text: `${ingress(v1('⟦frontnd⟧', 'name: http'))}---\n${service('frontend')}`,
    },
    {
      name: 'fire-port-the-service-does-not-expose',
      text: ingress(v1('frontend', 'number: ⟦8080⟧')),
      files: { 'service.yaml': service('frontend') },
    },
    {
      name: 'fire-missing-service-and-named-port-in-beta-layout',
      text: `apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: legacy
spec:
  backend:
    serviceName: ⟦catalog⟧
    servicePort: 80
  rules:
    - http:
        paths:
          - path: /cart
            backend:
              serviceName: cart
              servicePort: ⟦grpc⟧
`,
      files: { 'cart.yaml': service('cart'), 'checkout.yaml': service('checkout') },
    },
    {
      name: 'fire-service-of-another-namespace',
      text: `${ingress(v1('⟦frontend⟧', 'number: 80'), 'shop')}---\n${service('frontend', undefined, 'web')}---\n${service('cart', undefined, 'shop')}`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-existing-service-and-port',
      text: `${ingress(v1('frontend', 'name: http'))}---\n${ingress(v1('frontend', 'number: 80')).replace('name: shop', 'name: shop-2')}`,
      files: { 'service.yaml': service('frontend') },
    },
    {
      name: 'dont-fire-without-any-service-in-the-namespace',
      text: ingress(v1('frontend', 'number: 80'), 'shop'),
      files: { 'other.yaml': service('api', undefined, 'elsewhere') },
    },
    {
      name: 'dont-fire-resource-backend',
      text: `${ingress('              resource:\n                apiGroup: k8s.example.com\n                kind: StorageBucket\n                name: static-assets\n')}---\n${service('frontend')}`,
    },
  ],
  fix: [
    {
      name: 'fix-service-typo',
      text: `${ingress(v1('frontnd', 'name: http'))}---\n${service('frontend')}`,
      output: `${ingress(v1('frontend', 'name: http'))}---\n${service('frontend')}`,
    },
    {
      name: 'fix-port-to-the-only-one-exposed',
      text: ingress(v1('frontend', 'number: 8080')),
      output: ingress(v1('frontend', 'number: 80')),
      files: { 'service.yaml': service('frontend') },
    },
    {
      // web-frontend is another Service: named in the message, never swapped in.
      name: 'fix-none-for-a-longer-service-name',
      text: `${ingress(v1('web', 'name: http'))}---\n${service('web-frontend')}`,
      output: `${ingress(v1('web', 'name: http'))}---\n${service('web-frontend')}`,
    },
  ],
});
