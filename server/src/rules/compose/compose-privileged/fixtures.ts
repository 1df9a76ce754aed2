import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-privileged-true',
      text: `services:
  agent:
    image: registry.example.com/agent:2.1.0
    privileged: ⟦true⟧
`,
    },
    {
      name: 'fire-privileged-string',
      uri: 'file:///fixture/docker-compose.override.yml',
      text: `services:
  agent:
    image: registry.example.com/agent:2.1.0
    privileged: ⟦"true"⟧
  tools: { image: "registry.example.com/tools:1.0", privileged: ⟦yes⟧ }
`,
    },
    {
      name: 'fire-privileged-from-merged-anchor',
      text: `x-hardware: &hardware
  privileged: true
  restart: unless-stopped
services:
  ⟦sensor⟧:
    <<: *hardware
    image: registry.example.com/sensor:3.0.1
`,
    },
    {
      name: 'fire-docker-in-docker-without-fix',
      text: `services:
  dind:
    image: docker:27.3-dind
    privileged: ⟦true⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-not-privileged',
      text: `services:
  web:
    image: nginx:1.27.2
    privileged: false
    cap_add: [NET_BIND_SERVICE]
    devices:
      - /dev/ttyUSB0:/dev/ttyUSB0
`,
    },
    {
      name: 'dont-fire-extension-key-or-interpolation',
      text: `x-debug:
  privileged: true
services:
  web:
    image: nginx:1.27.2
    privileged: \${WEB_PRIVILEGED:-false}
    labels:
      privileged: "true"
`,
    },
  ],
  fix: [
    {
      name: 'fix-removes-the-line',
      text: `services:
  agent:
    image: registry.example.com/agent:2.1.0
    privileged: true # needed once for the old driver
    restart: unless-stopped
`,
      output: `services:
  agent:
    image: registry.example.com/agent:2.1.0
    restart: unless-stopped
`,
    },
    {
      name: 'fix-leaves-flow-anchor-and-dind-alone',
      text: `x-hardware: &hardware
  privileged: true
services:
  sensor:
    <<: *hardware
    image: registry.example.com/sensor:3.0.1
  tools: { image: "registry.example.com/tools:1.0", privileged: true }
  dind:
    image: docker:dind
    privileged: true
`,
      output: `x-hardware: &hardware
  privileged: true
services:
  sensor:
    <<: *hardware
    image: registry.example.com/sensor:3.0.1
  tools: { image: "registry.example.com/tools:1.0", privileged: true }
  dind:
    image: docker:dind
    privileged: true
`,
    },
  ],
});
