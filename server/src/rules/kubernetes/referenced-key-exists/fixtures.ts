import { defineFixtures } from '../../fixtures';
import { deploymentWith } from '../cross-file-fixtures';

const config =
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  LOG_LEVEL: info\n  MODE: production\n';
const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  token: s3cr3t\n';
const reading = (configKey: string, secretKey: string, optional = ''): string =>
  deploymentWith(
    'web',
    `          env:
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef:
                  name: settings
                  key: ${configKey}
            - name: TOKEN
              valueFrom:
                secretKeyRef: { name: api, key: ${secretKey}${optional} }
`,
  );

export default defineFixtures({
  fire: [
    {
      name: 'fire-keys-the-objects-lack',
      text: `${reading('⟦LOGLEVEL⟧', '⟦password⟧')}---\n${config}`,
      files: { 'secret.yaml': secret },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-present-optional-or-unknown',
      text: `${reading('MODE', 'password', ', optional: true')}---\n${config}`,
      files: { 'secret.yaml': secret },
    },
    {
      name: 'dont-fire-object-not-in-the-workspace-or-without-data',
      text: `${reading('LOG_LEVEL', 'token')}---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\n`,
    },
  ],
  fix: [
    {
      name: 'fix-near-key',
      text: `${reading('LOGLEVEL', 'token')}---\n${config}---\n${secret}`,
      output: `${reading('LOG_LEVEL', 'token')}---\n${config}---\n${secret}`,
    },
    {
      // admin-token is another credential: named in the message, never swapped in.
      name: 'fix-none-for-a-longer-key',
      text: `${reading('LOG_LEVEL', 'token')}---\n${config}---\n${secret.replace('token:', 'admin-token:')}`,
      output: `${reading('LOG_LEVEL', 'token')}---\n${config}---\n${secret.replace('token:', 'admin-token:')}`,
    },
  ],
});
