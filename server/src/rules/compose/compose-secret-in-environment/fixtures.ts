import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-map-form',
      text: `services:
  db:
    image: postgres:16.4
    environment:
      POSTGRES_USER: shop
      POSTGRES_PASSWORD: ⟦s3cr3t-Passw0rd⟧
      MYSQL_ROOT_PASSWORD: ⟦123456⟧
      DJANGO_SECRET_KEY: ⟦"k9#x!2mz@p0q"⟧
`,
    },
    {
      name: 'fire-list-form-and-flow',
      uri: 'file:///fixture/docker-compose.override.yml',
      text: `services:
  api:
    image: registry.example.com/api:2.3.1
    environment:
      - LOG_LEVEL=debug
      - ⟦JWT_SECRET=change-me-please⟧
      - ⟦"API_TOKEN=ghp_0123456789abcdef"⟧
  worker: { image: "registry.example.com/worker:2.3.1", environment: { REDIS_PASSWORD: ⟦pa$$word⟧ } }
`,
    },
    {
      name: 'fire-from-merged-anchor',
      text: `x-env: &env
  environment:
    AWS_SECRET_ACCESS_KEY: wJalrXUtnFEMI/K7MDENG
services:
  ⟦uploader⟧:
    <<: *env
    image: registry.example.com/uploader:1.0.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-secrets-files-and-interpolation',
      text: `services:
  db:
    image: postgres:16.4
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db-password
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set it in .env}
      REDIS_PASSWORD: $REDIS_PASSWORD
      DATABASE_URL: postgres://shop:\${DB_PASSWORD}@db/shop
      MYSQL_RANDOM_ROOT_PASSWORD: "1"
      GRAFANA_TOKEN:
      SMTP_PASSWORD: ""
      PASSWORD_MIN_LENGTH: 12
      TOKEN_TTL_SECONDS: 3600
      CACHE_KEY: products-v2
    secrets:
      - db-password
secrets:
  db-password:
    file: ./db-password.txt
`,
    },
    {
      name: 'dont-fire-list-form-passthrough',
      text: `x-defaults:
  environment:
    API_TOKEN: abcdef123456
services:
  api:
    image: registry.example.com/api:2.3.1
    environment:
      - API_TOKEN
      - SESSION_SECRET=
      - ADMIN_PASSWORD_FILE=/run/secrets/admin-password
      - FEATURE_TOKENS=on
    labels:
      JWT_SECRET: not-an-environment-variable
`,
    },
  ],
});
