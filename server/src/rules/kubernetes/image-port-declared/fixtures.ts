import { defineFixtures } from '../../fixtures';

const IMAGE = 'registry.example.com/shop/web';

/** A Deployment running the linked image (or `image`), with `container` lines in its container and `pod` lines in its pod spec. */
const deployment = (container = '', pod = '', image = `${IMAGE}:1.4.2`): string =>
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
${pod}      containers:
        - name: web
          image: ${image}
${container}`;

/** `ports` lines of the container, one `- containerPort: N` (or a whole entry) per item. */
const ports = (...entries: string[]): string =>
  `          ports:\n${entries.map((entry) => `            - ${entry.replace(/\n/g, '\n              ')}\n`).join('')}`;

/** A Service selecting `app: web` with the given `ports` lines. */
const service = (lines: string, name = 'web', selector = 'app: web'): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    ${selector}\n  ports:\n${lines}`;

const skaffold = `apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    - image: ${IMAGE}\n      context: services/web\n`;
const dockerfile = (lines: string): string =>
  `FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n${lines}CMD ["python", "app.py"]\n`;
const viaSkaffold = (lines: string): Record<string, string> => ({
  'skaffold.yaml': skaffold,
  'services/web/Dockerfile': dockerfile(lines),
});
const viaConfig = (lines: string, more: Record<string, string> = {}): Record<string, string> => ({
  '.cntutor.yaml': `images:\n  ${IMAGE}: Dockerfile\n`,
  Dockerfile: dockerfile(lines),
  ...more,
});
const EXPOSE_8080 = viaConfig('EXPOSE 8080\n');

export default defineFixtures({
  fire: [
    {
      name: 'fire-exposed-port-the-container-does-not-declare',
      text: deployment('', '', `⟦${IMAGE}:1.4.2⟧`),
      files: viaSkaffold('EXPOSE 8080\n'),
    },
    {
      // 53 over TCP is declared; the image exposes it over UDP, which is another port.
      name: 'fire-udp-port-declared-only-for-tcp-and-a-port-from-the-parent-stage',
      text: deployment(ports('containerPort: 53'), '', `⟦${IMAGE}:2⟧`),
      files: viaConfig('', {
        Dockerfile: 'FROM alpine:3.20 AS base\nEXPOSE 9153/tcp\nFROM base\nEXPOSE 53/udp 53\nCMD ["/dns"]\n',
      }),
    },
    {
      name: 'fire-sidecar-init-container-serves-beside-the-app',
      text: deployment(
        ports('containerPort: 9000'),
        `      initContainers:\n        - name: proxy\n          image: ⟦${IMAGE}:1⟧\n          restartPolicy: Always\n`,
        'registry.example.com/shop/app:1',
      ),
      files: EXPOSE_8080,
    },
    {
      name: 'fire-service-in-the-same-file-targets-a-port-the-image-does-not-expose',
      text: `${deployment(ports('containerPort: 8080', 'containerPort: ⟦9090⟧'))}---\n${service('    - port: 80\n      targetPort: 9090\n')}`,
      files: EXPOSE_8080,
    },
    {
      name: 'fire-service-in-another-file-targets-it-by-name',
      text: deployment(ports('containerPort: 8080', 'name: admin\ncontainerPort: ⟦9000⟧')),
      files: viaConfig('EXPOSE 8080/tcp\n', {
        'service.yaml': service('    - name: admin\n      port: 9000\n      targetPort: admin\n'),
      }),
    },
    {
      // The app moved from 8000 to 8080: the image says so, the manifest still probes the old port.
      name: 'fire-probe-checks-a-declared-port-the-image-does-not-expose',
      text: deployment(
        `${ports('containerPort: ⟦8000⟧')}          readinessProbe:\n            httpGet: { path: /ready, port: 8000 }\n`,
        '',
        `⟦${IMAGE}:1⟧`,
      ),
      files: EXPOSE_8080,
    },
    {
      // The manifest sets the port the image exposes, and reads other settings from a ConfigMap.
      name: 'fire-settings-that-agree-with-the-image',
      text: deployment(
        '          env:\n            - name: PORT\n              value: "8080"\n          envFrom:\n            - configMapRef: { name: web }\n          args: [--port, "8080"]\n',
        '',
        `⟦${IMAGE}:1⟧`,
      ),
      files: viaConfig('EXPOSE 8080\n', {
        'config.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  LOG_LEVEL: info\n  REPORT_DIR: /tmp\n',
      }),
    },
  ],
  dontFire: [
    {
      // A Dockerfile beside the manifest, named like the image, is no statement that it builds it.
      name: 'dont-fire-without-a-link',
      text: deployment(),
      files: { Dockerfile: dockerfile('EXPOSE 8080\n'), 'web/Dockerfile': dockerfile('EXPOSE 8080\n') },
    },
    {
      name: 'dont-fire-expose-with-a-variable-or-a-range',
      text: `${deployment(ports('containerPort: 9090'))}---\n${service('    - port: 80\n      targetPort: 9090\n')}`,
      files: viaConfig('ARG PORT=8080\nEXPOSE ${PORT} 8000-8010\n'),
    },
    {
      name: 'dont-fire-range-that-covers-the-declared-port',
      text: `${deployment(ports('containerPort: 8005'))}---\n${service('    - port: 80\n      targetPort: 8005\n')}`,
      files: viaConfig('EXPOSE 8000-8010\n'),
    },
    {
      // The base image may expose ports of its own.
      name: 'dont-fire-image-without-expose',
      text: `${deployment(ports('containerPort: 9090'))}---\n${service('    - port: 80\n      targetPort: 9090\n')}`,
      files: viaConfig(''),
    },
    {
      name: 'dont-fire-host-network-pods',
      text: deployment('', '      hostNetwork: true\n'),
      files: EXPOSE_8080,
    },
    {
      name: 'dont-fire-init-containers-and-jobs',
      text: `${deployment(ports('containerPort: 8080'), `      initContainers:\n        - name: migrate\n          image: ${IMAGE}:1\n          command: [migrate]\n`)}---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: ${IMAGE}:1\n`,
      files: EXPOSE_8080,
    },
    {
      name: 'dont-fire-protocol-in-other-letters-and-a-named-port',
      text: deployment(ports('name: http\ncontainerPort: 8080\nprotocol: TCP', 'containerPort: 5353\nprotocol: UDP')),
      files: viaConfig('EXPOSE 8080/TCP 5353/UDP\n'),
    },
    {
      name: 'dont-fire-declared-port-no-service-or-probe-uses',
      text: deployment(ports('containerPort: 8080', 'name: metrics\ncontainerPort: 9090')),
      files: EXPOSE_8080,
    },
    {
      // The Service speaks UDP to 9090; the container declares 9090 over TCP only.
      name: 'dont-fire-service-of-another-protocol-or-other-pods-or-external-name',
      text: `${deployment(ports('containerPort: 8080', 'containerPort: 9090'))}---\n${service('    - port: 9090\n      protocol: UDP\n')}---\n${service('    - port: 9090\n', 'api', 'app: api')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: outside\nspec:\n  type: ExternalName\n  externalName: example.com\n  selector:\n    app: web\n  ports:\n    - port: 9090\n`,
      files: EXPOSE_8080,
    },
    {
      // EXPOSE lines often leave out one protocol of a port served over both.
      name: 'dont-fire-number-the-image-exposes-over-another-protocol',
      text: `${deployment(ports('containerPort: 53\nprotocol: UDP', 'containerPort: 53'))}---\n${service('    - name: dns-tcp\n      port: 53\n')}`,
      files: viaConfig('EXPOSE 53/udp\n'),
    },
    {
      name: 'dont-fire-port-declared-by-another-container-of-the-pod',
      text: `${deployment(`        - name: proxy\n          image: registry.example.com/shop/proxy:1\n${ports('containerPort: 8080')}`)}`,
      files: EXPOSE_8080,
    },
    {
      name: 'dont-fire-manifest-sets-the-port-the-app-listens-on',
      text: `${deployment(`${ports('containerPort: 9090')}          env:\n            - name: PORT\n              value: "9090"\n`)}---\n${deployment(`${ports('containerPort: 9091')}          args: [--listen-address, "0.0.0.0:9091"]\n`).replace(/web/g, 'api')}---\n${service('    - port: 80\n      targetPort: 9090\n')}`,
      files: viaConfig('EXPOSE 8080\n', {
        '.cntutor.yaml': `images:\n  ${IMAGE}: Dockerfile\n  registry.example.com/shop/api: Dockerfile\n`,
      }),
    },
    {
      name: 'dont-fire-port-set-from-a-config-map-or-urls',
      text: [
        '          env:\n            - name: HTTP_PORT\n              valueFrom:\n                configMapKeyRef: { name: web, key: port }\n',
        '          envFrom:\n            - configMapRef: { name: web }\n',
        '          envFrom:\n            - prefix: APP_\n              secretRef: { name: listen }\n',
        '          envFrom:\n            - configMapRef: { name: not-in-the-workspace }\n',
        '          env:\n            - name: ASPNETCORE_URLS\n              value: http://+:5000;https://+:5001\n',
      ]
        .map((container, i) => deployment(container).replace(/name: web$/m, `name: web-${i}`))
        .join('---\n'),
      files: viaConfig('EXPOSE 8080\n', {
        'config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  SERVER_PORT: "9090"\n',
        'secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: listen\nstringData:\n  PORT: "9090"\n',
      }),
    },
    {
      name: 'dont-fire-container-port-that-cannot-be-read',
      text: `${deployment(ports('containerPort: "${PORT}"'))}`,
      files: EXPOSE_8080,
    },
    {
      // An SSH server is for no-ssh-port to question, not for this rule to ask to declare.
      name: 'dont-fire-ssh-port',
      text: deployment(ports('containerPort: 8080')),
      files: viaConfig('EXPOSE 8080 22\n'),
    },
  ],
  fix: [
    {
      name: 'fix-a-new-ports-list',
      text: deployment('          resources: {}\n'),
      files: viaSkaffold('EXPOSE 8080\n'),
      output: deployment('          resources: {}\n          ports:\n            - containerPort: 8080\n'),
    },
    {
      name: 'fix-items-after-the-last-one-with-protocols-and-comments-kept',
      text: deployment(`${ports('name: http # the API\ncontainerPort: 8080')}          # probes below\n`),
      files: viaConfig('EXPOSE 8080 9090 5353/udp\nEXPOSE 9090\n'),
      output: deployment(
        `${ports('name: http # the API\ncontainerPort: 8080', 'containerPort: 9090', 'containerPort: 5353\nprotocol: UDP')}          # probes below\n`,
      ),
    },
    {
      // A flow list could only be extended by rewriting it: the finding stays without a fix.
      name: 'fix-none-for-a-flow-list',
      text: deployment('          ports: [{ containerPort: 8080 }]\n'),
      files: viaConfig('EXPOSE 8080 9090\n'),
      output: deployment('          ports: [{ containerPort: 8080 }]\n'),
    },
  ],
});
