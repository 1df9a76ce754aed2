import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'an upper-case protocol', text: 'FROM alpine:3.20\nEXPOSE 80 ⟦443/TCP⟧ ⟦53/Udp⟧\n' },
    { name: 'a host mapping', text: 'FROM alpine:3.20\nEXPOSE ⟦8080:80⟧\n' },
    { name: 'an address and a mapping', text: 'FROM alpine:3.20\nEXPOSE ⟦127.0.0.1:8080:80/tcp⟧\n' },
  ],
  dontFire: [
    { name: 'ports, ranges and protocols', text: 'FROM alpine:3.20\nEXPOSE 80 443/tcp 53/udp 8000-8010\n' },
    { name: 'a port from a variable', text: 'FROM alpine:3.20\nARG PORT=8080\nEXPOSE ${PORT}/tcp\n' },
  ],
  fix: [
    {
      name: 'keeps the container port and lowers the protocol',
      text: 'FROM alpine:3.20\nEXPOSE 127.0.0.1:8080:80/TCP 9090:9090 53/UDP\n',
      output: 'FROM alpine:3.20\nEXPOSE 80/tcp 9090 53/udp\n',
    },
  ],
});
