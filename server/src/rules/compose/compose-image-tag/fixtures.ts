import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-untagged-and-latest',
      text: `services:
  web:
    image: ⟦nginx⟧
  cache:
    image: ⟦"redis:latest"⟧
  db:
    image: postgres:16.4
`,
    },
    {
      name: 'fire-registry-with-port-and-moving-channel',
      text: `services:
  api:
    image: ⟦registry.example.com:5000/shop/api⟧
  proxy:
    image: ⟦traefik:stable⟧
  edge:
    image: ⟦alpine:edge⟧
`,
    },
    {
      name: 'fire-variable-registry-but-latest',
      text: `services:
  api:
    image: ⟦\${REGISTRY:-ghcr.io}/shop/api:latest⟧
  worker:
    image: ⟦\${REGISTRY}/shop/worker⟧
`,
    },
    {
      name: 'fire-on-a-moving-tag-the-env-file-or-a-default-gives',
      text: `services:
  api:
    image: ⟦\${REGISTRY}/api:\${TAG}⟧
  worker:
    image: ⟦"\${REGISTRY}/worker"⟧
  proxy:
    image: ⟦nginx:\${NGINX_TAG:-latest}⟧
  db:
    image: postgres:\${POSTGRES_TAG:-16.4}
`,
      files: { '.env': 'REGISTRY=ghcr.io/shop\nTAG=latest\n' },
    },
    {
      name: 'fire-through-merge-key',
      text: `x-base: &base
  image: nginx:latest
services:
  ⟦web⟧:
    <<: *base
    ports:
      - "127.0.0.1:80:80"
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-versions-and-digests',
      text: `services:
  web:
    image: nginx:1.27.2-alpine
  cache:
    image: redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
  proxy:
    image: traefik:v3.1
  local:
    image: localhost:5000/tools
    build: ./tools
`,
    },
    {
      name: 'dont-fire-tag-in-a-variable',
      text: `services:
  web:
    image: nginx:\${NGINX_TAG:-1.27}
  api:
    image: ghcr.io/shop/api:\${TAG}
  worker:
    image: \${WORKER_IMAGE}
  job:
    image: shop/job$JOB_SUFFIX
`,
    },
    {
      name: 'dont-fire-tag-the-env-file-pins-or-leaves-to-the-shell',
      text: `services:
  api:
    image: ghcr.io/shop/api:\${TAG}
  web:
    image: ghcr.io/shop/web:\${WEB_TAG:-latest}
  worker:
    image: ghcr.io/shop/worker:\${WORKER_TAG}
`,
      files: { '.env': 'TAG=1.4.2\nWEB_TAG=1.4.2\nWORKER_TAG=${TAG}\n' },
    },
    {
      name: 'dont-fire-built-image',
      text: `services:
  app:
    build:
      context: .
    image: shop/app
  tool:
    build: ./tool
    image: shop/tool:latest
`,
    },
    {
      name: 'dont-fire-no-image-or-not-a-reference',
      text: `services:
  app:
    build: .
  broken:
    image: "Shop/App With Spaces"
`,
    },
  ],
});
