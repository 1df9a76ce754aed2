import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-short-syntax-read-only-and-run',
      text: `services:
  proxy:
    image: traefik:v3.1.6
    volumes:
      - ⟦"/var/run/docker.sock:/var/run/docker.sock:ro"⟧
      - ./traefik.yml:/etc/traefik/traefik.yml:ro
  updater:
    image: containrrr/watchtower:1.7.1
    volumes: [⟦/run/docker.sock:/var/run/docker.sock⟧]
`,
    },
    {
      name: 'fire-long-syntax-bind',
      uri: 'file:///fixture/docker-compose.override.yml',
      text: `services:
  portainer:
    image: portainer/portainer-ce:2.21.4
    volumes:
      - type: bind
        source: ⟦/var/run/docker.sock⟧
        target: /var/run/docker.sock
        read_only: true
`,
    },
    {
      name: 'fire-interpolated-rootless-and-directory',
      text: `services:
  runner:
    image: registry.example.com/runner:4.2.0
    volumes:
      - ⟦\${DOCKER_SOCK:-/var/run/docker.sock}:/var/run/docker.sock⟧
      - ⟦\${XDG_RUNTIME_DIR}/docker.sock:/var/run/docker.sock⟧
      - ⟦\${HOST_SOCKET}:/var/run/docker.sock⟧
  cadvisor:
    image: gcr.io/cadvisor/cadvisor:v0.49.1
    volumes:
      - ⟦/var/run:/var/run:ro⟧
      - ⟦//var/run/docker.sock:/var/run/docker.sock⟧
`,
    },
    {
      name: 'fire-from-merged-anchor',
      text: `x-docker: &docker
  volumes:
    - /var/run/docker.sock:/var/run/docker.sock
services:
  ⟦agent⟧:
    <<: *docker
    image: registry.example.com/agent:1.0.0
`,
    },
    {
      name: 'fire-on-a-socket-the-env-file-names',
      text: `services:
  runner:
    image: registry.example.com/runner:4.2.0
    volumes:
      - ⟦\${ENGINE_SOCKET}:/engine.sock⟧
      - \${DATA_DIR}:/data
  proxy:
    image: \${PROXY_IMAGE}
    volumes:
      - \${ENGINE_SOCKET}:/var/run/docker.sock:ro
`,
      files: {
        '.env':
          'ENGINE_SOCKET=/run/user/1000/docker.sock\nDATA_DIR=/srv/data\nPROXY_IMAGE=tecnativa/docker-socket-proxy:0.3.0\n',
      },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-socket-proxy-and-its-clients',
      text: `services:
  socket-proxy:
    image: tecnativa/docker-socket-proxy:0.2.0
    environment:
      CONTAINERS: 1
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
  traefik:
    image: traefik:v3.1.6
    command: --providers.docker.endpoint=tcp://socket-proxy:2375
`,
    },
    {
      name: 'dont-fire-other-mounts',
      text: `services:
  web:
    image: nginx:1.27.2
    volumes:
      - ./docker.sock.d:/etc/app/conf.d:ro
      - dind-certs:/certs/client
      - /var/run/postgresql:/var/run/postgresql
      - type: volume
        source: docker-sock
        target: /var/run/docker.sock
      - docker-sock:/var/run/docker.sock
      - /srv/run:/run
volumes:
  dind-certs: {}
  docker-sock: {}
`,
    },
  ],
});
