import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-container-named-with-astral-characters (UTF-16 columns)',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: emoji
spec:
  containers:
    - image: example.com/web:1.4.2 # é 😀
      name: ⟦"웹-😀-𐀀"⟧
`,
    },
    {
      name: 'fire-nothing-set',
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
        - image: nginx:1.27.3
          name: ⟦web⟧
        - name: sidecar
          image: example.com/proxy:1.2.0
          ⟦securityContext⟧:
            readOnlyRootFilesystem: true
`,
    },
    {
      name: 'fire-explicit-root',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: backup
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: dump
          image: postgres:16.4
          securityContext:
            runAsUser: ⟦0⟧
        - name: upload
          image: example.com/uploader:2.0.0
          securityContext:
            runAsNonRoot: ⟦false⟧
`,
    },
    {
      name: 'fire-pod-level-root-once',
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
      securityContext:
        runAsUser: ⟦0⟧
      containers:
        - name: db
          image: postgres:16.4
        - name: exporter
          image: example.com/exporter:1.0.0
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
        spec:
          securityContext:
            runAsNonRoot: ⟦false⟧
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example.com/report:1.0.0
`,
    },
    {
      name: 'fire-non-root-asked-but-user-zero',
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
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      initContainers:
        - name: chown
          image: busybox:1.36
          securityContext:
            runAsUser: ⟦0⟧
      containers:
        - name: web
          image: example.com/web:1.0.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-kustomize-patch',
      text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: example.com/web:1.4.2\n',
      files: { 'kustomization.yaml': 'resources: [../base]\npatches:\n  - path: manifest.yaml\n' },
    },
    {
      name: 'dont-fire-pod-level-non-root',
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
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      initContainers:
        - name: setup
          image: busybox:1.36
      containers:
        - name: agent
          image: example.com/agent:2.1.0
`,
    },
    {
      name: 'dont-fire-container-level-user',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: tool
spec:
  securityContext:
    runAsNonRoot: false
  containers:
    - name: tool
      image: example.com/tool:1.0.0
      securityContext:
        runAsUser: 1000
    - name: checked
      image: example.com/tool:1.0.0
      securityContext:
        runAsNonRoot: true
`,
    },
  ],
  fix: [
    {
      // Windows takes no runAsUser; the user is a name, which only the author can choose.
      name: 'fix-leaves-windows-pods-alone',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: iis
spec:
  os: { name: windows }
  containers:
    - name: iis
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    - name: named
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
      securityContext:
        windowsOptions: { runAsUserName: ContainerUser }
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: iis
spec:
  os: { name: windows }
  containers:
    - name: iis
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    - name: named
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
      securityContext:
        windowsOptions: { runAsUserName: ContainerUser }
`,
    },
    {
      name: 'fix-adds-run-as-non-root',
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
          image: nginxinc/nginx-unprivileged:1.27.3
          ports:
            - containerPort: 8080 # unprivileged port
        # The proxy already has a security context.
        - name: proxy
          image: example.com/proxy:1.2.0
          securityContext:
            readOnlyRootFilesystem: true
        - name: legacy
          image: example.com/legacy:0.9.0
          securityContext:
            runAsNonRoot: false # TODO
        - {name: flow, image: "example.com/flow:1.0.0"}
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
          image: nginxinc/nginx-unprivileged:1.27.3
          ports:
            - containerPort: 8080 # unprivileged port
          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
        # The proxy already has a security context.
        - name: proxy
          image: example.com/proxy:1.2.0
          securityContext:
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            runAsUser: 10001
        - name: legacy
          image: example.com/legacy:0.9.0
          securityContext:
            runAsNonRoot: true # TODO
            runAsUser: 10001
        - {name: flow, image: "example.com/flow:1.0.0"}
`,
    },
    {
      // A pod-level user already satisfies the kubelet's check; a root user is left to the author.
      name: 'fix-keeps-explicit-users',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: tools
spec:
  securityContext:
    runAsUser: 2000
  containers:
    - name: ok
      image: example.com/tool:1.0.0
    - name: root
      image: example.com/tool:1.0.0
      securityContext:
        runAsUser: 0
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: tools
spec:
  securityContext:
    runAsUser: 2000
  containers:
    - name: ok
      image: example.com/tool:1.0.0
    - name: root
      image: example.com/tool:1.0.0
      securityContext:
        runAsUser: 0
`,
    },
  ],
});
