import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules } from '../../server/src/rules';
import { lintFixture } from '../rules/support';

const rule = allRules().find((candidate) => candidate.id === 'image-port-declared');

const manifest = (port: number): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/notes/web:1.0
          ports:
            - containerPort: ${port}
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
    - port: 80
      targetPort: ${port}
`;

/** The Korean message of a declared port the image (EXPOSE 80) does not expose. */
const unexposedInKorean = (port: number): string => {
  assert.ok(rule);
  const files = {
    '.cntutor.yaml': 'images:\n  registry.example.com/notes/web: Dockerfile\n',
    Dockerfile: 'FROM nginx:1.27-alpine\nEXPOSE 80\n',
  };
  const found = lintFixture(rule, { files, config: { locale: 'ko' } }, manifest(port), [rule]).findings;
  return found.find((finding) => finding.message.includes(`포트 ${port}`))?.message ?? '';
};

describe('image-port-declared in Korean', () => {
  it('reads the port aloud before 이라면 or 라면', () => {
    assert.match(unexposedInKorean(8080), /8080이라면 Dockerfile/);
    assert.match(unexposedInKorean(8082), /8082라면 Dockerfile/);
  });
});
