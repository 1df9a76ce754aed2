import { defineFixtures } from '../../fixtures';

/** A service waiting for the health of a database that has a check, which another file of the project may turn off. */
const WAITS_FOR_CHECKED_DB = `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: ⟦service_healthy⟧
  db:
    image: postgres:16.4
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
`;

export default defineFixtures({
  fire: [
    {
      name: 'fire-disabled-and-none',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: ⟦service_healthy⟧
      cache:
        condition: ⟦"service_healthy"⟧
        restart: true
  db:
    image: postgres:16.4
    healthcheck:
      disable: true
  cache:
    image: redis:7.4.1
    healthcheck:
      test: ["NONE"]
`,
    },
    {
      name: 'fire-flow-style-and-anchors',
      text: `x-no-check: &no-check
  healthcheck:
    disable: true
x-healthy: &healthy
  condition: service_healthy
services:
  worker:
    image: registry.example.com/shop/worker:1.4.2
    depends_on: { queue: { condition: ⟦service_healthy⟧ } }
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      ⟦queue⟧: *healthy
  queue:
    <<: *no-check
    image: rabbitmq:3.13.7
`,
    },
    {
      name: 'fire-official-images-without-a-check',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: ⟦service_healthy⟧
      cache:
        condition: ⟦service_healthy⟧
  db:
    image: postgres:16.4
  cache:
    image: docker.io/library/redis:7.4.1
    healthcheck:
      interval: 10s
`,
    },
    {
      name: 'fire-built-and-linked-images-without-a-check',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      api:
        condition: ⟦service_healthy⟧
      worker:
        condition: ⟦service_healthy⟧
      tool:
        condition: ⟦service_healthy⟧
  api:
    build: ./api
  worker:
    build:
      context: .
      dockerfile: worker.Dockerfile
  tool:
    image: registry.example.com/shop/tool:2.0.0
`,
      files: {
        'api/Dockerfile': 'FROM node:22.11-alpine AS build\nRUN npm ci\nFROM build\nCMD ["node", "server.js"]\n',
        'worker.Dockerfile': 'FROM registry.example.com/shop/base:1\nHEALTHCHECK NONE\nCMD ["/worker"]\n',
        '.cntutor.yaml': 'images:\n  registry.example.com/shop/tool: tool/Dockerfile\n',
        'tool/Dockerfile': 'FROM scratch\nCOPY tool /tool\nCMD ["/tool"]\n',
      },
    },
    {
      name: 'fire-in-an-override-judged-with-its-base',
      uri: 'file:///fixture/compose.override.yaml',
      text: `services:
  web:
    depends_on:
      db:
        condition: ⟦service_healthy⟧
`,
      files: {
        'compose.yaml':
          'services:\n  web:\n    image: registry.example.com/shop/web:1.4.2\n  db:\n    image: postgres:16.4\n',
      },
    },
    {
      name: 'fire-check-turned-off-by-the-override',
      text: WAITS_FOR_CHECKED_DB,
      files: { 'compose.override.yaml': 'services:\n  db:\n    healthcheck:\n      disable: true\n' },
    },
    {
      name: 'fire-check-turned-off-by-a-later-file-of-the-folder-list',
      text: WAITS_FOR_CHECKED_DB,
      files: {
        '.env': 'COMPOSE_FILE=compose.yaml:compose.ci.yml\n',
        'compose.ci.yml': 'services:\n  db:\n    healthcheck:\n      disable: true\n',
      },
    },
    {
      name: 'fire-build-of-a-listed-file-in-another-folder-read-from-the-first-file-folder',
      uri: 'file:///fixture/deploy/api.yml',
      text: 'services:\n  web:\n    depends_on:\n      api:\n        condition: ⟦service_healthy⟧\n  api:\n    build: .\n',
      files: {
        '.env': 'COMPOSE_FILE=compose.yaml:deploy/api.yml\n',
        'compose.yaml': 'services:\n  web:\n    image: registry.example.com/shop/web:1.4.2\n',
        Dockerfile: 'FROM registry.example.com/shop/base:1\nHEALTHCHECK NONE\nCMD ["/api"]\n',
      },
    },
    {
      name: 'fire-included-and-extended-services-without-a-check',
      text: `include:
  - path: [db/compose.yaml, db/compose.ci.yaml]
services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: ⟦service_healthy⟧
      worker:
        condition: ⟦service_healthy⟧
  worker:
    extends:
      file: shared/services.yaml
      service: worker
`,
      files: {
        'db/compose.yaml':
          'services:\n  db:\n    image: postgres:16.4\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n',
        'db/compose.ci.yaml': 'services:\n  db:\n    healthcheck:\n      disable: true\n',
        'shared/services.yaml': 'services:\n  worker:\n    build: ./worker\n',
        'shared/worker/Dockerfile': 'FROM registry.example.com/shop/base:1\nHEALTHCHECK NONE\nCMD ["/worker"]\n',
      },
    },
    {
      name: 'fire-included-service-built-from-the-include-project-directory',
      text: `include:
  - path: bricks/core.yml
    project_directory: .
services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      api:
        condition: ⟦service_healthy⟧
`,
      files: {
        'bricks/core.yml':
          'services:\n  api:\n    build:\n      context: .\n      dockerfile: packages/api/Dockerfile\n',
        'packages/api/Dockerfile': 'FROM registry.example.com/shop/base:1\nHEALTHCHECK NONE\nCMD ["/api"]\n',
      },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-checks-of-included-and-extended-services',
      text: `include:
  - db/compose.yaml
services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: service_healthy
      worker:
        condition: service_healthy
  worker:
    extends: { file: shared/services.yaml, service: worker }
`,
      files: {
        'db/compose.yaml':
          'services:\n  db:\n    image: postgres:16.4\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n',
        'shared/services.yaml': 'services:\n  worker:\n    build: ./worker\n',
        'shared/worker/Dockerfile':
          'FROM registry.example.com/shop/base:1\nHEALTHCHECK CMD ["/worker", "health"]\nCMD ["/worker"]\n',
      },
    },
    {
      name: 'dont-fire-check-given-by-an-earlier-file-of-the-folder-list',
      uri: 'file:///fixture/ops/prod.yml',
      text: 'services:\n  web:\n    depends_on:\n      db:\n        condition: service_healthy\n',
      files: {
        '.env': 'COMPOSE_FILE=compose.yaml:ops/checks.yml:ops/prod.yml\n',
        'compose.yaml':
          'services:\n  web:\n    image: registry.example.com/shop/web:1.4.2\n  db:\n    image: postgres:16.4\n',
        'ops/checks.yml': 'services:\n  db:\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready"]\n',
      },
    },
    {
      name: 'dont-fire-check-given-by-the-override',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:16.4
    healthcheck:
      disable: true
`,
      files: {
        'compose.override.yml':
          'services:\n  db:\n    healthcheck:\n      disable: false\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n',
        // Compose reads one override: the first of its names there is.
        'docker-compose.override.yml': 'services:\n  db:\n    healthcheck:\n      disable: true\n',
      },
    },
    {
      name: 'dont-fire-checks-from-image-or-file',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: service_healthy
      api:
        condition: service_healthy
      search:
        condition: service_healthy
      queue:
        condition: service_healthy
      base:
        condition: service_healthy
      elsewhere:
        condition: service_healthy
  db:
    image: postgres:16.4
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
  api:
    build: ./api
  search:
    image: opensearchproject/opensearch:2.17.1
  queue:
    image: \${QUEUE_IMAGE:-rabbitmq:3.13.7}
  base:
    build: ./base
  elsewhere:
    image: shop-base
`,
      files: {
        'api/Dockerfile': 'FROM python:3.12-slim\nHEALTHCHECK CMD python -c "print(1)"\nCMD ["python", "app.py"]\n',
        'base/Dockerfile': 'FROM ghcr.io/acme/base:1.2\nCMD ["/app"]\n',
      },
    },
    {
      name: 'dont-fire-missing-checks-in-an-override-or-a-built-target',
      uri: 'file:///fixture/compose.override.yaml',
      text: `services:
  web:
    depends_on:
      db:
        condition: service_healthy
      api:
        condition: service_healthy
  db:
    image: postgres:16.4
  api:
    build:
      context: ./api
      target: runtime
`,
      files: { 'api/Dockerfile': 'FROM python:3.12-slim AS runtime\nCMD ["python", "app.py"]\nFROM runtime\n' },
    },
    {
      name: 'dont-fire-other-conditions-and-optional',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: service_started
      migrate:
        condition: service_completed_successfully
      metrics:
        condition: service_healthy
        required: false
  admin:
    image: registry.example.com/shop/admin:1.0.0
    depends_on: [db]
  db:
    image: postgres:16.4
    healthcheck:
      disable: true
  migrate:
    image: registry.example.com/shop/web:1.4.2
    healthcheck:
      disable: true
  metrics:
    image: prom/statsd-exporter:v0.27.2
    healthcheck:
      test: ["NONE"]
`,
    },
  ],
  fix: [
    {
      name: 'fix-waits-for-start-only',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: service_healthy # wait for postgres
      cache: { condition: "service_healthy" }
  db:
    image: postgres:16.4
    healthcheck:
      disable: true
  cache:
    image: redis:7.4.1
    healthcheck: { test: [NONE] }
`,
      output: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: service_started # wait for postgres
      cache: { condition: service_started }
  db:
    image: postgres:16.4
    healthcheck:
      disable: true
  cache:
    image: redis:7.4.1
    healthcheck: { test: [NONE] }
`,
    },
  ],
});
