import { defineFixtures } from '../../fixtures';

const workload = (ports: string, name = 'web'): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
        - name: ${name}
          image: example.com/${name}:1.4.2
${ports}`;

const HTTP_8080 = '          ports:\n            - name: http\n              containerPort: 8080\n';
const HTTP_ADMIN = HTTP_8080.replace('name: http', 'name: http-admin');

const service = (ports: string, name = 'web'): string => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: ${name}
  ports:
${ports}`;

/** kubebuilder's auth proxy: a strategic-merge patch that adds the container serving `https`. */
const AUTH_PROXY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: kube-rbac-proxy
          image: example.com/kube-rbac-proxy:0.16.0
          ports:
            - name: https
              containerPort: 8443
`;
const HTTPS = '    - name: https\n      port: 8443\n      targetPort: ';

export default defineFixtures({
  fire: [
    {
      // The patch belongs to a kustomization that does not build the Deployment.
      name: 'fire-port-a-patch-of-another-build-adds',
      text: service(`${HTTPS}⟦https⟧\n`),
      files: {
        'deployment.yaml': workload(HTTP_8080),
        'kustomization.yaml': 'resources: [manifest.yaml, deployment.yaml]\n',
        'other/kustomization.yaml': 'resources: [other.yaml]\npatchesStrategicMerge: [auth-proxy.yaml]\n',
        'other/auth-proxy.yaml': AUTH_PROXY,
      },
    },
    {
      name: 'fire-named-target-port-no-container-declares',
      text: `${service('    - port: 80\n      targetPort: ⟦htp⟧\n')}---\n${workload(HTTP_8080)}`,
    },
    {
      name: 'fire-port-without-target-on-another-number',
      text: `${service('    - name: web\n      port: ⟦80⟧\n')}---\n${workload(HTTP_8080)}`,
    },
    {
      name: 'fire-number-the-pods-in-another-file-do-not-declare',
      text: service('    - port: 80\n      targetPort: ⟦8000⟧\n    - port: 81\n      targetPort: 8080\n'),
      files: { 'deployment.yaml': workload(HTTP_8080) },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-port-a-kustomize-patch-adds',
      text: service(`${HTTPS}https\n`),
      files: {
        'deployment.yaml': workload(HTTP_8080),
        'kustomization.yaml': 'resources: [manifest.yaml, deployment.yaml]\npatchesStrategicMerge: [auth-proxy.yaml]\n',
        'auth-proxy.yaml': AUTH_PROXY,
      },
    },
    {
      name: 'dont-fire-matching-name-number-or-quoted-number',
      text: `${service('    - name: a\n      port: 80\n      targetPort: http\n    - name: b\n      port: 8080\n    - name: c\n      port: 81\n      targetPort: "8080"\n')}---\n${workload(HTTP_8080)}`,
    },
    {
      name: 'dont-fire-pods-that-declare-no-ports',
      text: `${service('    - port: 80\n      targetPort: 3000\n')}---\n${workload('')}`,
    },
    {
      name: 'dont-fire-udp-port-declared-as-udp',
      text: `${service('    - port: 53\n      protocol: UDP\n', 'dns')}---\n${workload('          ports:\n            - containerPort: 53\n              protocol: UDP\n            - containerPort: 53\n              protocol: TCP\n', 'dns')}`,
    },
    {
      name: 'dont-fire-service-selecting-nothing-here',
      text: `${service('    - port: 80\n      targetPort: 9999\n', 'api')}---\n${workload(HTTP_8080)}`,
    },
    {
      name: 'dont-fire-port-declared-by-one-of-two-workloads',
      text: service('    - port: 80\n      targetPort: metrics\n'),
      files: {
        'web.yaml': workload(HTTP_8080),
        'web-canary.yaml': workload(
          '          ports:\n            - name: metrics\n              containerPort: 9090\n',
        ).replace('name: web\nspec', 'name: web-canary\nspec'),
      },
    },
  ],
  fix: [
    {
      name: 'fix-named-target-port-typo',
      text: `${service('    - port: 80\n      targetPort: htp\n')}---\n${workload(HTTP_8080)}`,
      output: `${service('    - port: 80\n      targetPort: http\n')}---\n${workload(HTTP_8080)}`,
    },
    {
      name: 'fix-adds-the-target-port-the-pods-declare',
      text: `${service('    - name: web\n      port: 80\n')}---\n${workload(HTTP_8080)}`,
      output: `${service('    - name: web\n      port: 80\n      targetPort: 8080\n')}---\n${workload(HTTP_8080)}`,
    },
    {
      // http-admin is another listener: named in the message, never swapped in.
      name: 'fix-none-for-a-longer-port-name',
      text: `${service('    - port: 80\n      targetPort: http\n')}---\n${workload(HTTP_ADMIN)}`,
      output: `${service('    - port: 80\n      targetPort: http\n')}---\n${workload(HTTP_ADMIN)}`,
    },
  ],
});
