import { defineFixtures } from '../../fixtures';
import { networkPolicy, workload } from '../cross-file-fixtures';

const FROM_API = '  ingress:\n    - from:\n        - podSelector:\n            matchLabels: { app: api }\n';
const FROM_OTHER_NAMESPACE =
  '  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels: { team: edge }\n          podSelector:\n            matchLabels: { app: gateway }\n';

export default defineFixtures({
  fire: [
    {
      name: 'fire-typo-in-pod-selector',
      text: `${networkPolicy('web', '\n    matchLabels:\n      app: wbe').replace('  podSelector:', '  ⟦podSelector⟧:')}---\n${workload('web', 2)}`,
    },
    {
      name: 'fire-peer-selects-no-pod',
      text: `${networkPolicy('web', '\n    matchLabels:\n      app: web', FROM_API.replace('        - podSelector', '        - ⟦podSelector⟧'))}`,
      files: { 'web.yaml': workload('web', 2) },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-matching-pods-and-peers',
      text: networkPolicy('web', '\n    matchLabels:\n      app: web', FROM_API),
      files: { 'web.yaml': workload('web', 2), 'api.yaml': workload('api') },
    },
    {
      name: 'dont-fire-empty-selector-other-namespace-peer-or-no-workload',
      text: `${networkPolicy('deny-all', '{}')}---\n${networkPolicy('web', '\n    matchLabels:\n      app: web', FROM_OTHER_NAMESPACE)}---\n${networkPolicy('db', '{ matchLabels: { app: db } }', '', 'data')}`,
      files: { 'web.yaml': workload('web', 2, 'Deployment', 'shop') },
    },
  ],
  fix: [
    {
      name: 'fix-typo-in-pod-selector',
      text: `${networkPolicy('web', '\n    matchLabels:\n      app: wbe')}---\n${workload('web', 2)}`,
      output: `${networkPolicy('web', '\n    matchLabels:\n      app: web')}---\n${workload('web', 2)}`,
    },
  ],
});
