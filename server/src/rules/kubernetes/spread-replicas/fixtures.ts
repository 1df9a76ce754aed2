import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-replicas-without-spread',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  ⟦replicas⟧: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        tier: frontend
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector:
                  matchLabels:
                    app: batch
      containers:
        - name: web
          image: example.com/web:1.4.2
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  ⟦replicas⟧: 2
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      topologySpreadConstraints:
        - ⟦maxSkew⟧: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: DoNotSchedule
      containers:
        - name: db
          image: postgres:16.4
`,
    },
    {
      name: 'fire-anti-affinity-on-the-wrong-label',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: zk
spec:
  serviceName: zk-hs
  ⟦replicas⟧: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: zk
  template:
    metadata:
      labels:
        app.kubernetes.io/name: zk
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector:
                matchExpressions:
                  - key: app
                    operator: In
                    values: [zk]
              topologyKey: kubernetes.io/hostname
      containers:
        - name: zookeeper
          image: registry.k8s.io/kubernetes-zookeeper:1.0-3.4.10
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-spread-or-single',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchExpressions:
              - key: app
                operator: In
                values: [web, web-canary]
      containers:
        - name: web
          image: example.com/web:1.4.2
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 3
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - topologyKey: kubernetes.io/hostname
              labelSelector:
                matchLabels:
                  app: db
      containers:
        - name: db
          image: postgres:16.4
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: single
spec:
  replicas: 1
  selector:
    matchLabels:
      app: single
  template:
    metadata:
      labels:
        app: single
    spec:
      containers:
        - name: single
          image: example.com/single:1.0.0
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: minio
spec:
  serviceName: minio
  replicas: 4
  selector:
    matchLabels:
      app: minio
  template:
    metadata:
      labels:
        app: minio
    spec:
      containers:
        - name: minio
          image: minio/minio:RELEASE.2024-10-02T17-50-41Z
          ports:
            - containerPort: 9000
              hostPort: 9000
---
apiVersion: v1
kind: ReplicationController
metadata:
  name: agent
spec:
  replicas: 10
  template:
    metadata:
      labels:
        app: agent
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: example.com/agent:2.1.0
          ports:
            - containerPort: 6666
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: autoscaled
spec:
  selector:
    matchLabels:
      app: autoscaled
  template:
    metadata:
      labels:
        app: autoscaled
    spec:
      containers:
        - name: autoscaled
          image: example.com/autoscaled:1.0.0
`,
    },
  ],
  fix: [
    {
      name: 'fix-adds-a-soft-hostname-spread',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: web
      app.kubernetes.io/version: "1.0"
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
        app.kubernetes.io/version: "1.0"
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
      # placed by the platform team
      nodeSelector:
        pool: general
`,
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: web
      app.kubernetes.io/version: "1.0"
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
        app.kubernetes.io/version: "1.0"
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
      # placed by the platform team
      nodeSelector:
        pool: general
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels: { app.kubernetes.io/name: web, app.kubernetes.io/version: "1.0" }
`,
    },
  ],
});
