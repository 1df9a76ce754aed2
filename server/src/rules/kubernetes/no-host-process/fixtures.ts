import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-host-process-pod-and-container',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: win-agent
spec:
  selector:
    matchLabels: { app: win-agent }
  template:
    metadata:
      labels: { app: win-agent }
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      hostNetwork: true
      securityContext:
        windowsOptions:
          hostProcess: ⟦true⟧
          runAsUserName: "NT AUTHORITY\\\\SYSTEM"
      containers:
        - name: agent
          image: example.com/win-agent:1.0.0
        - name: helper
          image: example.com/win-helper:1.0.0
          securityContext:
            windowsOptions: { hostProcess: ⟦true⟧ }
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-ordinary-windows-container',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: iis
spec:
  selector:
    matchLabels: { app: iis }
  template:
    metadata:
      labels: { app: iis }
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      securityContext:
        windowsOptions:
          hostProcess: false
          runAsUserName: ContainerUser
      containers:
        - name: iis
          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
`,
    },
    {
      name: 'dont-fire-suppressed-windows-node-agent',
      text: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-proxy
  annotations:
    # The CSI proxy manages the node's disks for the storage driver.
    polaris.fairwinds.com/hostProcess-exempt: "true"
spec:
  selector:
    matchLabels: { app: csi-proxy }
  template:
    metadata:
      labels: { app: csi-proxy }
    spec:
      hostNetwork: true
      securityContext:
        windowsOptions: { hostProcess: true }
      containers:
        - name: csi-proxy
          image: example.com/csi-proxy:1.1.3
`,
    },
  ],
});
