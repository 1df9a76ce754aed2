import { defineFixtures } from '../../fixtures';
import { networkPolicy, workload } from '../cross-file-fixtures';

const FROM_API = '  ingress:\n    - from:\n        - podSelector:\n            matchLabels: { app: api }\n';
/** A workload whose pods also carry `tier: front`. */
const FRONT = workload('web', 2).replace('        app: web\n', '        app: web\n        tier: front\n');
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
    {
      // Only the misspelt value changes; a label the selector also asks for stays.
      name: 'fix-only-the-misspelt-label',
      text: `${networkPolicy('web', '\n    matchLabels:\n      tier: front\n      app: wbe')}---\n${FRONT}`,
      output: `${networkPolicy('web', '\n    matchLabels:\n      tier: front\n      app: web')}---\n${FRONT}`,
    },
    {
      // `web-frontend` holds `web` but is no misspelling of it: the message names it, nothing is rewritten.
      name: 'no-fix-to-a-name-that-holds-the-value',
      text: `${networkPolicy('web', '{ matchLabels: { app: web, access: public } }')}---\n${workload('web-frontend', 2)}`,
      output: `${networkPolicy('web', '{ matchLabels: { app: web, access: public } }')}---\n${workload('web-frontend', 2)}`,
    },
    {
      // A misspelling whose fix would still leave `access: public` unmatched settles nothing.
      name: 'no-fix-when-other-labels-still-differ',
      text: `${networkPolicy('web', '{ matchLabels: { app: wbe, access: public } }')}---\n${workload('web', 2)}`,
      output: `${networkPolicy('web', '{ matchLabels: { app: wbe, access: public } }')}---\n${workload('web', 2)}`,
    },
    {
      // The workload's namespace is whatever it is applied to, not known to be the policy's.
      name: 'no-fix-across-unknown-namespaces',
      text: `${networkPolicy('web', '\n    matchLabels:\n      app: wbe', '', 'api')}---\n${workload('web', 2)}`,
      output: `${networkPolicy('web', '\n    matchLabels:\n      app: wbe', '', 'api')}---\n${workload('web', 2)}`,
    },
  ],
});
