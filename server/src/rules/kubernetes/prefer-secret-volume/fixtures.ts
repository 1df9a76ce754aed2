import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-secret-in-environment',
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
      containers:
        - name: web
          image: example.com/web:1.0.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                ⟦secretKeyRef⟧:
                  name: db
                  key: password
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef: { name: web, key: level }
          envFrom:
            - configMapRef: { name: web }
            - ⟦secretRef⟧: { name: web-keys }
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-secret-mounted-as-file',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      env:
        - { name: DB_PASSWORD_FILE, value: /run/secrets/db/password }
      volumeMounts:
        - { name: db, mountPath: /run/secrets/db, readOnly: true }
  volumes:
    - { name: db, secret: { secretName: db } }
`,
    },
  ],
});
