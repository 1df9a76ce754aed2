import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'both in one stage, reported where the second appears',
      text: 'FROM debian:12\nRUN curl -fsSLO https://x/a.tgz\nRUN ⟦wget⟧ -q https://x/b.tgz && wget -q https://x/c.tgz\n',
    },
    { name: 'both in one RUN', text: 'FROM alpine:3.20\nRUN wget -q https://x/a && ⟦curl⟧ -fsSLO https://x/b\n' },
    { name: 'before the first FROM', text: 'RUN wget -q https://x/a && ⟦curl⟧ -fsSLO https://x/b\n' },
  ],
  dontFire: [
    {
      name: 'different stages',
      text: 'FROM alpine:3.20 AS fetch\nRUN wget -q https://x/a.tgz\nFROM debian:12\nRUN curl -fsSLO https://x/b.tgz\n',
    },
    {
      name: 'installing a tool is not using it',
      text: 'FROM debian:12\nRUN apt-get install -y curl wget && curl -fsSLO https://x/a\n',
    },
    { name: 'checking for a tool', text: 'FROM debian:12\nRUN command -v wget || curl -fsSLO https://x/a\n' },
  ],
});
