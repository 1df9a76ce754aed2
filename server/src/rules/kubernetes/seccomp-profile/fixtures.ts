import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-missing-and-unconfined',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      initContainers:
        - name: ⟦migrate⟧
          image: example.com/migrate:3.0.1
      containers:
        - name: web
          image: example.com/web:1.0.0
          ⟦securityContext⟧:
            runAsNonRoot: true
        - name: tracer
          image: example.com/tracer:1.0.0
          securityContext:
            seccompProfile:
              type: ⟦Unconfined⟧
`,
    },
    {
      name: 'fire-pod-unconfined-once-and-old-annotation',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          securityContext:
            seccompProfile: { type: ⟦Unconfined⟧ }
          containers:
            - name: report
              image: example.com/report:1.0.0
            - name: upload
              image: example.com/upload:1.0.0
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: legacy
spec:
  selector:
    matchLabels: { app: legacy }
  template:
    metadata:
      labels: { app: legacy }
      annotations:
        ⟦seccomp.security.alpha.kubernetes.io/pod⟧: runtime/default
    spec:
      containers:
        - name: legacy
          image: example.com/legacy:0.9.0
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
      name: 'dont-fire-pod-wide-and-container-profiles',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: web
      image: example.com/web:1.0.0
    - name: custom
      image: example.com/custom:1.0.0
      securityContext:
        seccompProfile:
          type: Localhost
          localhostProfile: profiles/custom.json
---
apiVersion: v1
kind: Pod
metadata:
  name: split
spec:
  securityContext:
    seccompProfile: { type: Unconfined }
  containers:
    - name: only
      image: example.com/web:1.0.0
      securityContext:
        seccompProfile: { type: RuntimeDefault }
`,
    },
    {
      name: 'dont-fire-windows',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: iis
spec:
  os: { name: windows }
  containers:
    - name: iis
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
`,
    },
  ],
  fix: [
    {
      name: 'fix-pod-wide-runtime-default',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      securityContext:
        runAsNonRoot: true # checked by the kubelet
      containers:
        - name: web
          image: example.com/web:1.0.0
        - name: tracer
          image: example.com/tracer:1.0.0
          securityContext:
            seccompProfile:
              type: Unconfined # strace needs ptrace
---
apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  containers:
    - name: bare
      image: example.com/bare:1.0.0
---
apiVersion: v1
kind: Pod
metadata:
  name: flow
spec:
  securityContext: { runAsNonRoot: true }
  containers:
    - name: flow
      image: example.com/flow:1.0.0
`,
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      securityContext:
        runAsNonRoot: true # checked by the kubelet
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: web
          image: example.com/web:1.0.0
        - name: tracer
          image: example.com/tracer:1.0.0
          securityContext:
            seccompProfile:
              type: RuntimeDefault # strace needs ptrace
---
apiVersion: v1
kind: Pod
metadata:
  name: bare
spec:
  containers:
    - name: bare
      image: example.com/bare:1.0.0
  securityContext:
    seccompProfile:
      type: RuntimeDefault
---
apiVersion: v1
kind: Pod
metadata:
  name: flow
spec:
  securityContext: { runAsNonRoot: true }
  containers:
    - name: flow
      image: example.com/flow:1.0.0
      securityContext:
        seccompProfile:
          type: RuntimeDefault
`,
    },
  ],
});
