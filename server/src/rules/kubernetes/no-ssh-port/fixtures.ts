import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-ssh-port',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: legacy
spec:
  selector:
    matchLabels: { app: legacy }
  template:
    metadata:
      labels: { app: legacy }
    spec:
      containers:
        - name: app
          image: example.com/legacy:0.9.0
          ports:
            - containerPort: 8080
            - name: ssh
              containerPort: ⟦22⟧
              protocol: TCP
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-other-ports',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      ports:
        - containerPort: 2222
        - { containerPort: 22, protocol: UDP }
        - containerPort: 8022
`,
    },
  ],
});
