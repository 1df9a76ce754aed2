import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-block-list-any-case-and-prefix',
      text: `services:
  debugger:
    image: registry.example.com/debugger:1.3.0
    cap_add:
      - ⟦SYS_PTRACE⟧
      - NET_BIND_SERVICE
      - ⟦cap_sys_admin⟧
      - ⟦"CAP_BPF"⟧
`,
    },
    {
      name: 'fire-flow-list-all-and-net-admin',
      uri: 'file:///fixture/docker-compose.override.yml',
      text: `services:
  vpn:
    image: qmcgaw/gluetun:v3.39.1
    cap_add: [⟦NET_ADMIN⟧]
  everything: { image: "registry.example.com/tools:1.0", cap_add: [⟦ALL⟧, CHOWN] }
`,
    },
    {
      name: 'fire-from-merged-anchor-and-alias',
      text: `x-tracing: &tracing
  cap_add: [PERFMON]
x-caps: &caps
  - SYS_MODULE
services:
  ⟦profiler⟧:
    <<: *tracing
    image: registry.example.com/profiler:0.9.0
  loader:
    image: registry.example.com/loader:0.9.0
    cap_add: ⟦*caps⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-narrow-capabilities-and-drops',
      text: `services:
  web:
    image: nginx:1.27.2
    cap_drop:
      - ALL
      - SYS_ADMIN
    cap_add:
      - NET_BIND_SERVICE
      - CHOWN
      - SETUID
      - SETGID
`,
    },
    {
      name: 'dont-fire-extension-keys-and-interpolation',
      text: `x-debug:
  cap_add: [SYS_ADMIN]
services:
  web:
    image: nginx:1.27.2
    cap_add:
      - \${EXTRA_CAPABILITY:-NET_BIND_SERVICE}
    labels:
      cap_add: SYS_ADMIN
`,
    },
  ],
});
