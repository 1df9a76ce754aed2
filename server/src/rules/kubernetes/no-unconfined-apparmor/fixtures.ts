import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-unconfined-field-and-annotation',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
      annotations:
        container.apparmor.security.beta.kubernetes.io/legacy: ⟦unconfined⟧
        container.apparmor.security.beta.kubernetes.io/web: runtime/default
    spec:
      securityContext:
        appArmorProfile:
          type: ⟦Unconfined⟧
      containers:
        - name: web
          image: example.com/web:1.0.0
          securityContext:
            appArmorProfile: { type: RuntimeDefault }
        - name: legacy
          image: example.com/legacy:0.9.0
        - name: tracer
          image: example.com/tracer:1.0.0
          securityContext:
            appArmorProfile:
              type: ⟦Unconfined⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-default-and-localhost-profiles',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    container.apparmor.security.beta.kubernetes.io/web: localhost/k8s-web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        appArmorProfile:
          type: Localhost
          localhostProfile: k8s-web
    - name: plain
      image: example.com/plain:1.0.0
`,
    },
  ],
  fix: [
    {
      name: 'fix-runtime-default',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    container.apparmor.security.beta.kubernetes.io/web: unconfined # was needed for debugging
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        appArmorProfile: { type: Unconfined }
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    container.apparmor.security.beta.kubernetes.io/web: runtime/default # was needed for debugging
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        appArmorProfile: { type: RuntimeDefault }
`,
    },
  ],
});
