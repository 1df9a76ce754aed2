import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-no-ephemeral-storage-limit',
      text: `apiVersion: batch/v1
kind: Job
metadata:
  name: export
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: export
          image: example.com/export:1.0.0
          resources:
            requests:
              ephemeral-storage: 2Gi
            ⟦limits⟧:
              memory: 256Mi
        - name: ⟦uploader⟧
          image: example.com/uploader:1.0.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-limited',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
      resources:
        limits:
          ephemeral-storage: 500Mi
`,
    },
  ],
  fix: [
    {
      name: 'fix-adds-a-limit',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
    - name: export
      image: example.com/export:1.0.0
      resources:
        requests:
          ephemeral-storage: 2Gi
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
      resources:
        limits:
          ephemeral-storage: 1Gi
    - name: export
      image: example.com/export:1.0.0
      resources:
        requests:
          ephemeral-storage: 2Gi
        limits:
          ephemeral-storage: 2Gi
`,
    },
  ],
});
