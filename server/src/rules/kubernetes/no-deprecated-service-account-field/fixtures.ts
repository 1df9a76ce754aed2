import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-deprecated-alias',
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
      ⟦serviceAccount⟧: web
      containers:
        - name: web
          image: example.com/web:1.4.2
`,
    },
    {
      name: 'fire-redundant-and-conflicting',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: tool
spec:
  serviceAccountName: tool
  ⟦serviceAccount⟧: tool
  containers:
    - name: tool
      image: example.com/tool:1.0.0
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: sync
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        spec:
          ⟦serviceAccount⟧: admin
          serviceAccountName: sync
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: example.com/sync:1.0.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-service-account-name',
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
      serviceAccountName: agent
      containers:
        - name: agent
          image: example.com/agent:2.1.0
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: agent
subjects:
  - kind: ServiceAccount
    name: agent
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: agent
`,
    },
  ],
  fix: [
    {
      // rook's nvmeof node plugin names the same account in both fields.
      name: 'fix-removes-the-repeated-field',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: nodeplugin
spec:
  selector:
    matchLabels:
      app: nodeplugin
  template:
    metadata:
      labels:
        app: nodeplugin
    spec:
      # the account already exists
      serviceAccount: rook-csi-rbd-plugin-sa
      serviceAccountName: rook-csi-rbd-plugin-sa
      containers:
        - name: plugin
          image: quay.io/cephcsi/cephcsi:v3.16.1
`,
      output: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: nodeplugin
spec:
  selector:
    matchLabels:
      app: nodeplugin
  template:
    metadata:
      labels:
        app: nodeplugin
    spec:
      # the account already exists
      serviceAccountName: rook-csi-rbd-plugin-sa
      containers:
        - name: plugin
          image: quay.io/cephcsi/cephcsi:v3.16.1
`,
    },
    {
      name: 'fix-renames-field',
      text: `apiVersion: apps/v1
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
      serviceAccount: db # least privilege: own account
      containers:
        - name: db
          image: postgres:16.4
`,
      output: `apiVersion: apps/v1
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
      serviceAccountName: db # least privilege: own account
      containers:
        - name: db
          image: postgres:16.4
`,
    },
  ],
});
