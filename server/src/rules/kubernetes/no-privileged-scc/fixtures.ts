import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-privileged-scc',
      text: `apiVersion: security.openshift.io/v1
kind: SecurityContextConstraints
metadata:
  name: fire-anything-goes
allowPrivilegedContainer: ⟦true⟧
runAsUser: { type: RunAsAny }
seLinuxContext: { type: RunAsAny }
users: [system:serviceaccount:shop:deployer]
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-restricted-scc',
      text: `apiVersion: security.openshift.io/v1
kind: SecurityContextConstraints
metadata:
  name: dont-fire-restricted
allowPrivilegedContainer: false
runAsUser: { type: MustRunAsRange }
seLinuxContext: { type: MustRunAs }
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: dont-fire-notes
data:
  allowPrivilegedContainer: "true"
`,
    },
  ],
  fix: [
    {
      name: 'fix-deny-privileged',
      text: `apiVersion: security.openshift.io/v1
kind: SecurityContextConstraints
metadata:
  name: shop-apps
allowPrivilegedContainer: true # copied from the privileged SCC
runAsUser: { type: MustRunAsRange }
seLinuxContext: { type: MustRunAs }
`,
      output: `apiVersion: security.openshift.io/v1
kind: SecurityContextConstraints
metadata:
  name: shop-apps
allowPrivilegedContainer: false # copied from the privileged SCC
runAsUser: { type: MustRunAsRange }
seLinuxContext: { type: MustRunAs }
`,
    },
  ],
});
