import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-service-without-restart',
      text: `services:
  ⟦web⟧:
    image: nginx:1.27.2
  db:
    image: postgres:16.4
    restart: unless-stopped
`,
    },
    {
      name: 'fire-standalone-variant-file',
      uri: 'file:///fixture/docker-compose.prod.yml',
      text: `services:
  ⟦api⟧:
    build: .
  ⟦cache⟧:
    image: redis:7.4
`,
    },
    {
      name: 'fire-extends-a-service-without-restart',
      text: `services:
  ⟦worker⟧:
    extends:
      service: plain
  ⟦plain⟧:
    image: shop/app:1.0
`,
    },
    {
      name: 'fire-service-only-a-later-file-of-the-folder-list-defines',
      uri: 'file:///fixture/deploy/prod.yml',
      text: `x-app: &app
  image: shop/app:1.0
services:
  scheduler:
    <<: *app
  ⟦reports⟧:
    <<: *app
`,
      files: {
        '.env': 'COMPOSE_FILE=compose.yaml;deploy/prod.yml\nCOMPOSE_PATH_SEPARATOR=;\n',
        'compose.yaml': 'services:\n  scheduler:\n    image: shop/app:1.0\n    restart: unless-stopped\n',
      },
    },
    {
      name: 'fire-flow-style-service',
      text: `services:
  ⟦web⟧: { image: "nginx:1.27.2" }
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-restart-set',
      text: `x-defaults: &defaults
  restart: always
services:
  web:
    image: nginx:1.27.2
    restart: on-failure:3
  worker:
    <<: *defaults
    image: shop/worker:1.0
  swarm:
    image: shop/api:1.0
    deploy:
      restart_policy:
        condition: on-failure
  task:
    image: shop/task:1.0
    restart: "no"
  child:
    extends: web
`,
    },
    {
      name: 'dont-fire-one-off-services',
      text: `services:
  app:
    image: shop/app:1.0
    restart: unless-stopped
    depends_on:
      migrate:
        condition: service_completed_successfully
  migrate:
    image: shop/app:1.0
    command: ["migrate"]
  cli:
    image: shop/cli:1.0
    profiles: ["tools"]
  seed:
    image: shop/seed:1.0
    deploy:
      mode: replicated-job
  spare:
    image: shop/app:1.0
    scale: 0
`,
    },
    {
      name: 'dont-fire-restart-set-by-another-file-of-the-project',
      text: `services:
  web:
    image: nginx:1.27.2
`,
      files: { 'compose.override.yaml': 'services:\n  web:\n    restart: unless-stopped\n' },
    },
    {
      name: 'dont-fire-override-file',
      uri: 'file:///fixture/docker-compose.override.yml',
      text: `services:
  web:
    image: nginx:1.27.2
    ports:
      - "127.0.0.1:8080:80"
`,
    },
    {
      name: 'dont-fire-partial-variant-file',
      uri: 'file:///fixture/compose.prod.yaml',
      text: `services:
  web:
    environment:
      LOG_LEVEL: warn
  cache:
    image: redis:7.4
`,
    },
    {
      name: 'dont-fire-swarm-stack',
      text: `services:
  agent:
    image: portainer/agent:2.21.0
    deploy:
      mode: global
  web:
    image: nginx:1.27.2
networks:
  agent:
    driver: overlay
`,
    },
    {
      name: 'dont-fire-test-stack',
      uri: 'file:///fixture/docker-compose.test.yml',
      text: `services:
  app:
    build: .
  db:
    image: postgres:16.4
`,
    },
    {
      name: 'dont-fire-extends-another-file',
      text: `services:
  web:
    extends:
      file: common.yaml
      service: web
`,
    },
  ],
  fix: [
    {
      name: 'fix-adds-restart-after-last-key',
      text: `services:
  web:
    image: nginx:1.27.2
    ports:
      - "127.0.0.1:8080:80" # public
  db:
    image: postgres:16.4
    restart: always
`,
      output: `services:
  web:
    image: nginx:1.27.2
    ports:
      - "127.0.0.1:8080:80" # public
    restart: unless-stopped
  db:
    image: postgres:16.4
    restart: always
`,
    },
  ],
});
