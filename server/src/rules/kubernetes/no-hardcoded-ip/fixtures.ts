import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-after-non-ascii-and-astral-characters (UTF-16 columns)',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: emoji
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
      env:
        - {name: UPSTREAM, value: "서버 😀 é 𐀀 http://⟦10.1.2.3⟧:80"}
      args: ["--name=🚀", "--peer=⟦192.168.0.9⟧"]
`,
    },
    {
      name: 'fire-env-and-args',
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
          image: example.com/web:1.4.2
          env:
            - name: DB_HOST
              value: ⟦10.96.12.7⟧
            - name: CACHE_URL
              value: "redis://⟦10.0.3.25⟧:6379/0"
          args: ["--upstream=http://⟦192.168.1.20⟧:8080", "--listen=0.0.0.0:8080"]
`,
    },
    {
      name: 'fire-cronjob-command-and-init-container',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: wait
              image: busybox:1.36
              command:
                - sh
                - -c
                - |
                  until nc -z ⟦172.20.0.5⟧ 5432; do sleep 2; done
          containers:
            - name: dump
              image: postgres:16.4
              command: [pg_dump, -h, ⟦172.20.0.5⟧, shop]
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-dns-names-and-local-addresses',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: api
spec:
  serviceName: api
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: example.com/api:2.3.0
          env:
            - name: DB_HOST
              value: db.shop.svc.cluster.local
            - name: BIND_ADDRESS
              value: 0.0.0.0
            - name: HEALTH_URL
              value: http://127.0.0.1:8080/healthz
            - name: METADATA
              value: http://169.254.169.254/latest
            - name: APP_VERSION
              value: 1.2.3.4
            - name: NETMASK
              value: 255.255.255.0
            - name: POD_IP
              valueFrom:
                fieldRef:
                  fieldPath: status.podIP
          args:
            - --allowed-cidr=10.0.0.0/8
            - --release=v10.2.0.1
`,
    },
    {
      name: 'dont-fire-outside-containers',
      text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: hosts
data:
  db: 10.96.12.7
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostAliases:
    - ip: 10.1.2.3
      hostnames: [legacy.internal]
  containers:
    - name: web
      image: example.com/web:1.4.2
      args: [--port=8080]
`,
    },
  ],
});
