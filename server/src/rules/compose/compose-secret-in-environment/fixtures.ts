import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-on-secrets-in-an-env-file-git-keeps',
      text: `services:
  web:
    image: shop/web:1.0
    env_file:
      - ⟦./web.env⟧
      - ./logging.env
      - path: ⟦./local.env⟧
        required: false
  worker:
    image: shop/worker:1.0
    env_file: ⟦worker.env⟧
`,
      files: {
        'web.env': '# web\nLOG_LEVEL=info\nAPI_TOKEN=3f9c1d7ab2e84c55\n',
        'logging.env': 'LOG_FORMAT=json\nLOG_PASSWORD_FIELD=redacted\n',
        'worker.env': 'export DB_PASSWORD="s3cr3t-Pa55"\n',
        'local.env': 'SMTP_PASSWORD=m4il-Pa55\n',
      },
    },
    {
      name: 'fire-on-a-secret-the-env-file-of-the-project-fills-in',
      text: `services:
  db:
    image: postgres:16.4
    environment:
      POSTGRES_PASSWORD: ⟦\${DB_PASSWORD}⟧
      POSTGRES_USER: \${DB_USER:-shop}
`,
      files: { '.env': 'DB_USER=shop\nDB_PASSWORD=hunter2hunter2\n' },
    },
    {
      name: 'fire-on-a-name-alone-the-env-file-of-the-project-sets',
      text: `services:
  api:
    image: registry.example.com/api:2.3.1
    environment:
      - ⟦API_TOKEN⟧
      - LOG_LEVEL
  db:
    image: postgres:16.4
    environment:
      ⟦POSTGRES_PASSWORD⟧:
      POSTGRES_USER:
`,
      files: { '.env': 'API_TOKEN=3f9c1d7ab2e84c55\nPOSTGRES_PASSWORD=hunter2hunter2\nPOSTGRES_USER=shop\n' },
    },
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
      name: 'quiet-on-env-files-git-ignores-and-variables-without-values',
      text: `services:
  web:
    image: shop/web:1.0
    env_file: ./web.env
    environment:
      API_TOKEN: \${API_TOKEN}
      DB_PASSWORD: \${DB_PASSWORD:?set it in .env}
      SESSION_SECRET:
`,
      files: {
        'web.env': 'API_TOKEN=3f9c1d7ab2e84c55\n',
        '.env': 'DB_PASSWORD=hunter2hunter2\nSESSION_SECRET=9c1d7ab2e84c553f\n',
        '.gitignore': '*.env\n.env\n',
      },
    },
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
