import { defineFixtures } from '../../fixtures';

const hpa = (kind: string, name: string, namespace?: string): string => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: ${kind}
    name: ${name}
  minReplicas: 2
  maxReplicas: 5
`;

const workload = (kind: string, name: string, namespace?: string): string => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
      containers:
        - name: ${name}
          image: example.com/${name}:1.0.0
`;

export default defineFixtures({
  fire: [
    {
      name: 'fire-typo-in-target-name',
      text: `${hpa('Deployment', '⟦wbe⟧')}---\n${workload('Deployment', 'web')}`,
    },
    {
      name: 'fire-target-missing-from-the-workspace',
      text: hpa('Deployment', '⟦checkout⟧'),
      files: { 'web.yaml': workload('Deployment', 'web'), 'api.yaml': workload('Deployment', 'api') },
    },
    {
      name: 'fire-target-of-another-kind',
      text: `${hpa('StatefulSet', '⟦web⟧')}---\n${workload('StatefulSet', 'db')}---\n${workload('Deployment', 'web')}`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-target-in-another-file',
      text: hpa('Deployment', 'web'),
      files: { 'web.yaml': workload('Deployment', 'web') },
    },
    {
      name: 'dont-fire-no-object-of-the-kind-in-the-namespace',
      text: `${hpa('Deployment', 'web', 'shop')}---\n${workload('Deployment', 'api', 'billing')}---\n${workload('StatefulSet', 'db', 'shop')}`,
    },
    {
      name: 'dont-fire-custom-scalable-target',
      text: hpa('Rollout', 'web').replace('apps/v1', 'argoproj.io/v1alpha1'),
      files: { 'rollout.yaml': workload('Rollout', 'web').replace('apps/v1', 'argoproj.io/v1alpha1') },
    },
  ],
  fix: [
    {
      name: 'fix-typo-in-target-name',
      text: `${hpa('Deployment', 'wbe')}---\n${workload('Deployment', 'web')}`,
      output: `${hpa('Deployment', 'web')}---\n${workload('Deployment', 'web')}`,
    },
    {
      // Scaling web-canary instead of web would be a change of its own, not a typo mended.
      name: 'fix-none-for-a-longer-workload-name',
      text: `${hpa('Deployment', 'web')}---\n${workload('Deployment', 'web-canary')}`,
      output: `${hpa('Deployment', 'web')}---\n${workload('Deployment', 'web-canary')}`,
    },
  ],
});
