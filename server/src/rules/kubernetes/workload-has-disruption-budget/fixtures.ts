import { defineFixtures } from '../../fixtures';
import { autoscaler, budget, workload } from '../cross-file-fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-replicated-deployment-without-budget',
      text: workload('web', 3).replace('name: web\nspec', 'name: ⟦web⟧\nspec'),
    },
    {
      name: 'fire-autoscaled-statefulset-and-budget-for-other-pods',
      text: workload('db', undefined, 'StatefulSet').replace('name: db\nspec', 'name: ⟦db⟧\nspec'),
      files: { 'hpa.yaml': autoscaler('db', 1, 3, 'StatefulSet'), 'pdb.yaml': budget('cache', 'maxUnavailable: 1') },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-single-replica-daemonset-or-job',
      text: `${workload('web', 1)}---\n${workload('agent', undefined, 'DaemonSet')}---\n${workload('api')}`,
    },
    {
      name: 'dont-fire-budget-in-another-file',
      text: workload('web', 3),
      files: { 'pdb.yaml': budget('web', 'maxUnavailable: 1') },
    },
    {
      name: 'dont-fire-budget-selecting-by-expression',
      text: `${workload('web', 3)}---\n${budget('all-web', 'minAvailable: 1').replace('matchLabels:\n      app: all-web', 'matchExpressions:\n      - { key: app, operator: In, values: [web, api] }')}`,
    },
  ],
  fix: [
    {
      name: 'fix-appends-a-budget',
      text: workload('web', 3, 'Deployment', 'shop'),
      output: `${workload('web', 3, 'Deployment', 'shop')}---\n${budget('web', 'maxUnavailable: 1\n  unhealthyPodEvictionPolicy: AlwaysAllow', 'web', 'shop')}`,
    },
  ],
});
