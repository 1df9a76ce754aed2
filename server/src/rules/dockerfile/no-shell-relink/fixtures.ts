import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'bash as sh', text: 'FROM debian:12\nRUN ⟦ln -sf /bin/bash /bin/sh⟧\n' },
    { name: 'relative target, long option', text: 'FROM ubuntu:24.04\nRUN ⟦ln --symbolic --force bash /usr/bin/sh⟧\n' },
  ],
  dontFire: [
    {
      name: 'other links',
      text: 'FROM debian:12\nRUN ln -sf /usr/bin/python3 /usr/bin/python && ln -s /bin/sh /bin/ash2\n',
    },
    { name: 'a hard link', text: 'FROM debian:12\nRUN ln /bin/bash /bin/sh2\n' },
    { name: 'SHELL instruction', text: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo hi\n' },
  ],
});
