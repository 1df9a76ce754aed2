import { defineFixtures } from '../../fixtures';
import { autoscaler, budget, workload } from '../cross-file-fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-min-available-equal-to-hpa-min-replicas',
      text: `${budget('web', 'minAvailable: ⟦2⟧')}---\n${workload('web')}---\n${autoscaler('web', 2, 6)}`,
    },
    {
      name: 'fire-percentage-of-a-single-replica-in-another-file',
      text: budget('api', 'minAvailable: ⟦"50%"⟧'),
      files: { 'api.yaml': workload('api') },
    },
    {
      name: 'fire-min-available-above-replicas',
      text: `${budget('db', 'minAvailable: ⟦3⟧')}---\n${workload('db', 3, 'StatefulSet')}`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-room-to-evict',
      text: `${budget('web', 'minAvailable: 1')}---\n${workload('web')}---\n${autoscaler('web', 2, 6)}---\n${budget('db', 'minAvailable: "50%"')}---\n${workload('db', 3, 'StatefulSet')}`,
    },
    {
      name: 'dont-fire-max-unavailable-daemonset-or-other-namespace',
      text: `${budget('web', 'maxUnavailable: 1')}---\n${workload('web', 1)}---\n${budget('agent', 'minAvailable: 1')}---\n${workload('agent', undefined, 'DaemonSet')}---\n${budget('api', 'minAvailable: 1', 'api', 'shop')}`,
      files: { 'api.yaml': workload('api', 1, 'Deployment', 'billing') },
    },
  ],
  fix: [
    {
      name: 'fix-to-max-unavailable',
      text: `${budget('web', 'minAvailable: 2')}---\n${workload('web')}---\n${autoscaler('web', 2, 6)}`,
      output: `${budget('web', 'maxUnavailable: 1')}---\n${workload('web')}---\n${autoscaler('web', 2, 6)}`,
    },
  ],
});
