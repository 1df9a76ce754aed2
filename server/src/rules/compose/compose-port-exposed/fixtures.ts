import { defineFixtures } from '../../fixtures';

const dockerfile = (lines: string): string =>
  `FROM node:22.11-alpine\nWORKDIR /app\nCOPY . .\n${lines}CMD ["node", "server.js"]\n`;
const WEB_3000 = { 'web/Dockerfile': dockerfile('EXPOSE 3000\n') };

/** A service built from ./web, with `lines` under it. */
const built = (lines: string, build = 'build: ./web'): string =>
  `services:\n  web:\n    ${build}\n    restart: unless-stopped\n${lines}`;

export default defineFixtures({
  fire: [
    {
      name: 'fire-mapping-the-wrong-way-round',
      text: built('    ports:\n      - ⟦"80:3000"⟧\n      - ⟦127.0.0.1:8443:443⟧\n'),
      files: { 'web/Dockerfile': dockerfile('EXPOSE 80\n') },
    },
    {
      name: 'fire-long-syntax-target-and-expose',
      text: built('    ports:\n      - target: ⟦80⟧\n        published: "3000"\n    expose:\n      - ⟦"9229"⟧\n'),
      files: WEB_3000,
    },
    {
      name: 'fire-build-map-with-dockerfile-and-a-port-run',
      text: built(
        '    ports:\n      - ⟦"9000-9001:9000-9001"⟧\n      - "127.0.0.1:8080:8080"\n',
        'build:\n      context: ./services/api\n      dockerfile: ../../docker/api.Dockerfile',
      ),
      files: { 'docker/api.Dockerfile': dockerfile('EXPOSE 8080\n') },
    },
    {
      name: 'fire-image-linked-in-the-configuration',
      text: `services:\n  api:\n    image: registry.example.com/shop/api:1.2.0\n    ports:\n      - ⟦"8080:80"⟧\n`,
      files: {
        '.cntutor.yaml': 'images:\n  registry.example.com/shop/api: api/Dockerfile\n',
        ...{ 'api/Dockerfile': dockerfile('EXPOSE 8080\n') },
      },
    },
    {
      name: 'fire-a-command-that-names-other-numbers',
      text: built('    command: php artisan queue:work --sleep=3 --tries=3\n    ports:\n      - ⟦9002:9002⟧\n'),
      files: WEB_3000,
    },
    {
      name: 'fire-listen-variable-naming-an-exposed-port-and-a-variable-host-side',
      text: built(
        '    environment:\n      PORT: "3000"\n    ports:\n      - ⟦"${WEB_PORT:-80}:80"⟧\n      - "[::1]:3000:3000"\n',
      ),
      files: WEB_3000,
    },
    {
      name: 'fire-exposed-from-the-parent-stage-only',
      text: built('    ports:\n      - ⟦"8080:8080/udp"⟧\n'),
      files: {
        'web/Dockerfile': 'FROM node:22.11-alpine AS base\nEXPOSE 3000\nFROM base\nCMD ["node", "server.js"]\n',
      },
    },
    {
      name: 'fire-judged-by-the-stage-the-build-stops-at',
      text: `services:
  dev:
    build:
      context: ./web
      target: Dev
    ports: ["9229:9229", "3000:3000"]
  prod:
    build: ./web
    ports: [⟦"9229:9229"⟧, "3000:3000"]
  test:
    build: { context: ./web, target: test }
    ports: [⟦"9229:9229"⟧]
`,
      files: {
        'web/Dockerfile':
          'FROM node:22.11-alpine AS dev\nEXPOSE 9229 3000\nFROM node:22.11-alpine AS test\nEXPOSE 3000\nFROM node:22.11-alpine AS prod\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
      },
    },
    {
      name: 'fire-override-publishing-a-port-of-the-image-its-base-builds',
      uri: 'file:///fixture/compose.override.yaml',
      text: 'services:\n  web:\n    ports:\n      - ⟦"8080:80"⟧\n  api:\n    ports: ["9000:9000"]\n',
      files: {
        'compose.yaml':
          'services:\n  web:\n    build: ./web\n  api:\n    build: ./web\n    command: ["node", "api.js", "--port", "9000"]\n',
        ...WEB_3000,
      },
    },
    {
      name: 'fire-on-targets-and-listen-settings-the-env-files-give',
      text: `services:
  web:
    build: ./web
    env_file: web.env
    ports:
      - ⟦"8080:\${WEB_TARGET}"⟧
      - "3001:3000"
  api:
    build: ./web
    env_file: [web.env, { path: local.env, required: false }]
    environment:
      PORT: \${API_PORT}
    ports: [⟦"9000:9000"⟧]
  worker:
    build: ./web
    env_file: worker.env
    ports: ["9090:9090"]
`,
      files: {
        ...WEB_3000,
        '.env': 'WEB_TARGET=8080\nAPI_PORT=3000\n',
        'web.env': 'PORT=3000\n',
        'worker.env': 'PORT=9090\n',
      },
    },
  ],
  dontFire: [
    {
      name: 'quiet-ports-the-image-exposes',
      text: built(
        '    ports:\n      - "3000:3000"\n      - "53:53/udp"\n      - target: 3000\n        published: 80\n      - "2999-3001:2999-3001"\n    expose:\n      - 3000\n',
      ),
      files: { 'web/Dockerfile': dockerfile('EXPOSE 3000 53/tcp\n') },
    },
    {
      name: 'quiet-image-without-expose-or-with-a-variable',
      text: `${built('    ports:\n      - "80:80"\n')}  api:\n    build: ./api\n    ports:\n      - "80:80"\n`,
      files: {
        'web/Dockerfile': dockerfile(''),
        'api/Dockerfile': dockerfile('ARG PORT=3000\nEXPOSE ${PORT}\n'),
      },
    },
    {
      name: 'quiet-app-told-where-to-listen',
      text: `services:
  a:
    build: ./web
    environment:
      PORT: "8080"
    ports: ["8080:8080"]
  b:
    build: ./web
    environment:
      - HTTP_PORT
    ports: ["8080:8080"]
  c:
    build: ./web
    env_file: .env
    ports: ["8080:8080"]
  d:
    build: ./web
    command: ["node", "server.js", "--port", "8080"]
    ports: ["8080:8080"]
  e:
    build: ./web
    command: node server.js --listen=:8080
    ports: ["8080:8080"]
  f:
    build: ./web
    environment:
      PORT: \${PORT:-8080}
    ports: ["8080:8080"]
  gunicorn:
    build: ./web
    command: gunicorn -w 3 -t 60 -b 0.0.0.0:8000 app:app
    ports: ["8000"]
  django:
    build: ./web
    command: ["python", "manage.py", "runserver", "0.0.0.0:8000"]
    ports: ["8000:8000"]
  debugger:
    build: ./web
    entrypoint: node --inspect=0.0.0.0:9229 server.js
    ports: ["3000:3000", "9229:9229"]
  settings:
    build: ./web
    environment:
      GUNICORN_CMD_ARGS: --bind=0.0.0.0:8000 --workers=3
    ports: ["8000:8000"]
`,
      files: WEB_3000,
    },
    {
      name: 'quiet-other-networks-targets-and-unknown-dockerfiles',
      text: `services:
  host:
    build: ./web
    network_mode: host
    expose: ["8080"]
  dev:
    build:
      context: ./web
      target: dev
    ports: ["9229:9229"]
  missing:
    build: ./missing
    ports: ["80:80"]
  remote:
    build: https://github.com/example/web.git
    ports: ["80:80"]
  variable:
    build: \${WEB_CONTEXT}
    ports: ["80:80"]
  unlinked:
    image: registry.example.com/shop/other:1.0
    ports: ["80:80"]
  inline:
    build:
      context: .
      dockerfile_inline: "FROM nginx:1.27\\nEXPOSE 3000\\n"
    ports: ["80:80"]
  variable-target:
    build: ./web
    ports: ["80:\${TARGET_PORT}"]
`,
      files: WEB_3000,
    },
    {
      name: 'quiet-without-a-workspace',
      text: built('    ports:\n      - "80:80"\n'),
    },
  ],
});
