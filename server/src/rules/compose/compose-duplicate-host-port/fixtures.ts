import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-short-syntax-across-services',
      text: `services:
  web:
    image: nginx:1.27.2
    ports:
      - "8080:80"
      - "127.0.0.1:9000:9000"
      - "53:53/udp"
      - "8000-8010:8000-8010"
  api:
    image: registry.example.com/api:2.3.1
    ports:
      - ⟦"127.0.0.1:8080:8080"⟧
      - ⟦9000:9001⟧
      - ⟦"53:5353/udp"⟧
      - ⟦"0.0.0.0:8005:80"⟧
  admin: { image: "registry.example.com/admin:1.0.0", ports: [⟦"[::]:8080:3000"⟧] }
`,
    },
    {
      name: 'fire-long-syntax-and-same-service-twice',
      text: `services:
  web:
    image: nginx:1.27.2
    ports:
      - target: 80
        published: 8443
        host_ip: 127.0.0.1
      - ⟦"8443:81"⟧
  proxy:
    image: traefik:v3.1.4
    ports:
      - ⟦"127.0.0.1:8443:443"⟧
      - target: 53
        published: "5353"
        protocol: UDP
  dns:
    image: coredns/coredns:1.11.3
    ports:
      - ⟦5353:53/udp⟧
`,
    },
    {
      name: 'fire-merged-anchor-and-scaled-service',
      text: `x-web-ports: &web-ports
  ports:
    - "3000:3000"
services:
  blue:
    <<: *web-ports
    image: registry.example.com/shop:1.4.2
  ⟦green⟧:
    <<: *web-ports
    image: registry.example.com/shop:1.4.3
  worker:
    image: registry.example.com/worker:1.4.2
    deploy:
      replicas: 3
    ports:
      - ⟦"9100:9100"⟧
`,
    },
    {
      name: 'fire-separate-profiles-and-always-on',
      text: `services:
  ollama-cpu:
    image: ollama/ollama:0.3.12
    profiles: [cpu]
    ports:
      - "11434:11434"
  ollama-gpu:
    image: ollama/ollama:0.3.12
    profiles: [gpu]
    ports:
      - ⟦"11434:11434"⟧
  webui:
    image: ghcr.io/open-webui/open-webui:0.3.32
    ports:
      - ⟦"11434:8080"⟧
`,
    },
    {
      name: 'fire-on-ports-the-env-file-or-a-default-gives',
      text: `services:
  web:
    image: nginx:1.27.2
    ports:
      - "\${WEB_PORT:-8080}:80"
      - "\${ADMIN_BIND}:9000"
  api:
    image: registry.example.com/api:2.3.1
    ports:
      - ⟦"\${API_PORT:-8080}:80"⟧
      - target: 9000
        published: ⟦\${ADMIN_PORT}⟧
  worker:
    image: registry.example.com/worker:2.3.1
    ports:
      - "\${WORKER_PORT:-8080}:80"
      - "\${METRICS_BIND:-127.0.0.1:9100}:9100"
  exporter:
    image: prom/node-exporter:v1.8.2
    ports:
      - "[::1]:9100:9100"
`,
      files: { '.env': 'ADMIN_BIND=127.0.0.1:9000\nADMIN_PORT=9000\nWORKER_PORT=8081\n' },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-separate-addresses-and-protocols',
      text: `services:
  web:
    image: nginx:1.27.2
    ports:
      - "127.0.0.1:8080:80"
      - "53:53"
      - "0.0.0.0:9000:9000"
  api:
    image: registry.example.com/api:2.3.1
    ports:
      - "192.168.1.5:8080:80"
      - "[::1]:8080:80"
      - "53:53/udp"
      - "[::]:9000:9000"
      - "8000-8010:8000-8010"
  admin:
    image: registry.example.com/admin:1.0.0
    ports:
      - "8011:80"
      - target: 3000
        published: 8081
`,
    },
    {
      name: 'dont-fire-variables-nothing-sets-random-and-unpublished',
      text: `services:
  web:
    image: nginx:1.27.2
    ports:
      - "\${WEB_PORT}:80"
      - "8000-8010:80"
      - "9000"
    scale: 2
  api:
    image: registry.example.com/api:2.3.1
    ports:
      - "\${API_PORT}:80"
      - "8000-8010:80"
      - "9000"
      - target: 80
        published: \${PUBLISHED}
  exporter:
    image: prom/node-exporter:v1.8.2
    network_mode: host
    ports:
      - "8000:8000"
  sidecar:
    image: registry.example.com/sidecar:1.0.0
    network_mode: "service:api"
    ports:
      - "8001:8001"
  disabled:
    image: registry.example.com/api:2.3.0
    deploy:
      replicas: 0
    ports:
      - "8002:8002"
x-unused:
  ports:
    - "8002:8002"
`,
    },
    {
      name: 'dont-fire-entry-written-twice-and-swarm-replicas',
      text: `services:
  web:
    image: nginx:1.27.2
    ports:
      - "8080:80"
      - "8080:80"
  visualizer:
    image: dockersamples/visualizer:stable
    ports:
      - "9090:8080"
    deploy:
      replicas: 2
      placement:
        constraints: [node.role == manager]
`,
    },
  ],
});
