import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-privileged-deployment',
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
          image: nginx:1.27.3
          securityContext:
            privileged: ⟦true⟧ # needed? probably not
`,
    },
    {
      name: 'fire-privileged-init-container-in-cronjob',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: tune
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: sysctl
              image: busybox:1.36
              securityContext: { privileged: ⟦yes⟧ }
          containers:
            - name: job
              image: busybox:1.36
`,
    },
    {
      name: 'fire-privileged-daemonset-and-pod-list',
      text: `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
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
              securityContext:
                privileged: ⟦True⟧
`,
    },
    {
      name: 'fire-privileged-but-no-escalation',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: confused
spec:
  containers:
    - name: app
      image: example.com/app:1.0.0
      securityContext:
        allowPrivilegeEscalation: false
        privileged: ⟦true⟧
`,
    },
  ],
  dontFire: [
    {
      // The legitimate exception, suppressed with a reason the next reader can check.
      name: 'dont-fire-cni-daemonset-suppressed-with-reason',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: cni-node
  namespace: kube-system
  annotations:
    # The CNI plugin writes the node's routes and iptables rules.
    cntutor.dev/ignore: no-privileged-container
spec:
  selector:
    matchLabels: { app: cni-node }
  template:
    metadata:
      labels: { app: cni-node }
    spec:
      hostNetwork: true
      containers:
        - name: cni
          image: example.com/cni:3.28.0
          securityContext:
            privileged: true
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-node
  namespace: kube-system
  annotations:
    checkov.io/skip1: CKV_K8S_16=CSI node plugin mounts volumes for other pods
spec:
  selector:
    matchLabels: { app: csi-node }
  template:
    metadata:
      labels: { app: csi-node }
    spec:
      containers:
        - name: csi
          image: example.com/csi-node:1.9.0
          securityContext:
            privileged: true
`,
    },
    {
      name: 'dont-fire-unprivileged',
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
            privileged: false
            capabilities:
              add: ["NET_BIND_SERVICE"]
        - name: exporter
          image: example.com/exporter:1.0.0
`,
    },
    {
      name: 'dont-fire-not-a-pod-spec',
      text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: notes
data:
  privileged: "true"
  securityContext: "privileged: true"
`,
    },
  ],
  fix: [
    {
      // A flow map cannot take the second setting without being rewritten, SYS_ADMIN cannot go with
      // allowPrivilegeEscalation: false, and a Bidirectional mount needs privileged: all three keep
      // their finding unfixed.
      name: 'fix-privileged-to-false',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: true # for strace
        runAsNonRoot: true
    - name: flow
      image: busybox:1.36
      securityContext: { privileged: on }
    - name: mounter
      image: example.com/mounter:1.0.0
      securityContext:
        privileged: true
        capabilities:
          add: [SYS_ADMIN]
    - name: csi
      image: example.com/csi-node:1.0.0
      securityContext:
        privileged: true
      volumeMounts:
        - name: pods
          mountPath: /var/lib/kubelet/pods
          mountPropagation: Bidirectional
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox:1.36
      securityContext:
        privileged: false # for strace
        runAsNonRoot: true
        allowPrivilegeEscalation: false
    - name: flow
      image: busybox:1.36
      securityContext: { privileged: on }
    - name: mounter
      image: example.com/mounter:1.0.0
      securityContext:
        privileged: true
        capabilities:
          add: [SYS_ADMIN]
    - name: csi
      image: example.com/csi-node:1.0.0
      securityContext:
        privileged: true
      volumeMounts:
        - name: pods
          mountPath: /var/lib/kubelet/pods
          mountPropagation: Bidirectional
`,
    },
  ],
});
