import { defineFixtures } from '../../fixtures';
import { networkPolicy, workload } from '../cross-file-fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-no-policy-selects-the-pods',
      text: `${workload('web', 2).replace('name: web\nspec', 'name: ⟦web⟧\nspec')}---\n${networkPolicy('api', '{ matchLabels: { app: api } }')}`,
    },
    {
      name: 'fire-policy-of-another-namespace',
      text: workload('web', 2, 'Deployment', 'shop').replace('name: web\n', 'name: ⟦web⟧\n'),
      files: { 'policy.yaml': networkPolicy('web', '{ matchLabels: { app: web } }', '', 'other') },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-policy-in-another-file-or-default-deny',
      text: `${workload('web', 2)}---\n${workload('api', 1, 'Deployment', 'billing')}`,
      files: {
        'web-policy.yaml': networkPolicy('web', '{ matchLabels: { app: web } }'),
        'deny.yaml': networkPolicy('deny-all', '{}', '', 'billing'),
      },
    },
    {
      name: 'dont-fire-host-network-pod',
      text: workload('node-agent', undefined, 'DaemonSet').replace(
        '    spec:\n',
        '    spec:\n      hostNetwork: true\n',
      ),
    },
  ],
});
