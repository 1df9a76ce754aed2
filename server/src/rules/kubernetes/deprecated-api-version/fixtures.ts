import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-for-a-cluster-release-before-the-removal',
      config: { kubernetesVersion: '1.24' },
      text: `apiVersion: ⟦batch/v1beta1⟧
kind: CronJob
metadata:
  name: report
---
apiVersion: ⟦policy/v1beta1⟧
kind: PodSecurityPolicy
metadata:
  name: restricted
`,
    },
    {
      name: 'fire-endpoints-deprecated-in-favour-of-endpointslice',
      text: `apiVersion: ⟦v1⟧
kind: Endpoints
metadata:
  name: external-db
subsets:
  - addresses: [{ ip: 10.0.0.5 }]
    ports: [{ port: 5432 }]
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-current-versions',
      text: `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: external-db
addressType: IPv4
endpoints:
  - addresses: [10.0.0.5]
ports:
  - port: 5432
`,
    },
    {
      name: 'dont-fire-removed-versions-which-another-rule-reports',
      text: `apiVersion: batch/v1beta1
kind: CronJob
metadata:
  name: report
`,
    },
  ],
  fix: [
    {
      name: 'fix-moves-to-the-replacement-while-both-are-served',
      config: { kubernetesVersion: '1.23' },
      text: `apiVersion: autoscaling/v2beta2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  maxReplicas: 5
`,
      output: `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  maxReplicas: 5
`,
    },
    {
      name: 'fix-nothing-automatic-for-a-change-of-kind',
      text: `apiVersion: v1
kind: Endpoints
metadata:
  name: external-db
`,
      output: `apiVersion: v1
kind: Endpoints
metadata:
  name: external-db
`,
    },
  ],
});
