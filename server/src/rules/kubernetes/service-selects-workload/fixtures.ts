import { defineFixtures } from '../../fixtures';

const deployment = (name: string, labels: string, namespace?: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  selector:
    matchLabels:
      ${labels}
  template:
    metadata:
      labels:
        ${labels}
    spec:
      containers:
        - name: ${name}
          image: example.com/${name}:1.4.2
`;

const typo = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web-frontend
  ports:
    - port: 80
      targetPort: 8080
---
${deployment('web', 'app: web')}`;

export default defineFixtures({
  fire: [
    {
      name: 'fire-typo-in-selector',
      text: typo.replace('  selector:\n    app: web-frontend', '  ⟦selector⟧:\n    app: web-frontend'),
    },
    {
      name: 'fire-selects-labels-no-pod-has',
      text: `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  ⟦selector⟧:
    app: db
    role: primary
  ports:
    - port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:16.4
`,
    },
    {
      name: 'fire-pods-in-another-namespace',
      text: `apiVersion: v1
kind: Service
metadata:
  name: cache
  namespace: shop
spec:
  ⟦selector⟧:
    app: cache
  ports:
    - port: 6379
---
${deployment('cache', 'app: cache', 'other')}`,
    },
    {
      name: 'fire-workload-in-another-file',
      text: `apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  ⟦selector⟧: { app: apl }
  ports:
    - port: 80
`,
      files: { 'deployment.yaml': deployment('api', 'app: api') },
    },
    {
      name: 'fire-pod-name-of-a-statefulset-that-does-not-exist',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web-0
spec:
  ⟦selector⟧:
    statefulset.kubernetes.io/pod-name: web-0
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: api
spec:
  serviceName: api
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: example.com/api:1.0.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-matching-workloads',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: report
  namespace: jobs
spec:
  selector:
    app: report
  ports:
    - port: 8080
---
apiVersion: apps/v1
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
        tier: frontend
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        metadata:
          labels:
            app: report
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
`,
    },
    {
      name: 'dont-fire-labels-the-controller-adds',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web-0
spec:
  selector:
    app: web
    statefulset.kubernetes.io/pod-name: web-0
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web-first
spec:
  selector:
    app: web
    apps.kubernetes.io/pod-index: "0"
    controller-revision-hash: web-7c9d8f6b5
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: api-current
spec:
  selector:
    app: api
    pod-template-hash: 5d8c7b9f4
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
---
${deployment('api', 'app: api')}`,
    },
    {
      name: 'dont-fire-workload-in-another-file',
      text: `apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector:
    app: api
  ports:
    - port: 80
`,
      files: { 'deployment.yaml': deployment('api', 'app: api'), 'other.yaml': deployment('web', 'app: web') },
    },
    {
      name: 'dont-fire-rollout-and-deployment-config',
      text: `apiVersion: v1
kind: Service
metadata:
  name: canary
spec:
  selector:
    app: canary
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: legacy
spec:
  selector:
    deploymentconfig: legacy
  ports:
    - port: 80
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: canary
spec:
  selector:
    matchLabels:
      app: canary
  template:
    metadata:
      labels:
        app: canary
    spec:
      containers:
        - name: canary
          image: example.com/canary:2.0.0
---
apiVersion: apps.openshift.io/v1
kind: DeploymentConfig
metadata:
  name: legacy
spec:
  selector:
    app: legacy
  template:
    metadata:
      labels:
        app: legacy
    spec:
      containers:
        - name: legacy
          image: example.com/legacy:1.0.0
`,
    },
    {
      name: 'dont-fire-without-workloads-in-the-namespace-or-selector',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: external-db
spec:
  ports:
    - port: 5432
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: production
---
${deployment('audit', 'app: audit', 'infra')}`,
    },
    {
      name: 'dont-fire-external-name-beside-workload',
      text: `apiVersion: v1
kind: Service
metadata:
  name: payments
spec:
  type: ExternalName
  externalName: payments.example.com
  selector:
    app: payments
---
apiVersion: v1
kind: Pod
metadata:
  name: client
  labels:
    app: client
spec:
  containers:
    - name: client
      image: example.com/client:1.0.0
`,
    },
  ],
  fix: [
    {
      name: 'fix-typo-to-the-near-workload',
      text: typo.replace('app: web-frontend', 'app: wbe'),
      output: typo.replace('app: web-frontend', 'app: web'),
    },
    {
      // web-frontend may be another application: the rewrite is a choice for a person, not a fix.
      name: 'fix-none-for-a-name-that-holds-the-workload-s',
      text: typo,
      output: typo,
    },
    {
      name: 'fix-flow-selector-from-the-workload-in-another-file',
      text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector: { app: apl }\n  ports:\n    - port: 80\n',
      output:
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector: { app: api }\n  ports:\n    - port: 80\n',
      files: { 'deployment.yaml': deployment('api', 'app: api') },
    },
  ],
});
