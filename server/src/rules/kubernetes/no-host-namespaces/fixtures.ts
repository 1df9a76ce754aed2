import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-host-network-daemonset',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
spec:
  selector:
    matchLabels:
      app: node-exporter
  template:
    metadata:
      labels:
        app: node-exporter
    spec:
      hostNetwork: ⟦true⟧
      hostPID: ⟦true⟧
      containers:
        - name: exporter
          image: quay.io/prometheus/node-exporter:v1.8.2
`,
    },
    {
      name: 'fire-host-ipc-pod-and-cronjob',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: shm
spec:
  hostIPC: ⟦yes⟧
  containers:
    - name: app
      image: busybox:1.36
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: scan
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          hostPID: ⟦true⟧
          restartPolicy: Never
          containers:
            - name: scan
              image: busybox:1.36
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-own-namespaces',
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
      hostNetwork: false
      containers:
        - name: web
          image: nginx:1.27.3
          ports:
            - containerPort: 8080
              hostPort: 8080
`,
    },
    {
      name: 'dont-fire-host-field-outside-pod-spec',
      text: `apiVersion: example.com/v1
kind: NodeAgentConfig
metadata:
  name: agent
spec:
  hostNetwork: true
`,
    },
  ],
  fix: [
    {
      name: 'fix-host-namespaces-to-false',
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
      hostNetwork: true # copied from a tutorial
      hostIPC: True
      containers:
        - name: web
          image: nginx:1.27.3
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
      hostNetwork: false # copied from a tutorial
      hostIPC: false
      containers:
        - name: web
          image: nginx:1.27.3
`,
    },
  ],
});
