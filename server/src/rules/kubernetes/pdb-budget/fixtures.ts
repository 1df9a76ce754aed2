import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-budgets-that-block-or-allow-everything',
      text: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: db
spec:
  maxUnavailable: ⟦0⟧
  selector:
    matchLabels:
      app: db
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: queue
spec:
  minAvailable: ⟦100%⟧
  selector:
    matchLabels:
      app: queue
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
⟦spec⟧:
  selector:
    matchLabels:
      app: web
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-budgets-that-allow-a-drain',
      text: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: api
spec:
  minAvailable: 50%
  selector:
    matchLabels:
      app: api
---
apiVersion: policy/v1beta1
kind: PodDisruptionBudget
metadata:
  name: legacy
spec:
  selector:
    matchLabels:
      app: legacy
`,
    },
  ],
  fix: [
    {
      name: 'fix-adds-a-one-pod-budget',
      text: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
`,
      output: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  maxUnavailable: 1
`,
    },
  ],
});
