import { defineFixtures } from '../../fixtures';
import { BOUNDS_FIRE } from './bounds-fixtures';
import { CRON_FIRE, CRON_QUIET } from './cron-fixtures';
import { IMAGE_FIRE, IMAGE_QUIET } from './image-fixtures';
import { NAME_FIRE } from './name-fixtures';

export default defineFixtures({
  fire: [
    ...CRON_FIRE,
    ...BOUNDS_FIRE,
    ...IMAGE_FIRE,
    {
      name: 'fire-bidirectional-mount-unprivileged',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-node
spec:
  selector:
    matchLabels:
      app: csi-node
  template:
    metadata:
      labels:
        app: csi-node
    spec:
      containers:
        - name: driver
          image: example.com/csi-driver:1.2.0
          securityContext:
            privileged: false
          volumeMounts:
            - name: pods-mount-dir
              mountPath: /var/lib/kubelet/pods
              mountPropagation: ⟦Bidirectional⟧
            - name: socket-dir
              mountPath: /csi
              mountPropagation: HostToContainer
        - name: registrar
          image: example.com/csi-registrar:2.9.0
          volumeMounts:
            - name: registration
              mountPath: /registration
              mountPropagation: ⟦Bidirectional⟧
        - name: plugin
          image: example.com/csi-plugin:1.2.0
          securityContext:
            privileged: true
          volumeMounts:
            - name: pods-mount-dir
              mountPath: /var/lib/kubelet/pods
              mountPropagation: Bidirectional
      volumes:
        - name: pods-mount-dir
          hostPath:
            path: /var/lib/kubelet/pods
        - name: socket-dir
          hostPath:
            path: /var/lib/kubelet/plugins/csi
        - name: registration
          hostPath:
            path: /var/lib/kubelet/plugins_registry
`,
    },
    ...NAME_FIRE,
    {
      name: 'fire-restart-policies',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    ⟦spec⟧:
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: ⟦Always⟧
          containers:
            - name: report
              image: example.com/report:1.0.0
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
    spec:
      restartPolicy: ⟦OnFailure⟧
      containers:
        - name: web
          image: example.com/web:1.4.2
`,
    },
  ],
  dontFire: [
    ...CRON_QUIET,
    ...IMAGE_QUIET,
    {
      name: 'dont-fire-valid-values',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
    app.kubernetes.io/version: "1.4.2"
    empty: ""
    Mixed_Case.ok: A-b_c.D
  annotations:
    kubernetes.io/change-cause: "free text, with spaces and punctuation!"
spec:
  strategy:
    rollingUpdate:
      maxSurge: 0
      maxUnavailable: 25%
  selector:
    matchLabels:
      app.kubernetes.io/name: web
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          minDomains: 3
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: DoNotSchedule
          labelSelector:
            matchLabels:
              app.kubernetes.io/name: web
      containers:
        - name: web
          image: example.com/web:1.4.2
          ports:
            - name: http
              containerPort: 8080
            - name: grpc-web2
              containerPort: 9000
          readinessProbe:
            httpGet:
              path: /ready
              port: http
          livenessProbe:
            tcpSocket:
              port: 8080
          resources:
            requests:
              cpu: 250m
              memory: 1Gi
            limits:
              cpu: "1"
              memory: 1024Mi
        - name: sidecar
          image: example.com/proxy:1.2.0
          ports:
            - name: http
              containerPort: 8081
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app.kubernetes.io/name: web
  ports:
    - name: http
      port: 80
      targetPort: http
    - name: grpc
      port: 9000
      targetPort: 9000
---
apiVersion: v1
kind: Service
metadata:
  name: single
spec:
  selector:
    app.kubernetes.io/name: web
  ports:
    - port: 80
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 10%
  selector:
    matchLabels:
      app.kubernetes.io/name: web
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 3
  maxReplicas: 3
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  updateStrategy:
    type: OnDelete
  template:
    metadata:
      labels:
        app: agent
    spec:
      restartPolicy: Always
      containers:
        - name: agent
          image: example.com/agent:2.1.0
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  strategy:
    type: Recreate
    rollingUpdate:
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
      name: 'fix-restart-policies',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  backoffLimit: 2
  template:
    spec:
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
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
      restartPolicy: Never # copied from a Pod
      containers:
        - name: db
          image: postgres:16.4
`,
      output: `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  backoffLimit: 2
  template:
    spec:
      containers:
        - name: migrate
          image: example.com/migrate:3.0.1
      restartPolicy: OnFailure
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
      restartPolicy: Always # copied from a Pod
      containers:
        - name: db
          image: postgres:16.4
`,
    },
  ],
});
