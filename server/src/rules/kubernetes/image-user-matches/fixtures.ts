import { defineFixtures } from '../../fixtures';

const IMAGE = 'registry.example.com/shop/web';

/** A Deployment running `image`, with `pod` lines in its pod spec and `container` lines in its container. */
const deployment = (image: string, container = '', pod = ''): string =>
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

const nonRootPod = '      securityContext:\n        runAsNonRoot: true\n';
const nonRootContainer = (more = ''): string => `          securityContext:\n            runAsNonRoot: true\n${more}`;

const skaffold = (artifacts: string): string =>
  `apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n${artifacts}`;
/** skaffold.yaml building the image from services/web/Dockerfile. */
const SKAFFOLD = skaffold(`    - image: ${IMAGE}\n      context: services/web\n`);
const CONFIG = `images:\n  ${IMAGE}: Dockerfile\n`;

const dockerfile = (lines: string): string =>
  `FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n${lines}CMD ["python", "app.py"]\n`;
const NAMED = dockerfile('RUN useradd -m app\nUSER app\n');
const CREATED = dockerfile('RUN useradd -l -u 10001 -m app\nUSER app\n');
const NUMERIC = dockerfile('USER 10001\n');
const viaSkaffold = (text: string): Record<string, string> => ({
  'skaffold.yaml': SKAFFOLD,
  'services/web/Dockerfile': text,
});
const viaConfig = (text: string): Record<string, string> => ({ '.cntutor.yaml': CONFIG, Dockerfile: text });

export default defineFixtures({
  fire: [
    {
      name: 'fire-named-user-linked-by-skaffold-pod-level-non-root',
      text: deployment(`⟦${IMAGE}:1.4.2⟧`, '', nonRootPod),
      files: viaSkaffold(NAMED),
    },
    {
      name: 'fire-named-user-linked-by-config-with-tag-and-digest',
      text: deployment(`⟦${IMAGE}:1.4.2@sha256:${'a'.repeat(64)}⟧`, nonRootContainer()),
      files: viaConfig(NAMED),
    },
    {
      name: 'fire-user-set-in-the-stage-the-final-one-builds-from',
      text: deployment(`⟦${IMAGE}:2⟧`, nonRootContainer()),
      files: viaConfig('FROM python:3.12-slim AS base\nUSER app\nFROM base\nCMD ["python", "app.py"]\n'),
    },
    {
      name: 'fire-no-user-on-an-official-image-that-runs-as-root',
      text: deployment(`⟦${IMAGE}:1⟧`, nonRootContainer()),
      files: viaConfig(dockerfile('')),
    },
    {
      name: 'fire-no-user-on-scratch',
      text: deployment(`⟦${IMAGE}:1⟧`, nonRootContainer()),
      files: viaConfig(
        'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
      ),
    },
    {
      name: 'fire-user-root-by-number-and-by-name',
      text: `${deployment(`⟦${IMAGE}:1⟧`, nonRootContainer())}---\n${deployment(`⟦registry.example.com/shop/api:1⟧`, nonRootContainer()).replace(/web/g, 'api')}`,
      files: {
        '.cntutor.yaml': `images:\n  ${IMAGE}: web.Dockerfile\n  registry.example.com/shop/api: api.Dockerfile\n`,
        'web.Dockerfile': dockerfile('USER 0\n'),
        'api.Dockerfile': dockerfile('USER root\n'),
      },
    },
    {
      name: 'fire-run-as-user-differs-from-the-numeric-user',
      text: deployment(`${IMAGE}:1`, nonRootContainer('            runAsUser: ⟦20001⟧\n')),
      files: viaConfig(NUMERIC),
    },
    {
      name: 'fire-pod-level-run-as-user-differs-for-an-init-container-too',
      text: deployment(
        `${IMAGE}:1`,
        `      initContainers:\n        - name: migrate\n          image: ${IMAGE}:1\n          command: [migrate]\n`,
        '      securityContext:\n        runAsUser: ⟦20001⟧\n',
      ),
      files: viaConfig(NUMERIC),
    },
  ],
  dontFire: [
    {
      // A Dockerfile beside the manifest, named like the image, is no statement that it builds it.
      name: 'dont-fire-without-a-link-whatever-the-names',
      text: deployment(`${IMAGE}:1`, nonRootContainer()),
      files: { Dockerfile: NAMED, 'web/Dockerfile': NAMED },
    },
    {
      name: 'dont-fire-numeric-user-or-run-as-user-in-effect',
      text: `${deployment(`${IMAGE}:1`, nonRootContainer())}---\n${deployment('registry.example.com/shop/api:1', nonRootContainer('            runAsUser: 10001\n')).replace(/name: web/g, 'name: api')}`,
      files: {
        '.cntutor.yaml': `images:\n  ${IMAGE}: web.Dockerfile\n  registry.example.com/shop/api: api.Dockerfile\n`,
        'web.Dockerfile': NUMERIC,
        'api.Dockerfile': NAMED,
      },
    },
    {
      name: 'dont-fire-container-allows-root-over-the-pod',
      text: deployment(`${IMAGE}:1`, '          securityContext:\n            runAsNonRoot: false\n', nonRootPod),
      files: viaConfig(NAMED),
    },
    {
      name: 'dont-fire-no-user-on-a-base-that-may-set-its-own',
      text: deployment(`${IMAGE}:1`, nonRootContainer()),
      files: viaConfig('FROM gcr.io/distroless/python3-debian12:nonroot\nCOPY app.py /app/\nCMD ["/app/app.py"]\n'),
    },
    {
      name: 'dont-fire-user-from-a-build-argument',
      text: deployment(`${IMAGE}:1`, nonRootContainer()),
      files: viaConfig(dockerfile('ARG APP_UID=10001\nUSER ${APP_UID}\n')),
    },
    {
      name: 'dont-fire-when-two-build-files-disagree',
      text: deployment(`${IMAGE}:1`, nonRootContainer()),
      files: {
        'a/skaffold.yaml': skaffold(`    - image: ${IMAGE}\n`),
        'a/Dockerfile': NAMED,
        'b/skaffold.yaml': skaffold(`    - image: ${IMAGE}\n`),
        'b/Dockerfile': NUMERIC,
      },
    },
    {
      name: 'dont-fire-the-configuration-wins-over-skaffold',
      text: deployment(`${IMAGE}:1`, nonRootContainer()),
      files: { ...viaSkaffold(NAMED), '.cntutor.yaml': CONFIG, Dockerfile: NUMERIC },
    },
    {
      name: 'dont-fire-artifacts-built-without-a-dockerfile-or-missing-files',
      text: `${deployment(`${IMAGE}:1`, nonRootContainer())}---\n${deployment('registry.example.com/shop/api:1', nonRootContainer()).replace(/name: web/g, 'name: api')}`,
      files: {
        'skaffold.yaml': skaffold(
          `    - image: ${IMAGE}\n      jib: {}\n    - image: registry.example.com/shop/api\n      docker: { dockerfile: missing.Dockerfile }\n`,
        ),
        Dockerfile: NAMED,
      },
    },
    {
      name: 'dont-fire-another-repository-with-the-same-start',
      text: deployment(`${IMAGE}-admin:1`, nonRootContainer()),
      files: viaConfig(NAMED),
    },
    {
      name: 'dont-fire-windows-pods',
      text: deployment(`${IMAGE}:1`, nonRootContainer(), '      os:\n        name: windows\n'),
      files: viaConfig(NAMED),
    },
    {
      name: 'dont-fire-bad-link-files',
      text: deployment(`${IMAGE}:1`, nonRootContainer()),
      files: {
        '.cntutor.yaml': 'images:\n  registry.example.com/shop/web: 3\n  "web:1": Dockerfile\n',
        'skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild: [artifacts]\n',
        'other/skaffold.yaml': 'apiVersion: skaffold/v4beta11\n- not a map\n',
        Dockerfile: NAMED,
      },
    },
  ],
  fix: [
    {
      name: 'fix-run-as-the-uid-the-dockerfile-creates',
      text: deployment(`${IMAGE}:1`, nonRootContainer()),
      files: viaConfig(CREATED),
      output: deployment(`${IMAGE}:1`, nonRootContainer('            runAsUser: 10001\n')),
    },
    {
      name: 'fix-busybox-adduser-and-a-new-security-context',
      text: deployment(`${IMAGE}:1`, '          ports:\n            - containerPort: 8080\n', nonRootPod),
      files: viaSkaffold('FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER app\nCMD ["/app"]\n'),
      output: deployment(
        `${IMAGE}:1`,
        '          ports:\n            - containerPort: 8080\n          securityContext:\n            runAsUser: 10001\n',
        nonRootPod,
      ),
    },
    {
      // Only the built image knows the id of a user it did not create with one: no fix.
      name: 'fix-none-without-an-explicit-uid',
      text: deployment(`${IMAGE}:1`, nonRootContainer()),
      files: viaConfig(NAMED),
      output: deployment(`${IMAGE}:1`, nonRootContainer()),
    },
  ],
});
