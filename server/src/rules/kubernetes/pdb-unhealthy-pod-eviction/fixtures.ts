import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-policy-left-to-the-default',
      text: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
⟦spec⟧:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-policy-chosen',
      text: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  unhealthyPodEvictionPolicy: IfHealthyBudget
  selector:
    matchLabels:
      app: web
`,
    },
    {
      name: 'dont-fire-before-the-field-existed',
      config: { kubernetesVersion: '1.25' },
      text: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web
`,
    },
  ],
  fix: [
    {
      name: 'fix-always-allows-unhealthy-pods',
      text: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web # the Deployment's selector
`,
      output: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web # the Deployment's selector
  unhealthyPodEvictionPolicy: AlwaysAllow
`,
    },
  ],
});
