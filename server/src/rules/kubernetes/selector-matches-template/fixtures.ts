import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-missing-and-different-labels',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: ⟦web⟧
      ⟦tier⟧: frontend
  template:
    metadata:
      labels:
        app: frontend
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
`,
    },
    {
      name: 'fire-expressions-statefulset-daemonset',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchExpressions:
      - ⟦key⟧: app
        operator: In
        values: [db, database]
      - key: role
        operator: Exists
  template:
    metadata:
      labels:
        app: postgres
        role: primary
    spec:
      containers:
        - name: db
          image: postgres:16.4
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  ⟦selector⟧: {}
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
        - name: agent
          image: example.com/agent:2.1.0
`,
    },
    {
      // A missing selector is a schema error (kubernetes-schema reports the required field), not a mismatch.
      name: 'fire-replication-controller-only',
      text: `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web
spec:
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
---
apiVersion: v1
kind: ReplicationController
metadata:
  name: legacy
spec:
  selector:
    ⟦name⟧: legacy
  template:
    metadata:
      labels:
        app: legacy
    spec:
      containers:
        - name: legacy
          image: example.com/legacy:0.9.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-matching',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: web
    matchExpressions:
      - key: track
        operator: NotIn
        values: [canary]
      - key: legacy
        operator: DoesNotExist
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
        app.kubernetes.io/version: "1.4.2"
        track: stable
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
---
apiVersion: v1
kind: ReplicationController
metadata:
  name: legacy
spec:
  template:
    metadata:
      labels:
        app: legacy
    spec:
      containers:
        - name: legacy
          image: example.com/legacy:0.9.0
`,
    },
    {
      name: 'dont-fire-old-api-defaulted-selector-and-job',
      text: `apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: old
spec:
  template:
    metadata:
      labels:
        app: old
    spec:
      containers:
        - name: old
          image: example.com/old:1.0.0
---
apiVersion: batch/v1
kind: Job
metadata:
  name: once
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: once
          image: example.com/once:1.0.0
`,
    },
  ],
  fix: [
    {
      name: 'no-fix-when-the-label-key-is-written-without-a-value',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata:
      labels:
        app:
`,
      output: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata:
      labels:
        app:
`,
    },
    {
      name: 'fix-adds-missing-labels',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
      "tier": 'frontend' # quoted on purpose
  template:
    metadata:
      # labels shared with the Service
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
      component: node
  template:
    metadata:
      annotations:
        note: no labels yet
    spec:
      containers:
        - name: agent
          image: example.com/agent:2.1.0
`,
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
      "tier": 'frontend' # quoted on purpose
  template:
    metadata:
      # labels shared with the Service
      labels:
        app: web
        "tier": 'frontend'
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
      component: node
  template:
    metadata:
      annotations:
        note: no labels yet
      labels:
        app: agent
        component: node
    spec:
      containers:
        - name: agent
          image: example.com/agent:2.1.0
`,
    },
  ],
});
