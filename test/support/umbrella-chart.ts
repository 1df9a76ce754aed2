/**
 * A copy of the shop chart with a subchart, `backend`, in its charts/ folder: a Deployment whose
 * securityContext comes from the values (`privileged: false` in the subchart's own), for the tests
 * of a subchart rendered as its parent's release renders it.
 */
import { appendFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempFolder } from './temp-folder';

const SHOP = path.join(__dirname, '../fixtures/helm/shop');

export const BACKEND_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-{{ .Chart.Name }}
spec:
  selector:
    matchLabels:
      app: backend
  template:
    metadata:
      labels:
        app: backend
    spec:
      containers:
        - name: backend
          image: "registry.example.com/shop/backend:1.0.0"
          securityContext:
            {{- toYaml .Values.securityContext | nindent 12 }}
`;

/** The folder holding `shop/`, whose Chart.yaml lists `backend` with the condition `backend.enabled`. */
export function umbrellaChart(): string {
  const dir = tempFolder();
  cpSync(SHOP, path.join(dir, 'shop'), { recursive: true });
  appendFileSync(
    path.join(dir, 'shop/Chart.yaml'),
    'dependencies:\n  - name: backend\n    version: 0.1.0\n    condition: backend.enabled\n',
  );
  mkdirSync(path.join(dir, 'shop/charts/backend/templates'), { recursive: true });
  writeFileSync(path.join(dir, 'shop/charts/backend/Chart.yaml'), 'apiVersion: v2\nname: backend\nversion: 0.1.0\n');
  writeFileSync(path.join(dir, 'shop/charts/backend/values.yaml'), 'securityContext:\n  privileged: false\n');
  writeFileSync(path.join(dir, 'shop/charts/backend/templates/deployment.yaml'), BACKEND_DEPLOYMENT);
  return dir;
}
