import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-removed-workload-and-cronjob-versions',
      text: `apiVersion: ⟦apps/v1beta2⟧
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
      containers:
        - name: web
          image: nginx:1.27.3
---
apiVersion: ⟦batch/v1beta1⟧
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: busybox:1.36
---
apiVersion: ⟦policy/v1beta1⟧
kind: PodSecurityPolicy
metadata:
  name: restricted
`,
    },
    {
      name: 'fire-removed-ingress-whose-fields-changed',
      text: `apiVersion: ⟦extensions/v1beta1⟧
kind: Ingress
metadata:
  name: web
spec:
  backend:
    serviceName: web
    servicePort: 80
---
apiVersion: ⟦autoscaling/v2beta2⟧
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  maxReplicas: 5
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-current-versions',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: busybox:1.36
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  defaultBackend:
    service: { name: web, port: { number: 80 } }
`,
    },
    {
      name: 'dont-fire-deprecated-but-still-served',
      text: `apiVersion: v1
kind: Endpoints
metadata:
  name: external-db
subsets:
  - addresses: [{ ip: 10.0.0.5 }]
    ports: [{ port: 5432 }]
`,
    },
  ],
  fix: [
    {
      name: 'fix-rewrites-apiversion-where-the-object-converts-cleanly',
      text: `apiVersion: apps/v1beta2
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
      containers:
        - name: web
          image: nginx:1.27.3
---
# an extensions/v1beta1 Deployment has no selector: apps/v1 requires one, so no automatic fix
apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: legacy
spec:
  template:
    metadata:
      labels: { app: legacy }
    spec:
      containers:
        - name: legacy
          image: nginx:1.27.3
`,
      output: `apiVersion: apps/v1
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
      containers:
        - name: web
          image: nginx:1.27.3
---
# an extensions/v1beta1 Deployment has no selector: apps/v1 requires one, so no automatic fix
apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: legacy
spec:
  template:
    metadata:
      labels: { app: legacy }
    spec:
      containers:
        - name: legacy
          image: nginx:1.27.3
`,
    },
  ],
});
