import { folderWith } from './temp-folder';

/**
 * A project whose skaffold.yaml links registry.example.com/shop/web to services/web/Dockerfile,
 * and a Deployment of that image with runAsNonRoot: the CLI and language-server tests of image
 * links lint the same pair. The Deployment has no probe, for the tests of a HEALTHCHECK.
 */
export const SKAFFOLD = `apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
    - image: registry.example.com/shop/web
      context: services/web
`;

export const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: web
          image: registry.example.com/shop/web:1.4.2
`;

/** A Dockerfile whose image runs as a number and checks its health with curl. */
export const HEALTHCHECK_DOCKERFILE = `FROM python:3.12-slim
USER 10001
EXPOSE 8080
HEALTHCHECK CMD curl -f http://localhost:8080/healthz || exit 1
CMD ["python", "app.py"]
`;

/**
 * A folder with the skaffold.yaml above and `files`, and enough other manifests that `--jobs 2`
 * really shares the files out among two workers (8 files each at least).
 */
export function linkedProject(files: Record<string, string>, prefix: string): string {
  const all: Record<string, string> = { 'skaffold.yaml': SKAFFOLD, ...files };
  for (let i = 0; i < 16; i++)
    all[`k8s/config-${i}.yaml`] = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config-${i}\ndata:\n  a: b\n`;
  return folderWith(all, prefix);
}

/**
 * The Deployment again, serving port 8000 under the name http, which its readiness probe and
 * SERVICE use; EXPOSING_DOCKERFILE builds its image with other ports. The image-port-declared
 * tests of the CLI and the language server lint these.
 */
export const SERVING_DEPLOYMENT = `${DEPLOYMENT}          ports:
            - name: http
              containerPort: 8000
          readinessProbe:
            httpGet: { path: /ready, port: http }
`;

export const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: { app: web }
  ports:
    - port: 80
      targetPort: http
`;

export const EXPOSING_DOCKERFILE = 'FROM python:3.12-slim\nUSER 10001\nEXPOSE 8080 9090\nCMD ["python", "app.py"]\n';

/**
 * An operator's manager as kubebuilder lays it out: `controller:latest` is a placeholder the
 * kustomization beside it renames. `podSecurity`: more lines of the pod's securityContext.
 */
export const manager = (podSecurity = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: controller-manager
spec:
  selector:
    matchLabels:
      control-plane: controller-manager
  template:
    metadata:
      labels:
        control-plane: controller-manager
    spec:
      securityContext:
        runAsNonRoot: true
${podSecurity}      containers:
        - name: manager
          image: controller:latest
`;
