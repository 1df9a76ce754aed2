import type { FireFixture } from '../../fixtures';

/** Budgets, autoscaler bounds, rollouts, spread constraints and requests above limits. */
export const BOUNDS_FIRE: FireFixture[] = [
  {
    name: 'fire-budgets-autoscalers-rollouts',
    text: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: ⟦"2"⟧
  ⟦maxUnavailable⟧: ⟦150%⟧
  selector:
    matchLabels:
      app: web
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: ⟦6⟧
  maxReplicas: 3
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: idle
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: idle
  minReplicas: ⟦0⟧
  maxReplicas: 3
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  strategy:
    type: RollingUpdate
    ⟦rollingUpdate⟧:
      maxSurge: 0
      maxUnavailable: 0%
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      topologySpreadConstraints:
        - maxSkew: ⟦0⟧
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          ⟦minDomains⟧: 2
          labelSelector:
            matchLabels:
              app: web
      containers:
        - name: web
          image: example.com/web:1.4.2
          resources:
            requests:
              cpu: ⟦"2"⟧
              memory: ⟦1Gi⟧
            limits:
              cpu: 1500m
              memory: 512Mi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: db
spec:
  strategy:
    type: Recreate
    ⟦rollingUpdate⟧:
      maxUnavailable: 1
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
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels:
      app: agent
  updateStrategy:
    ⟦rollingUpdate⟧:
      maxUnavailable: 0
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
        - name: agent
          image: example.com/agent:2.1.0
`,
  },
];
