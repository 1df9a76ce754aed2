import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-writable-root',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: ⟦seed⟧
      image: busybox:1.36
  containers:
    - name: web
      image: nginx:1.27.3
      ⟦securityContext⟧:
        runAsNonRoot: true
    - name: cache
      image: example.com/cache:1.0.0
      securityContext:
        readOnlyRootFilesystem: ⟦false⟧
`,
    },
    {
      name: 'fire-job-in-cronjob',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup
spec:
  schedule: "*/30 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: ⟦cleanup⟧
              image: example.com/cleanup:1.0.0
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
      name: 'dont-fire-read-only-with-tmp-volume',
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
          securityContext:
            readOnlyRootFilesystem: true
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
`,
    },
  ],
  fix: [
    {
      name: 'fix-read-only-root',
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
          command:
            - /bin/sh
            - -c
            - |
              echo starting
              exec nginx -g 'daemon off;'
        - name: cache
          image: example.com/cache:1.0.0
          securityContext:
            readOnlyRootFilesystem: false
        - name: empty
          image: example.com/empty:1.0.0
          securityContext: {}
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
          command:
            - /bin/sh
            - -c
            - |
              echo starting
              exec nginx -g 'daemon off;'
          securityContext:
            readOnlyRootFilesystem: true
        - name: cache
          image: example.com/cache:1.0.0
          securityContext:
            readOnlyRootFilesystem: true
        - name: empty
          image: example.com/empty:1.0.0
          securityContext: {}
`,
    },
  ],
});
