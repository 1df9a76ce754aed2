import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-missing-requests',
      text: `apiVersion: apps/v1
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
      initContainers:
        - name: ⟦migrate⟧
          image: example.com/migrate:3.0.1
      containers:
        - name: web
          image: example.com/web:1.4.2
          ⟦resources⟧: {}
        - name: cache
          image: example.com/cache:1.0.0
          resources:
            ⟦requests⟧:
              memory: 128Mi
`,
    },
    {
      name: 'fire-cronjob-and-statefulset',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: jobs
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
              ⟦resources⟧:
                limits:
                  memory: 64Mi
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: data
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
        - name: ⟦db⟧
          image: postgres:16.4
---
# A LimitRange elsewhere does not cover this namespace.
apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
  namespace: web
spec:
  limits:
    - type: Container
      defaultRequest:
        cpu: 100m
        memory: 128Mi
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-requests-or-limits-set',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
        - name: agent
          image: example.com/agent:2.1.0
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
        - name: limited
          image: example.com/limited:1.0.0
          resources:
            limits:
              cpu: 100m
              memory: 64Mi
`,
    },
    {
      name: 'dont-fire-limit-range-defaults',
      text: `apiVersion: v1
kind: LimitRange
metadata:
  name: defaults
  namespace: web
spec:
  limits:
    - type: Container
      defaultRequest:
        cpu: 100m
      default:
        memory: 256Mi
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: web
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
`,
    },
  ],
  fix: [
    {
      name: 'fix-adds-a-resources-block',
      text: `apiVersion: apps/v1
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
      containers:
        - name: web
          image: example.com/web:1.4.2 # pinned
          ports:
            - containerPort: 8080
        - name: cache
          image: example.com/cache:1.0.0
          resources: {}
`,
      output: `apiVersion: apps/v1
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
      containers:
        - name: web
          image: example.com/web:1.4.2 # pinned
          ports:
            - containerPort: 8080
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 128Mi
        - name: cache
          image: example.com/cache:1.0.0
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 128Mi
`,
    },
    {
      name: 'fix-completes-existing-sections',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  restartPolicy: Never
  containers:
    - name: worker
      image: example.com/worker:2.0.0
      resources:
        requests:
          memory: "512Mi"   # measured
      env:
        - name: MODE
          value: batch
    - name: sidecar
      image: example.com/sidecar:1.0.0
      resources:
        limits:
          memory: 64Mi
        requests:
          memory: 32Mi
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  restartPolicy: Never
  containers:
    - name: worker
      image: example.com/worker:2.0.0
      resources:
        requests:
          memory: "512Mi"   # measured
          cpu: 100m
        limits:
          memory: "512Mi"
      env:
        - name: MODE
          value: batch
    - name: sidecar
      image: example.com/sidecar:1.0.0
      resources:
        limits:
          memory: 64Mi
        requests:
          memory: 32Mi
          cpu: 100m
`,
    },
    {
      name: 'fix-keeps-four-space-indentation',
      text: `apiVersion: batch/v1
kind: Job
metadata:
    name: once
spec:
    template:
        spec:
            restartPolicy: OnFailure
            containers:
                -   name: once
                    image: example.com/once:1.0.0
                    resources:
`,
      output: `apiVersion: batch/v1
kind: Job
metadata:
    name: once
spec:
    template:
        spec:
            restartPolicy: OnFailure
            containers:
                -   name: once
                    image: example.com/once:1.0.0
                    resources:
                        requests:
                            cpu: 100m
                            memory: 128Mi
                        limits:
                            memory: 128Mi
`,
    },
    {
      name: 'fix-leaves-flow-maps-and-limit-ranges-alone',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: flow
spec:
  containers:
    - name: flow
      image: example.com/flow:1.0.0
      resources: { requests: { memory: 64Mi } }
    - { name: inline, image: "example.com/inline:1.0.0" }
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: flow
spec:
  containers:
    - name: flow
      image: example.com/flow:1.0.0
      resources: { requests: { memory: 64Mi } }
    - { name: inline, image: "example.com/inline:1.0.0" }
`,
    },
  ],
});
