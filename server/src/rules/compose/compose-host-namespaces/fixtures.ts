import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-each-host-namespace',
      text: `services:
  exporter:
    image: prom/node-exporter:v1.8.2
    network_mode: ⟦host⟧
    pid: ⟦"host"⟧
    ipc: ⟦host⟧
    uts: ⟦host⟧
    userns_mode: ⟦'host'⟧
    cgroup: ⟦host⟧
`,
    },
    {
      name: 'fire-flow-style-and-merged-anchor',
      uri: 'file:///fixture/docker-compose.monitoring.yml',
      text: `x-host: &host
  pid: host
services:
  ⟦top⟧:
    <<: *host
    image: registry.example.com/top:1.2.0
  probe: { image: "registry.example.com/probe:1.0", network_mode: ⟦host⟧ }
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-own-or-another-services-namespace',
      text: `services:
  vpn:
    image: qmcgaw/gluetun:v3.39.1
    network_mode: bridge
    ipc: shareable
    cgroup: private
  client:
    image: registry.example.com/client:2.0.0
    network_mode: "service:vpn"
    pid: "service:vpn"
    ipc: "service:vpn"
`,
    },
    {
      name: 'dont-fire-extension-keys-labels-and-interpolation',
      text: `x-debug:
  network_mode: host
services:
  web:
    image: nginx:1.27.2
    network_mode: \${WEB_NETWORK_MODE:-bridge}
    labels:
      pid: host
    networks:
      - host_net
networks:
  host_net: {}
`,
    },
  ],
});
