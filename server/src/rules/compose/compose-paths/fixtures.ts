import { defineFixtures } from '../../fixtures';

const DOCKERFILE = 'FROM nginx:1.27\n';

export default defineFixtures({
  fire: [
    {
      name: 'fire-on-a-missing-build-context-and-dockerfile',
      text: `services:
  web:
    build: ⟦./web⟧
  api:
    build:
      context: ./api
      dockerfile: ⟦Dockerfile.prod⟧
  worker:
    build: ⟦./worker⟧
`,
      files: { 'api/Dockerfile': DOCKERFILE, 'worker/Dockerfile.dev': DOCKERFILE },
    },
    {
      name: 'fire-on-missing-env-label-secret-config-and-include-files',
      text: `include:
  - ⟦infra/db.yaml⟧
  - path: ⟦infra/cache.yaml⟧
    env_file: ⟦infra/cache.env⟧
services:
  web:
    image: shop/web:1.0
    env_file:
      - ⟦.env⟧
      - path: ./optional.env
        required: false
      - path: ⟦./web.env⟧
    label_file: ⟦./labels⟧
    secrets: [db-password]
    configs: [nginx]
secrets:
  db-password:
    file: ⟦./secrets/db-password.txt⟧
configs:
  nginx:
    file: ⟦\${NGINX_CONF:-./nginx.conf}⟧
`,
      files: { '.env.example': 'LOG_LEVEL=info\n', 'secrets/README.md': 'Put the passwords here.\n' },
    },
    {
      name: 'fire-on-bind-sources-that-are-not-there',
      text: `services:
  web:
    image: nginx:1.27
    volumes:
      - ⟦./nginx.conf⟧:/etc/nginx/nginx.conf:ro
      - ./data:/var/lib/data
      - ./conf.d:/etc/nginx/conf.d
      - type: bind
        source: ⟦./static⟧
        target: /usr/share/nginx/html
      - type: bind
        source: ./cache
        target: /var/cache/nginx
        bind:
          create_host_path: true
`,
      files: {},
    },
    {
      name: 'fire-on-a-folder-where-a-file-belongs-and-a-file-as-context',
      text: `services:
  web:
    build: ⟦./Dockerfile⟧
    env_file: ⟦config⟧
`,
      files: { Dockerfile: DOCKERFILE, 'config/web.env': 'A=1\n' },
    },
    {
      name: 'fire-on-a-typo-with-the-name-beside-it',
      text: `services:
  web:
    build: ⟦./wbe⟧
    env_file: ⟦./web.evn⟧
`,
      files: { 'web/Dockerfile': DOCKERFILE, 'web.env': 'A=1\n' },
    },
    {
      name: 'fire-relative-to-the-project-directory-an-include-gives',
      uri: 'file:///fixture/infra/db.yaml',
      text: `services:
  db:
    build: ⟦./db⟧
`,
      files: {
        'compose.yaml':
          'include:\n  - path: infra/db.yaml\n    project_directory: .\nservices:\n  web:\n    image: web:1.0\n',
        'infra/db/Dockerfile': DOCKERFILE,
      },
    },
    {
      name: 'fire-on-a-dev-environment-file-whose-path-is-nowhere',
      uri: 'file:///fixture/.docker/docker-compose.yaml',
      text: `services:
  backend:
    build: ⟦api⟧
`,
      files: { 'backend/Dockerfile': DOCKERFILE },
    },
  ],
  dontFire: [
    {
      name: 'quiet-when-every-path-is-there',
      text: `include:
  - infra/db.yaml
services:
  web:
    build:
      context: .
      dockerfile: docker/web.Dockerfile
      additional_contexts:
        assets: ./assets
        base: docker-image://alpine:3.20
    env_file: [.env, ./config/web.env]
    volumes:
      - ./nginx.conf:/etc/nginx/nginx.conf:ro
      - ./data:/data
      - cache:/var/cache
      - /var/log/web:/var/log/web
      - ~/.aws:/root/.aws:ro
  api:
    build: ./api
secrets:
  token:
    file: ./secrets/token.txt
volumes:
  cache: {}
`,
      files: {
        'infra/db.yaml': 'services:\n  db:\n    image: postgres:16.4\n',
        'docker/web.Dockerfile': DOCKERFILE,
        'assets/logo.svg': '<svg/>\n',
        '.env': 'A=1\n',
        'config/web.env': 'B=2\n',
        'nginx.conf': 'events {}\n',
        'api/dockerfile': DOCKERFILE,
        'secrets/token.txt': 'x\n',
      },
    },
    {
      name: 'quiet-on-remote-contexts-variables-absolute-paths-and-inline-dockerfiles',
      text: `services:
  web:
    build: https://github.com/example/web.git#main
  api:
    build: \${API_CONTEXT}
  job:
    build:
      context: .
      dockerfile_inline: |
        FROM alpine:3.20
  tool:
    image: tool:1.0
    env_file: /etc/tool/tool.env
    volumes:
      - \${CONFIG_DIR}/tool.yaml:/etc/tool.yaml
`,
      files: {},
    },
    {
      name: 'quiet-relative-to-the-project-directory-an-include-gives',
      uri: 'file:///fixture/infra/db.yaml',
      text: `services:
  db:
    build: ./db
`,
      files: {
        'compose.yaml':
          'include:\n  - path: infra/db.yaml\n    project_directory: .\nservices:\n  web:\n    image: web:1.0\n',
        'db/Dockerfile': DOCKERFILE,
      },
    },
    {
      name: 'quiet-on-a-dev-environment-file-read-from-the-repository-top',
      uri: 'file:///fixture/.docker/docker-compose.yaml',
      text: `services:
  backend:
    build: backend
    secrets: [db-password]
  frontend:
    build: ../frontend
secrets:
  db-password:
    file: db/password.txt
`,
      files: {
        'backend/Dockerfile': DOCKERFILE,
        'frontend/Dockerfile': DOCKERFILE,
        'db/password.txt': 'example\n',
      },
    },
    {
      name: 'quiet-when-the-file-system-is-not-known',
      text: `services:
  web:
    build: ./web
    env_file: .env
`,
    },
  ],
  fix: [
    {
      name: 'fix-renames-to-the-name-beside-it',
      text: `services:
  web:
    build: ./wbe
    env_file: "./web.evn"
`,
      output: `services:
  web:
    build: ./web
    env_file: "./web.env"
`,
      files: { 'web/Dockerfile': DOCKERFILE, 'web.env': 'A=1\n' },
    },
  ],
});
