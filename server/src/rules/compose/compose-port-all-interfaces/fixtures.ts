import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-short-syntax-forms',
      text: `services:
  db:
    image: postgres:16.4
    ports:
      - ⟦"5432:5432"⟧
      - ⟦8125:8125/udp⟧
      - ⟦'9000-9002:9000-9002'⟧
      - ⟦"\${DB_PORT:-5433}:5432"⟧
      - ⟦"9187"⟧
      - ⟦6379⟧
`,
    },
    {
      name: 'fire-long-syntax-and-flow',
      uri: 'file:///fixture/docker-compose.override.yml',
      text: `services:
  api:
    image: registry.example.com/api:2.3.1
    ports:
      - target: 8080
        published: ⟦8080⟧
        protocol: tcp
      - ⟦target⟧: 9090
  cache: { image: "redis:7.4.1", ports: [⟦"6379:6379"⟧] }
`,
    },
    {
      name: 'fire-public-web-ports-and-merged-anchor',
      text: `x-web: &web
  ports:
    - "8443:8443"
services:
  proxy:
    image: nginx:1.27.2
    ports:
      - ⟦"80:80"⟧
      - ⟦"443:443"⟧
  mail:
    image: ghcr.io/docker-mailserver/docker-mailserver:14.0.0
    ports:
      - ⟦"993:993"⟧ # IMAPS
  ⟦admin⟧:
    <<: *web
    image: registry.example.com/admin:1.0.0
`,
    },
    {
      name: 'fire-on-ports-the-env-file-gives',
      text: `services:
  web:
    image: getsentry/sentry:24.11.0
    ports:
      - ⟦"$SENTRY_BIND:9000/tcp"⟧
      - ⟦"\${WEB_PORTS}"⟧
      - "\${ADMIN_LISTEN}:8082"
      - "\${OTHER_BIND}:8083"
      - target: 8084
        published: ⟦\${API_PORT}⟧
        host_ip: \${API_HOST:-}
      - target: 8085
        published: 8085
        host_ip: \${METRICS_HOST}
`,
      files: { '.env': 'SENTRY_BIND=9000\nWEB_PORTS=8080:80\nADMIN_LISTEN=127.0.0.1:8082\nAPI_PORT=8084\n' },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-bound-ports',
      text: `services:
  web:
    image: nginx:1.27.2
    ports:
      - "127.0.0.1:8080:80"
      - "[::1]:8080:80"
      - "0.0.0.0:443:443"
      - "127.0.0.1::9000"
      - "\${BIND_ADDRESS:-127.0.0.1}:8081:81"
      - "\${WEB_PORTS}"
      - "$SENTRY_BIND:9000/tcp"
      - "\${WEB_LISTEN_ADDRESS}:8082"
      - target: 8443
        published: 8443
        host_ip: 127.0.0.1
    expose:
      - "9090"
`,
    },
    {
      name: 'dont-fire-without-published-ports',
      text: `x-ports:
  ports:
    - "5432:5432"
services:
  exporter:
    image: prom/node-exporter:v1.8.2
    network_mode: host
    ports:
      - "9100:9100"
  sidecar:
    image: registry.example.com/sidecar:1.0.0
    network_mode: "service:exporter"
    labels:
      ports: "8080:80"
`,
    },
  ],
  fix: [
    {
      name: 'fix-binds-to-loopback-keeping-quotes',
      text: `services:
  db:
    image: postgres:16.4
    ports:
      - "5432:5432" # psql from the host
      - '6432:6432'
      - 8125:8125/udp
      - 9187
      - target: 8080
        published: 8080
    expose: ["5432"]
`,
      output: `services:
  db:
    image: postgres:16.4
    ports:
      - "127.0.0.1:5432:5432" # psql from the host
      - '127.0.0.1:6432:6432'
      - "127.0.0.1:8125:8125/udp"
      - "127.0.0.1::9187"
      - target: 8080
        published: 8080
        host_ip: 127.0.0.1
    expose: ["5432"]
`,
    },
    {
      name: 'fix-leaves-anchors-and-flow-maps-alone',
      text: `x-web: &web
  ports:
    - "8443:8443"
services:
  admin:
    <<: *web
    image: registry.example.com/admin:1.0.0
  api:
    image: registry.example.com/api:2.3.1
    ports: [{ target: 80, published: 8080 }]
`,
      output: `x-web: &web
  ports:
    - "8443:8443"
services:
  admin:
    <<: *web
    image: registry.example.com/admin:1.0.0
  api:
    image: registry.example.com/api:2.3.1
    ports: [{ target: 80, published: 8080 }]
`,
    },
    {
      name: 'fix-binds-ports-the-env-file-gives-where-the-entry-says-where',
      text: `services:
  web:
    image: getsentry/sentry:24.11.0
    ports:
      - "$SENTRY_BIND:9000/tcp"
      - "\${WEB_PORTS}"
`,
      output: `services:
  web:
    image: getsentry/sentry:24.11.0
    ports:
      - "127.0.0.1:$SENTRY_BIND:9000/tcp"
      - "\${WEB_PORTS}"
`,
      files: { '.env': 'SENTRY_BIND=9000\nWEB_PORTS=8080:80\n' },
    },
  ],
});
