import { defineFixtures } from '../../fixtures';

const DATA_DIRECTORIES = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: rabbitmq
spec:
  serviceName: rabbitmq
  selector:
    matchLabels: { app: rabbitmq }
  template:
    metadata:
      labels: { app: rabbitmq }
    spec:
      containers:
        - name: rabbitmq
          image: rabbitmq:3.13-management
          volumeMounts:
            - name: rabbitmq-data
              mountPath: /var/lib/rabbitmq
            - name: xtables-lock
              mountPath: /run/xtables.lock
      volumes:
        - name: rabbitmq-data
          hostPath:
            path: /data/rabbitmq
            type: DirectoryOrCreate
        - name: xtables-lock
          hostPath:
            path: /run/xtables.lock
            type: FileOrCreate
`;

export default defineFixtures({
  fire: [
    {
      name: 'fire-host-paths',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: logs
spec:
  selector:
    matchLabels: { app: logs }
  template:
    metadata:
      labels: { app: logs }
    spec:
      containers:
        - name: collector
          image: example.com/collector:2.0.0
          volumeMounts:
            - { name: varlog, mountPath: /var/log, readOnly: true }
            - { name: data, mountPath: /data }
      volumes:
        - name: varlog
          hostPath:
            path: ⟦/var/log⟧
        - name: data
          hostPath:
            path: ⟦/mnt/data⟧
            type: DirectoryOrCreate
        - name: unused
          hostPath: { path: ⟦/srv/unused⟧ }
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-other-volumes-and-sensitive-paths',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      volumeMounts:
        - { name: tmp, mountPath: /tmp }
        - { name: docker, mountPath: /var/run/docker.sock }
  volumes:
    - name: tmp
      emptyDir: {}
    - name: data
      persistentVolumeClaim: { claimName: data }
    - name: docker
      hostPath: { path: /var/run/docker.sock }
`,
    },
  ],
  fix: [
    {
      name: 'fix-mounts-read-only',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: reader
spec:
  initContainers:
    - name: check
      image: busybox:1.36
      volumeMounts:
        - name: data
          mountPath: /data
          readOnly: false # needed?
  containers:
    - name: reader
      image: example.com/reader:1.0.0
      volumeMounts:
        - name: data
          mountPath: /data
        - name: tmp
          mountPath: /tmp
    - name: flow
      image: example.com/flow:1.0.0
      volumeMounts:
        - { name: other, mountPath: /other }
  volumes:
    - name: data
      hostPath:
        path: /run/log/journal
    - name: other
      hostPath:
        path: /var/lib/dbus/machine-id
    - name: tmp
      emptyDir: {}
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: reader
spec:
  initContainers:
    - name: check
      image: busybox:1.36
      volumeMounts:
        - name: data
          mountPath: /data
          readOnly: true # needed?
  containers:
    - name: reader
      image: example.com/reader:1.0.0
      volumeMounts:
        - name: data
          mountPath: /data
          readOnly: true
        - name: tmp
          mountPath: /tmp
    - name: flow
      image: example.com/flow:1.0.0
      volumeMounts:
        - { name: other, mountPath: /other }
  volumes:
    - name: data
      hostPath:
        path: /run/log/journal
    - name: other
      hostPath:
        path: /var/lib/dbus/machine-id
    - name: tmp
      emptyDir: {}
`,
    },
    {
      // A database's directory, an iptables lock: the container writes there, and a read-only
      // mount would break it. Only node files that agents read get the fix.
      name: 'no-fix-where-the-container-may-write',
      text: DATA_DIRECTORIES,
      output: DATA_DIRECTORIES,
    },
  ],
});
