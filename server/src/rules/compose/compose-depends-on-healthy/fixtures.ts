import { defineFixtures } from '../../fixtures';

const SERVICES = `  db:
    image: postgres:16.4
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
  cache:
    image: redis:7.4
`;

export default defineFixtures({
  fire: [
    {
      name: 'fire-short-list',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
      - ⟦db⟧
      - cache
${SERVICES}`,
    },
    {
      name: 'fire-flow-list-and-long-form',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on: [cache, ⟦"db"⟧]
  worker:
    image: shop/worker:1.0
    depends_on:
      db:
        condition: ⟦service_started⟧
      cache:
        condition: service_started
  admin:
    image: shop/admin:1.0
    depends_on:
      ⟦db⟧: {}
${SERVICES}`,
    },
    {
      name: 'fire-healthcheck-from-anchor-list-from-anchor',
      text: `x-check: &check
  healthcheck:
    test: curl -f http://localhost/
x-deps: &deps
  depends_on: [api]
services:
  api:
    <<: *check
    image: shop/api:1.0
  ⟦web⟧:
    <<: *deps
    image: shop/web:1.0
`,
    },
    {
      name: 'fire-healthcheck-from-the-built-image',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
      - ⟦api⟧
      - plain
  api:
    build: ./api
    healthcheck:
      interval: 5s
  plain:
    build: ./plain
`,
      files: {
        'api/Dockerfile': 'FROM python:3.12-slim\nHEALTHCHECK CMD python -c "print(1)"\nCMD ["python", "app.py"]\n',
        'plain/Dockerfile': 'FROM python:3.12-slim\nCMD ["python", "app.py"]\n',
      },
    },
    {
      name: 'fire-healthcheck-from-the-override',
      text: 'services:\n  web:\n    image: shop/web:1.0\n    depends_on:\n      - ⟦cache⟧\n  cache:\n    image: redis:7.4\n',
      files: {
        'compose.override.yaml': 'services:\n  cache:\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n',
      },
    },
    {
      name: 'fire-healthcheck-of-an-included-or-extended-service',
      text: `include:
  - db/compose.yaml
services:
  web:
    image: shop/web:1.0
    depends_on:
      - ⟦db⟧
      - ⟦queue⟧
  queue:
    extends:
      file: common.yml
      service: queue
`,
      files: {
        'db/compose.yaml':
          'services:\n  db:\n    image: postgres:16.4\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n',
        'common.yml': 'services:\n  queue:\n    build: ./queue\n',
        'queue/Dockerfile': 'FROM python:3.12-slim\nHEALTHCHECK CMD python -c "print(1)"\nCMD ["python", "queue.py"]\n',
      },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-condition-a-later-file-of-the-list-gives',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      - api
  api:
    image: registry.example.com/shop/api:1.4.2
`,
      files: {
        '.env': 'COMPOSE_FILE=compose.yaml:compose.health.yml\n',
        'compose.health.yml':
          'services:\n  web:\n    depends_on:\n      api:\n        condition: service_healthy\n  api:\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost:8080/healthz"]\n',
      },
    },
    {
      name: 'dont-fire-image-check-turned-off-or-unread',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on: [api, other]
  api:
    build: ./api
    healthcheck:
      disable: true
  other:
    build: ./other
`,
      files: {
        'api/Dockerfile': 'FROM python:3.12-slim\nHEALTHCHECK CMD python -c "print(1)"\nCMD ["python", "app.py"]\n',
      },
    },
    {
      name: 'dont-fire-healthy-or-no-healthcheck',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
      db:
        condition: service_healthy
      cache:
        condition: service_started
  worker:
    image: shop/worker:1.0
    depends_on:
      - cache
      - off
  off:
    image: shop/off:1.0
    healthcheck:
      disable: true
  tuned:
    image: shop/tuned:1.0
    healthcheck:
      interval: 5s
  late:
    image: shop/late:1.0
    depends_on: [tuned]
${SERVICES}`,
    },
    {
      name: 'dont-fire-started-from-shared-anchor',
      text: `x-started: &started
  condition: service_started
services:
  web:
    image: shop/web:1.0
    depends_on:
      db:
        <<: *started
${SERVICES}`,
    },
    {
      name: 'dont-fire-completed-condition',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
      db:
        condition: service_completed_successfully
${SERVICES}`,
    },
  ],
  fix: [
    {
      name: 'fix-rewrites-short-list',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
      - db
      - cache
    ports:
      - "127.0.0.1:80:80"
${SERVICES}`,
      output: `services:
  web:
    image: shop/web:1.0
    depends_on:
      db:
        condition: service_healthy
      cache:
        condition: service_started
    ports:
      - "127.0.0.1:80:80"
${SERVICES}`,
    },
    {
      name: 'fix-two-healthy-dependencies-once',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
      - db
      - api
  api:
    image: shop/api:1.0
    healthcheck:
      test: ["CMD", "true"]
${SERVICES}`,
      output: `services:
  web:
    image: shop/web:1.0
    depends_on:
      db:
        condition: service_healthy
      api:
        condition: service_healthy
  api:
    image: shop/api:1.0
    healthcheck:
      test: ["CMD", "true"]
${SERVICES}`,
    },
    {
      name: 'fix-list-at-key-indentation',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
    - db
${SERVICES}`,
      output: `services:
  web:
    image: shop/web:1.0
    depends_on:
      db:
        condition: service_healthy
${SERVICES}`,
    },
    {
      name: 'fix-long-form-condition',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
      db:
        condition: service_started # wait
        restart: true
${SERVICES}`,
      output: `services:
  web:
    image: shop/web:1.0
    depends_on:
      db:
        condition: service_healthy # wait
        restart: true
${SERVICES}`,
    },
  ],
});
