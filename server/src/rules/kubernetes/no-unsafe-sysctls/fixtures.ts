import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-unsafe-sysctls',
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
      securityContext:
        sysctls:
          - name: ⟦net.core.somaxconn⟧
            value: "4096"
          - name: net.ipv4.ip_local_port_range
            value: "1024 65000"
          - { name: ⟦kernel/msgmax⟧, value: "65536" }
      containers:
        - name: db
          image: example.com/db:16.4
`,
    },
    {
      name: 'fire-sysctl-newer-than-the-target-release',
      config: { kubernetesVersion: '1.28' },
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    sysctls:
      - { name: ⟦net.ipv4.tcp_keepalive_time⟧, value: "600" }
      - { name: net.ipv4.ip_local_reserved_ports, value: "30000" }
  containers:
    - name: web
      image: example.com/web:1.0.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-safe-sysctls',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    sysctls:
      - name: net.ipv4.tcp_keepalive_time
        value: "600"
      - name: net/ipv4/ip_unprivileged_port_start
        value: "0"
      - name: kernel.shm_rmid_forced
        value: "1"
  containers:
    - name: web
      image: example.com/web:1.0.0
`,
    },
  ],
});
