import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-root-group-everywhere',
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
    spec:
      securityContext:
        runAsUser: 10001
        runAsGroup: ⟦0⟧
        fsGroup: ⟦0⟧
        supplementalGroups: [2000, ⟦0⟧]
      containers:
        - name: web
          image: example.com/web:1.0.0
          securityContext:
            runAsGroup: ⟦0⟧
        - name: other
          image: example.com/other:1.0.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-non-root-groups',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsUser: 10001
    runAsGroup: 10001
    fsGroup: 10001
    supplementalGroups: [2000]
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        runAsGroup: 3000
`,
    },
  ],
});
