import { defineFixtures } from '../../fixtures';
import { budget, workload } from '../cross-file-fixtures';

/** A budget and a workload whose pods also carry `tier: front`. */
const TIERED = budget('web', 'maxUnavailable: 1').replace('      app: web\n', '      tier: front\n      app: web\n');
const FRONT = workload('web', 3).replace('        app: web\n', '        app: web\n        tier: front\n');

export default defineFixtures({
  fire: [
    {
      name: 'fire-typo-in-selector',
      text: `${budget('web', 'maxUnavailable: 1', 'wbe').replace('  selector:', '  ⟦selector⟧:')}---\n${workload('web', 3)}`,
    },
    {
      name: 'fire-pods-in-another-file-carry-other-labels',
      text: budget('checkout', 'minAvailable: 1').replace('  selector:', '  ⟦selector⟧:'),
      files: { 'web.yaml': workload('web', 3) },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-matching-pods-here-or-elsewhere',
      text: `${budget('web', 'maxUnavailable: 1')}---\n${workload('web', 3)}---\n${budget('api', 'maxUnavailable: 1')}`,
      files: { 'api.yaml': workload('api', 2) },
    },
    {
      name: 'dont-fire-empty-selector-or-no-workload-in-the-namespace',
      text: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: everything
spec:
  maxUnavailable: 1
  selector: {}
---
${budget('web', 'maxUnavailable: 1', 'web', 'shop')}`,
      files: { 'api.yaml': workload('api', 2, 'Deployment', 'billing') },
    },
    {
      name: 'dont-fire-selecting-a-statefulset-pod-by-name',
      text: `${budget('db-0', 'maxUnavailable: 0').replace('app: db-0', 'statefulset.kubernetes.io/pod-name: db-0')}---\n${workload('db', 3, 'StatefulSet')}`,
    },
  ],
  fix: [
    {
      name: 'fix-typo-in-selector',
      text: `${budget('web', 'maxUnavailable: 1', 'wbe')}---\n${workload('web', 3)}`,
      output: `${budget('web', 'maxUnavailable: 1', 'web')}---\n${workload('web', 3)}`,
    },
    {
      // Only the misspelt value changes: the budget keeps guarding the pods it was written for.
      name: 'fix-only-the-misspelt-label',
      text: `${TIERED.replace('app: web', 'app: wbe')}---\n${FRONT}`,
      output: `${TIERED}---\n${FRONT}`,
    },
    {
      // `api-gateway` holds `api` but is another workload, whose evictions the fix would block.
      name: 'no-fix-to-a-name-that-holds-the-value',
      text: `${budget('api', 'maxUnavailable: 1')}---\n${workload('api-gateway', 3)}`,
      output: `${budget('api', 'maxUnavailable: 1')}---\n${workload('api-gateway', 3)}`,
    },
    {
      name: 'no-fix-across-unknown-namespaces',
      text: `${budget('web', 'maxUnavailable: 1', 'wbe', 'shop')}---\n${workload('web', 3)}`,
      output: `${budget('web', 'maxUnavailable: 1', 'wbe', 'shop')}---\n${workload('web', 3)}`,
    },
  ],
});
