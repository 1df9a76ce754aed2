import { defineFixtures } from '../../fixtures';

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
  ],
  dontFire: [
    {
      name: 'dont-fire-checks-from-image-or-file',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    depends_on:
      db:
        condition: service_healthy
      cache:
        condition: service_healthy
      search:
        condition: service_healthy
  db:
    image: postgres:16.4
  cache:
    image: redis:7.4.1
    healthcheck:
      interval: 10s
  search:
    image: opensearchproject/opensearch:2.17.1
    healthcheck:
      test: curl -fs http://localhost:9200/
`,
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
