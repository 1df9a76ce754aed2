import type { FireFixture } from '../../fixtures';

/** Labels, annotations and port names the API server refuses. */
export const NAME_FIRE: FireFixture[] = [
  {
    name: 'fire-labels-and-annotations',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
    ⟦team/owner/name⟧: shop
    release: ⟦"2024 spring"⟧
    ⟦-tier⟧: front
  annotations:
    ⟦Example.com/note⟧: "free text is fine in values"
spec:
  selector:
    matchLabels:
      app: web
      track: ⟦stable!⟧
  template:
    metadata:
      labels:
        app: web
        track: ⟦stable!⟧
        version: ⟦"v1.0.0-this-value-is-far-too-long-to-be-a-label-value-for-kubernetes"⟧
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: ⟦"web app"⟧
  ports:
    - port: 80
`,
  },
  {
    name: 'fire-port-names',
    text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
      ports:
        - name: ⟦http_public⟧
          containerPort: 8080
        - name: metrics
          containerPort: 9090
        - name: ⟦metrics⟧
          containerPort: 9091
        - name: ⟦very-long-port-name⟧
          containerPort: 9092
        - name: ⟦"8443"⟧
          containerPort: 8443
      readinessProbe:
        httpGet:
          path: /ready
          port: ⟦Http⟧
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: ⟦HTTP⟧
      port: 80
      targetPort: ⟦http_public⟧
    - ⟦port⟧: 443
      targetPort: 8443
    - name: metrics
      port: 9090
    - name: ⟦metrics⟧
      port: 9091
`,
  },
];
