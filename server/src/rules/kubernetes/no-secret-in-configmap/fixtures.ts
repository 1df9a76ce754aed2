import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-credentials-in-configmap',
      text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web
data:
  LOG_LEVEL: info
  ⟦DB_PASSWORD⟧: hunter2
  ⟦MYSQL_ROOT_PASSWORD⟧: "123456"
  ⟦tls.key⟧: |
    -----BEGIN RSA PRIVATE KEY-----
    MIIEowIBAAKCAQEA...
    -----END RSA PRIVATE KEY-----
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-settings-and-public-material',
      text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: web
data:
  PASSWORD_MIN_LENGTH: "12"
  MAX_TOKEN: "4096"
  DB_PASSWORD_FILE: /run/secrets/db/password
  SECRET_NAME: web-tls
  ADMIN_PASSWORD: ""
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    MIIDdzCCAl+gAwIBAgIE...
    -----END CERTIFICATE-----
  app.properties: |
    db.password=\${DB_PASSWORD}
`,
    },
  ],
});
