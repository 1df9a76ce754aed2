import { defineFixtures } from '../../fixtures';

const hpa = (name: string, kind = 'Deployment'): string => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${name}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: ${kind}
    name: ${name}
  minReplicas: 2
  maxReplicas: 5
`;

const workload = (name: string, replicas: string, kind = 'Deployment'): string => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
spec:
${replicas}  selector:
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
      name: 'fire-replicas-beside-the-autoscaler',
      text: `${workload('web', '  ⟦replicas⟧: 3\n')}---\n${hpa('web')}`,
    },
    {
      name: 'fire-autoscaler-in-another-file',
      text: workload('db', '  ⟦replicas⟧: 3 # three members\n', 'StatefulSet'),
      files: { 'hpa.yaml': hpa('db', 'StatefulSet') },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-without-replicas-or-autoscaler',
      text: `${workload('web', '')}---\n${hpa('web')}---\n${workload('api', '  replicas: 3\n')}`,
    },
    {
      name: 'dont-fire-autoscaler-of-another-kind-or-namespace',
      text: `${workload('web', '  replicas: 3\n')}---\n${hpa('web', 'StatefulSet')}`,
      files: { 'hpa.yaml': hpa('web').replace('name: web\nspec', 'name: web\n  namespace: other\nspec') },
    },
  ],
  fix: [
    {
      name: 'fix-removes-replicas',
      text: `${workload('web', '  replicas: 3\n')}---\n${hpa('web')}`,
      output: `${workload('web', '')}---\n${hpa('web')}`,
    },
  ],
});
