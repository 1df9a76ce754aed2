import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-same-name-twice',
      text: `services:
  db:
    image: postgres:16.4
    container_name: shop-db
  db-replica:
    image: postgres:16.4
    container_name: ⟦"shop-db"⟧
  backup: { image: "postgres:16.4", container_name: ⟦shop-db⟧ }
`,
    },
    {
      name: 'fire-merged-anchor-and-variable',
      text: `x-db: &db
  image: postgres:16.4
  container_name: \${COMPOSE_PROJECT_NAME}-db
services:
  primary:
    <<: *db
  ⟦standby⟧:
    <<: *db
`,
    },
    {
      name: 'fire-scaled-with-container-name',
      text: `services:
  worker:
    image: registry.example.com/worker:1.4.2
    container_name: ⟦worker⟧
    deploy:
      replicas: 3
  api:
    image: registry.example.com/api:2.3.1
    container_name: ⟦api⟧
    scale: 2
`,
    },
    {
      name: 'fire-separate-profiles-and-always-on',
      text: `services:
  ollama-cpu:
    image: ollama/ollama:0.3.12
    container_name: ollama
    profiles: [cpu]
  ollama-gpu:
    image: ollama/ollama:0.3.12
    container_name: ⟦ollama⟧
    profiles: [gpu]
  ollama-rocm:
    image: ollama/ollama:0.3.12-rocm
    container_name: ⟦ollama⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-distinct-names',
      text: `services:
  db:
    image: postgres:16.4
    container_name: shop-db
    deploy:
      replicas: 1
  cache:
    image: redis:7.4.1
    container_name: shop-cache
    scale: 1
  web:
    image: nginx:1.27.2
    labels:
      container_name: shop-db
x-notes:
  container_name: shop-db
`,
    },
    {
      name: 'dont-fire-scaled-to-zero-and-swarm',
      text: `services:
  db:
    image: postgres:16.4
    container_name: shop-db
  old-db:
    image: postgres:15.8
    container_name: shop-db
    scale: 0
  web:
    image: nginx:1.27.2
    container_name: web
    deploy:
      replicas: 3
      update_config:
        parallelism: 1
`,
    },
  ],
});
