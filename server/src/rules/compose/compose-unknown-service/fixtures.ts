import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-depends-on-and-links',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
      - ⟦database⟧
    links:
      - ⟦"cache:redis"⟧
      - db:postgres
  db:
    image: postgres:16.4
`,
    },
    {
      name: 'fire-long-form-volumes-from-network-mode-extends',
      uri: 'file:///fixture/docker-compose.yml',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
      ⟦dbb⟧:
        condition: service_healthy
    volumes_from:
      - ⟦data:ro⟧
      - container:external-data
  sidecar:
    image: shop/sidecar:1.0
    network_mode: ⟦"service:proxy"⟧
  worker:
    extends:
      service: ⟦base⟧
  job:
    extends: ⟦template⟧
`,
    },
    {
      name: 'fire-from-merged-anchor',
      text: `x-deps: &deps
  depends_on: [queue]
services:
  ⟦web⟧:
    <<: *deps
    image: shop/web:1.0
`,
    },
    {
      name: 'fire-in-an-override-judged-with-its-base',
      uri: 'file:///fixture/docker-compose.override.yml',
      text: 'services:\n  web:\n    depends_on: [⟦databse⟧, db]\n',
      files: { 'docker-compose.yml': 'services:\n  web:\n    image: shop/web:1.0\n  db:\n    image: postgres:16.4\n' },
    },
    {
      name: 'fire-in-a-file-of-the-list-the-folder-env-sets',
      uri: 'file:///fixture/ops/prod.yml',
      text: 'services:\n  web:\n    depends_on: [db, ⟦cache⟧]\n',
      files: {
        '.env': 'COMPOSE_FILE=compose.yaml:ops/db.yml:ops/prod.yml\n',
        'compose.yaml': 'services:\n  web:\n    image: shop/web:1.0\n',
        'ops/db.yml': 'services:\n  db:\n    image: postgres:16.4\n',
      },
    },
    {
      name: 'fire-in-a-file-of-a-list-the-configuration-names-in-place-of-the-env-list',
      uri: 'file:///fixture/deploy/prod.yml',
      text: 'services:\n  web:\n    depends_on: [db, ⟦cache⟧]\n',
      files: {
        '.cntutor.yaml': 'composeProjects:\n  - [compose.yaml, deploy/db.yml, deploy/prod.yml]\n',
        '.env': 'COMPOSE_FILE=compose.yaml:deploy/prod.yml:deploy/cache.yml\n',
        'compose.yaml': 'services:\n  web:\n    image: shop/web:1.0\n',
        'deploy/db.yml': 'services:\n  db:\n    image: postgres:16.4\n',
        'deploy/cache.yml': 'services:\n  cache:\n    image: redis:7.4\n',
      },
    },
    {
      name: 'fire-in-a-base-two-configured-lists-name-where-one-project-lacks-the-service',
      text: 'services:\n  web:\n    image: shop/web:1.0\n    depends_on: [db, ⟦cache⟧]\n',
      files: {
        '.cntutor.yaml': 'composeProjects:\n  - [compose.yaml, dev.yml]\n  - [compose.yaml, prod.yml]\n',
        'dev.yml': 'services:\n  db:\n    image: postgres:16.4\n  cache:\n    image: redis:7.4\n',
        'prod.yml': 'services:\n  db:\n    image: registry.example.com/pg-proxy:2.1\n',
      },
    },
    {
      name: 'fire-in-a-base-judged-with-the-files-it-includes',
      text: `include:
  - db/compose.yaml
services:
  web:
    image: shop/web:1.0
    depends_on: [db, ⟦cache⟧]
`,
      files: { 'db/compose.yaml': 'services:\n  db:\n    image: postgres:16.4\n' },
    },
    {
      name: 'fire-extends-a-service-another-file-does-not-define-or-a-missing-file',
      text: `services:
  web:
    extends:
      file: common.yaml
      service: ⟦webb⟧
  worker:
    extends:
      file: ⟦missing/common.yaml⟧
      service: worker
`,
      files: { 'common.yaml': 'services:\n  web:\n    image: shop/web:1.0\n' },
    },
    {
      name: 'fire-in-an-included-file-judged-with-the-project-that-includes-it',
      uri: 'file:///fixture/services/feed.yml',
      text: `services:
  feed:
    image: shop/feed:1.0
    depends_on: [rabbitmq, web, ⟦mongo⟧]
`,
      files: {
        'compose.yaml':
          'include:\n  - services/feed.yml\n  - services/rabbitmq.yml\nservices:\n  web:\n    image: shop/web:1.0\n',
        'services/rabbitmq.yml': 'services:\n  rabbitmq:\n    image: rabbitmq:4.0\n',
      },
    },
  ],
  dontFire: [
    {
      name: 'services-a-later-file-of-the-list-defines',
      text: 'services:\n  web:\n    image: shop/web:1.0\n    depends_on: [db]\n',
      files: {
        '.env': '# the stack\nCOMPOSE_FILE="compose.yaml:ops/db.yml"\n',
        'ops/db.yml': 'services:\n  db:\n    image: postgres:16.4\n',
      },
    },
    {
      name: 'a-service-every-configured-list-naming-the-base-defines-in-its-own-file',
      text: 'services:\n  web:\n    image: shop/web:1.0\n    depends_on: [db]\n',
      files: {
        '.cntutor.yaml': 'composeProjects:\n  - [compose.yaml, dev.yml]\n  - [compose.yaml, prod.yml]\n',
        'dev.yml': 'services:\n  db:\n    image: postgres:16.4\n',
        'prod.yml': 'services:\n  db:\n    image: registry.example.com/pg-proxy:2.1\n',
      },
    },
    {
      name: 'a-configured-list-with-a-missing-file',
      text: 'services:\n  web:\n    image: shop/web:1.0\n    depends_on: [db]\n',
      files: { '.cntutor.yaml': 'composeProjects:\n  - [compose.yaml, deploy/db.yml]\n' },
    },
    {
      name: 'a-list-with-a-missing-file',
      text: 'services:\n  web:\n    image: shop/web:1.0\n    depends_on: [db]\n',
      files: { '.env': 'COMPOSE_FILE=compose.yaml:ops/db.yml\n' },
    },
    {
      name: 'a-list-whose-variable-hides-its-files',
      text: 'services:\n  web:\n    image: shop/web:1.0\n    depends_on: [db]\n',
      files: { '.env': 'COMPOSE_FILE=compose.yaml:${STACK_FILE}\n' },
    },
    {
      name: 'dont-fire-in-a-file-other-files-extend-services-from',
      uri: 'file:///fixture/web/compose.yaml',
      text: 'services:\n  web:\n    image: shop/web:1.0\n    depends_on: [docker-proxy]\n',
      files: {
        'compose.yaml':
          'services:\n  web:\n    extends: { file: web/compose.yaml, service: web }\n  docker-proxy:\n    image: tecnativa/docker-socket-proxy:0.3\n',
      },
    },
    {
      name: 'dont-fire-extends-a-service-another-file-defines',
      text: `services:
  web:
    extends:
      file: common/services.yml
      service: web
  worker:
    extends: { file: common/services.yml, service: worker }
`,
      files: {
        'common/services.yml':
          'services:\n  web:\n    image: shop/web:1.0\n  worker:\n    extends: web\n    command: ["worker"]\n',
      },
    },
    {
      name: 'dont-fire-services-included-through-included-files',
      text: `include:
  - path: [infra/services.yml, infra/services.local.yml]
services:
  web:
    image: shop/web:1.0
    depends_on: [db, queue, cache]
`,
      files: {
        'infra/services.yml': 'include:\n  - ../queue/queue.yml\nservices:\n  db:\n    image: postgres:16.4\n',
        'infra/services.local.yml': 'services:\n  cache:\n    image: redis:7.4\n',
        'queue/queue.yml': 'services:\n  queue:\n    image: rabbitmq:4.0\n',
      },
    },
    {
      name: 'dont-fire-include-of-a-remote-or-missing-file',
      text: `include:
  - oci://registry.example.com/shop/db:1.0
  - ./missing/compose.yaml
services:
  web:
    image: shop/web:1.0
    depends_on: [db]
`,
      files: { 'compose.override.yaml': 'services:\n  web:\n    environment: { DEBUG: "1" }\n' },
    },
    {
      name: 'dont-fire-service-defined-in-the-override-or-a-base-with-include',
      text: 'services:\n  web:\n    image: shop/web:1.0\n    depends_on: [debug]\n',
      files: { 'compose.override.yaml': 'services:\n  debug:\n    image: busybox:1.36\n' },
    },
    {
      name: 'dont-fire-override-of-a-base-with-include',
      uri: 'file:///fixture/compose.override.yaml',
      text: 'services:\n  web:\n    depends_on: [shared-db]\n',
      files: { 'compose.yaml': 'include:\n  - ../shared/compose.yaml\nservices:\n  web:\n    image: shop/web:1.0\n' },
    },
    {
      name: 'dont-fire-known-services',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on:
      db:
        condition: service_healthy
    links: ["db:postgres"]
    volumes_from: ["db:rw", "container:backup"]
  sidecar:
    image: shop/sidecar:1.0
    network_mode: service:web
  worker:
    extends: web
  db:
    image: postgres:16.4
`,
    },
    {
      name: 'dont-fire-override-file',
      uri: 'file:///fixture/docker-compose.override.yml',
      text: `services:
  web:
    depends_on:
      - db
`,
    },
    {
      name: 'dont-fire-variant-file',
      uri: 'file:///fixture/docker-compose.prod.yml',
      text: `services:
  web:
    image: shop/web:1.0
    depends_on: [proxy]
`,
    },
    {
      name: 'dont-fire-with-include',
      text: `include:
  - ./db/compose.yaml
services:
  web:
    image: shop/web:1.0
    depends_on: [db]
`,
    },
    {
      name: 'dont-fire-other-file-optional-or-variable',
      text: `services:
  web:
    image: shop/web:1.0
    extends:
      file: ./common.yaml
      service: base
    depends_on:
      metrics:
        condition: service_started
        required: false
    network_mode: \${NETWORK_MODE:-bridge}
    links:
      - \${LINKED}
`,
    },
  ],
});
