import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-inline-storage',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db }
    spec:
      containers:
        - name: db
          image: example.com/db:16.4
      volumes:
        - name: shared
          ⟦nfs⟧:
            server: nfs.example.com
            path: /exports/shared
        - name: disk
          ⟦awsElasticBlockStore⟧: { volumeID: vol-0123456789abcdef0, fsType: ext4 }
        - name: site
          ⟦gitRepo⟧:
            repository: https://example.com/site.git
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-accepted-volume-types',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
  volumes:
    - { name: tmp, emptyDir: {} }
    - { name: config, configMap: { name: web } }
    - { name: creds, secret: { secretName: web } }
    - { name: data, persistentVolumeClaim: { claimName: data } }
    - name: token
      projected:
        sources:
          - serviceAccountToken: { path: token, audience: vault }
    - { name: info, downwardAPI: { items: [{ path: labels, fieldRef: { fieldPath: metadata.labels } }] } }
    - { name: inline, csi: { driver: secrets-store.csi.k8s.io } }
    - name: scratch
      ephemeral:
        volumeClaimTemplate:
          spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
    - { name: host, hostPath: { path: /var/log } }
`,
    },
  ],
});
