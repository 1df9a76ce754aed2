import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'name and e-mail', text: 'FROM alpine:3.20\n⟦MAINTAINER⟧ Jane Doe <jane@example.com>\n' },
    { name: 'lower case before FROM content', text: 'FROM debian:12\n⟦maintainer⟧ ops@example.com\nRUN true\n' },
  ],
  dontFire: [
    { name: 'label', text: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n' },
    { name: 'a maintainer label', text: 'FROM alpine:3.20\nLABEL maintainer="jane@example.com"\n' },
    { name: 'the word in a comment', text: '# MAINTAINER: Jane\nFROM alpine:3.20\n' },
  ],
  fix: [
    {
      name: 'becomes an OCI label',
      text: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nRUN true\n',
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nRUN true\n',
    },
    {
      name: 'quotes and dollars are escaped',
      text: 'FROM alpine:3.20\nmaintainer "The $TEAM" team\n',
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="\\"The \\$TEAM\\" team"\n',
    },
  ],
});
