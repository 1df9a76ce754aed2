import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-recreate-and-on-delete',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  strategy:
    type: ⟦Recreate⟧
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
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  updateStrategy:
    type: ⟦OnDelete⟧
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
`,
    },
    {
      // ReadWriteMany lets the new pod attach the volume beside the old one: Recreate is a choice.
      name: 'fire-recreate-with-a-read-write-many-claim',
      text: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: fire-shared-files
spec:
  accessModes: [ReadWriteMany]
  resources:
    requests:
      storage: 5Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: fire-shared-web
spec:
  strategy:
    type: ⟦Recreate⟧
  selector:
    matchLabels:
      app: fire-shared-web
  template:
    metadata:
      labels:
        app: fire-shared-web
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
          volumeMounts:
            - name: files
              mountPath: /srv/files
      volumes:
        - name: files
          persistentVolumeClaim:
            claimName: fire-shared-files
`,
    },
    {
      name: 'fire-recreate-with-a-claim-the-workspace-does-not-define',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: fire-elsewhere-web
spec:
  strategy:
    type: ⟦Recreate⟧
  selector:
    matchLabels:
      app: fire-elsewhere-web
  template:
    metadata:
      labels:
        app: fire-elsewhere-web
    spec:
      containers:
        - name: web
          image: example.com/web:1.4.2
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: made-elsewhere
`,
    },
  ],
  dontFire: [
    {
      // The shape of the Kubernetes tutorial's WordPress: its claim lives on one node at a time.
      name: 'dont-fire-recreate-with-a-read-write-once-claim',
      text: `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: dont-fire-wp-claim
spec:
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: 20Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dont-fire-wordpress
spec:
  strategy:
    type: Recreate
  selector:
    matchLabels:
      app: dont-fire-wordpress
  template:
    metadata:
      labels:
        app: dont-fire-wordpress
    spec:
      containers:
        - name: wordpress
          image: wordpress:6.2.1-apache
          volumeMounts:
            - name: html
              mountPath: /var/www/html
      volumes:
        - name: html
          persistentVolumeClaim:
            claimName: dont-fire-wp-claim
`,
    },
    {
      name: 'dont-fire-recreate-with-a-read-write-once-pod-claim-in-another-file',
      files: {
        'claim.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: dont-fire-export
  namespace: storage
spec:
  accessModes: [ReadWriteOncePod]
  resources:
    requests:
      storage: 20Gi
`,
      },
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: dont-fire-nfs-provisioner
  namespace: storage
spec:
  strategy:
    type: Recreate
  selector:
    matchLabels:
      app: dont-fire-nfs-provisioner
  template:
    metadata:
      labels:
        app: dont-fire-nfs-provisioner
    spec:
      containers:
        - name: provisioner
          image: example.com/nfs-provisioner:4.0.8
          volumeMounts:
            - name: export
              mountPath: /export
      volumes:
        - name: export
          persistentVolumeClaim:
            claimName: dont-fire-export
`,
    },
    {
      name: 'dont-fire-rolling-updates',
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
          image: example.com/web:1.4.2
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  updateStrategy:
    type: RollingUpdate
    rollingUpdate:
      partition: 1
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
  ],
  fix: [
    {
      name: 'fix-switches-to-rolling-update',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  updateStrategy: { type: OnDelete }
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
      output: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  updateStrategy: { type: RollingUpdate }
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
  ],
});
