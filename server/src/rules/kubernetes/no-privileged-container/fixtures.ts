import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-privileged-deployment',
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
          image: nginx:1.27.3
          securityContext:
            privileged: ⟦true⟧ # needed? probably not
`,
    },
    {
      name: 'fire-privileged-init-container-in-cronjob',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: tune
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: sysctl
              image: busybox:1.36
              securityContext: { privileged: ⟦yes⟧ }
          containers:
            - name: job
              image: busybox:1.36
`,
    },
    {
      name: 'fire-privileged-daemonset-and-pod-list',
      text: `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: DaemonSet
    metadata:
      name: agent
    spec:
      selector:
        matchLabels: { app: agent }
      template:
        metadata:
          labels: { app: agent }
        spec:
          containers:
            - name: agent
              image: example.com/agent:2.1.0
              securityContext:
                privileged: ⟦True⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-unprivileged',
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
      containers:
        - name: db
          image: postgres:16.4
          securityContext:
            privileged: false
            capabilities:
              add: ["NET_BIND_SERVICE"]
        - name: exporter
          image: example.com/exporter:1.0.0
`,
    },
    {
      name: 'dont-fire-not-a-pod-spec',
      text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: notes
data:
  privileged: "true"
  securityContext: "privileged: true"
`,
    },
  ],
  fix: [
    {
      // A flow map cannot take the second setting without being rewritten, so it keeps its finding unfixed.
      name: 'fix-privileged-to-false',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: true # for strace
        runAsNonRoot: true
    - name: flow
      image: busybox:1.36
      securityContext: { privileged: on }
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: false # for strace
        runAsNonRoot: true
        allowPrivilegeEscalation: false
    - name: flow
      image: busybox:1.36
      securityContext: { privileged: on }
`,
    },
  ],
});
