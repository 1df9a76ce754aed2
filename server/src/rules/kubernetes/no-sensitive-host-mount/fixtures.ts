import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-docker-socket-root-and-writable-system-paths',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: { app: agent }
  template:
    metadata:
      labels: { app: agent }
    spec:
      containers:
        - name: agent
          image: example.com/agent:2.1.0
          volumeMounts:
            - { name: docker, mountPath: /host/var/run/docker.sock, readOnly: true }
            - { name: root, mountPath: /host, readOnly: true }
            - { name: usr, mountPath: /host/usr }
            - { name: proc, mountPath: /host/proc, readOnly: true }
            - { name: logs, mountPath: /var/log }
      volumes:
        - name: docker
          hostPath:
            path: ⟦/var/run/docker.sock⟧
            type: Socket
        - name: root
          hostPath: { path: ⟦/⟧ }
        - name: usr
          hostPath: { path: ⟦/usr⟧ }
        - name: proc
          hostPath: { path: /proc }
        - name: logs
          hostPath: { path: ⟦/var/log/⟧ }
`,
    },
    {
      name: 'fire-kubelet-credentials-and-containerd',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: debug
      image: busybox:1.36
      volumeMounts:
        - name: pki
          mountPath: /pki
          readOnly: true
  volumes:
    - name: pki
      hostPath:
        path: ⟦/var/lib/kubelet/pki⟧
    - name: containerd
      hostPath:
        path: ⟦/run/containerd/containerd.sock⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-read-only-logs-and-ordinary-paths',
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
            - { name: certs, mountPath: /etc/ssl/certs, readOnly: true }
            - { name: data, mountPath: /data }
      volumes:
        - name: varlog
          hostPath: { path: /var/log }
        - name: certs
          hostPath: { path: /etc/ssl/certs }
        - name: data
          hostPath: { path: /mnt/data }
        - name: cache
          emptyDir: {}
`,
    },
    {
      name: 'dont-fire-suppressed-monitoring-agent',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: monitor
  annotations:
    # The agent inspects every container through the runtime.
    ignore-check.kube-linter.io/docker-sock: "reads container metadata"
spec:
  selector:
    matchLabels: { app: monitor }
  template:
    metadata:
      labels: { app: monitor }
    spec:
      containers:
        - name: monitor
          image: example.com/monitor:1.0.0
      volumes:
        - name: docker
          hostPath: { path: /var/run/docker.sock }
`,
    },
  ],
});
