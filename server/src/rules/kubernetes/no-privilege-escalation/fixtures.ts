import { defineFixtures } from '../../fixtures';

/** ingress-nginx's controller, which binds 80 and 443 as user 101 through a file capability. */
const INGRESS_CONTROLLER = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingress-nginx-controller
spec:
  selector:
    matchLabels: { app: ingress }
  template:
    metadata:
      labels: { app: ingress }
    spec:
      containers:
        - name: controller
          image: registry.k8s.io/ingress-nginx/controller:v1.11.2
          securityContext:
            runAsUser: 101
            allowPrivilegeEscalation: true
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]
`;

export default defineFixtures({
  fire: [
    {
      name: 'fire-missing-and-explicit',
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
        - name: ⟦init⟧
          image: busybox:1.36
      containers:
        - name: web
          image: nginx:1.27.3
          ⟦securityContext⟧:
            runAsNonRoot: true
        - name: sudoer
          image: example.com/sudoer:1.0.0
          securityContext:
            allowPrivilegeEscalation: ⟦true⟧
`,
    },
    {
      name: 'fire-sys-admin-cronjob',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: mount
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: mount
              image: example.com/mounter:1.0.0
              ⟦securityContext⟧:
                capabilities:
                  add: ["SYS_ADMIN"]
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
      name: 'dont-fire-forbidden',
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
            allowPrivilegeEscalation: false
`,
    },
    {
      name: 'dont-fire-windows-and-privileged',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: win
spec:
  os:
    name: windows
  containers:
    - name: iis
      image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: true
`,
    },
  ],
  fix: [
    {
      // The controller binds 80 and 443 as user 101 through the file capability of its binary.
      name: 'no fix for a non-root user that needs an added capability',
      text: INGRESS_CONTROLLER,
      output: INGRESS_CONTROLLER,
    },
    {
      name: 'fix-forbids-escalation',
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
          args:
            - --verbose
            - --port=9100
        - name: helper
          image: example.com/helper:1.0.0
          securityContext:
              runAsNonRoot: true # four-space indent kept
        - name: loose
          image: example.com/loose:1.0.0
          securityContext:
            allowPrivilegeEscalation: true
        - name: admin
          image: example.com/admin:1.0.0
          securityContext:
            capabilities:
              add: [CAP_SYS_ADMIN]
`,
      output: `apiVersion: apps/v1
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
          args:
            - --verbose
            - --port=9100
          securityContext:
            allowPrivilegeEscalation: false
        - name: helper
          image: example.com/helper:1.0.0
          securityContext:
              runAsNonRoot: true # four-space indent kept
              allowPrivilegeEscalation: false
        - name: loose
          image: example.com/loose:1.0.0
          securityContext:
            allowPrivilegeEscalation: false
        - name: admin
          image: example.com/admin:1.0.0
          securityContext:
            capabilities:
              add: [CAP_SYS_ADMIN]
`,
    },
  ],
});
