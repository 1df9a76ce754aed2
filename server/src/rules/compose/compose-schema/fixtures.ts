import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-misspelt-keys-and-wrong-types',
      text: `services:
  web:
    image: nginx:1.27.2
    ⟦enviroment⟧:
      DEBUG: "false"
    ports: ⟦8080⟧
    healthcheck:
      test: ["CMD", "true"]
      interval: ⟦10⟧
    depends_on:
      db:
        condition: ⟦service_healty⟧
  db:
    image: postgres:16.4
    ⟦cap_add⟧: [CHOWN, CHOWN]
`,
    },
    {
      name: 'fire-yaml-error-repeated-key',
      text: `services:
  web:
    image: nginx:1.27.2
    ⟦image⟧: nginx:1.27.3
`,
    },
    {
      name: 'fire-bad-service-name-and-top-level-key',
      text: `services:
  ⟦my web⟧:
    image: nginx:1.27.2
⟦volume⟧:
  data: {}
`,
    },
    {
      // Ajv's check of unique list items calls valueOf and toString, which these keys replace.
      name: 'fire-keys-named-like-inherited-methods',
      text: `services:
  web:
    image: nginx:1.27.2
    ports:
      - ⟦valueOf⟧: 80
        target: 8080
      - target: 8081
        ⟦toString⟧: tcp
`,
    },
    {
      name: 'fire-not-a-mapping',
      text: `⟦- web⟧
- db
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-valid-file-with-anchors-variables-and-extensions',
      text: `name: shop
x-defaults: &defaults
  restart: unless-stopped
  logging:
    driver: json-file
x-labelled: &labelled
  labels:
    team: shop
services:
  web:
    <<: *defaults
    <<: *labelled
    image: \${REGISTRY:-docker.io}/shop/web:\${TAG:-1.4.2}
    build:
      context: .
      dockerfile: Dockerfile
      args:
        VERSION: "1.4.2"
    ports:
      - "127.0.0.1:8080:80"
      - target: 443
        published: "8443"
        host_ip: 127.0.0.1
    deploy:
      replicas: \${REPLICAS}
      resources:
        limits:
          memory: 256M
    depends_on:
      - db
    x-note: kept by Compose
  db:
    image: postgres:16.4
    healthcheck:
      test: ["CMD-SHELL", "pg_isready"]
      interval: 10s
      retries: 5
volumes:
  data: {}
`,
    },
    {
      name: 'dont-fire-empty-file',
      text: `# nothing yet
`,
    },
  ],
  fix: [
    {
      name: 'fix-renames-a-misspelt-key-of-build',
      text: `services:
  web:
    image: shop/web:1.4.2
    build:
      context: .
      dockerfil: Dockerfile.web
`,
      output: `services:
  web:
    image: shop/web:1.4.2
    build:
      context: .
      dockerfile: Dockerfile.web
`,
    },
  ],
});
