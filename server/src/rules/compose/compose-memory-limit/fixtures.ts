import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-long-running-services-without-limit',
      text: `services:
  ⟦web⟧:
    image: registry.example.com/shop/web:1.4.2
    deploy:
      resources:
        limits:
          cpus: "0.5"
        reservations:
          memory: 256M
  ⟦db⟧: { image: "postgres:16.4", mem_reservation: 512m }
  cache:
    image: redis:7.4.1
    mem_limit: 256m
`,
    },
    {
      name: 'fire-anchor-without-limit-and-local-extends',
      uri: 'file:///fixture/docker-compose.prod.yml',
      text: `x-app: &app
  image: registry.example.com/shop/app:1.4.2
  restart: unless-stopped
services:
  ⟦api⟧:
    <<: *app
  ⟦base⟧:
    image: registry.example.com/shop/app:1.4.2
  ⟦worker⟧:
    extends: base
    command: ["worker"]
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-limits-in-both-forms',
      text: `x-limits: &limits
  deploy:
    resources:
      limits:
        memory: 512M
services:
  web:
    image: registry.example.com/shop/web:1.4.2
    mem_limit: \${WEB_MEMORY:-512m}
  api:
    <<: *limits
    image: registry.example.com/shop/api:2.3.1
  base:
    image: registry.example.com/shop/app:1.4.2
    mem_limit: 1g
  worker:
    extends: base
  importer:
    extends:
      file: common.yml
      service: importer
`,
    },
    {
      name: 'dont-fire-one-off-services',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
    mem_limit: 512m
    depends_on:
      migrate:
        condition: service_completed_successfully
  migrate:
    image: registry.example.com/shop/web:1.4.2
    command: ["migrate"]
  adminer:
    image: adminer:4.8.1
    profiles: [tools]
  reindex:
    image: registry.example.com/shop/web:1.4.2
    deploy:
      mode: replicated-job
  legacy:
    image: registry.example.com/shop/legacy:0.9.0
    scale: 0
  sysctl-init:
    image: alpine:3.20.3
    restart: "no"
    command: ["sysctl", "-w", "net.core.somaxconn=4096"]
`,
    },
    {
      name: 'dont-fire-override-file',
      uri: 'file:///fixture/docker-compose.override.yml',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
`,
    },
    {
      name: 'dont-fire-development-variant',
      uri: 'file:///fixture/docker-compose.dev.yml',
      text: `services:
  web:
    image: registry.example.com/shop/web:1.4.2
`,
    },
  ],
});
