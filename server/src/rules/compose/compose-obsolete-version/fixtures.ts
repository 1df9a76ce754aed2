import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-version-string',
      text: `⟦version⟧: '3.8'
services:
  web:
    image: nginx:1.27.2
`,
    },
    {
      name: 'fire-version-number-after-name',
      uri: 'file:///fixture/docker-compose.prod.yml',
      text: `name: shop
⟦version⟧: 2.4
services:
  web:
    image: nginx:1.27.2
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-without-version',
      text: `name: shop
services:
  web:
    image: nginx:1.27.2
    labels:
      version: '3.8'
`,
    },
  ],
  fix: [
    {
      // A file YAML cannot read gets its findings, but no edit computed from its broken ranges.
      name: 'no-fix-while-the-file-is-broken',
      text: `version: '3.8'
services:
  web:
    image: nginx:1.27.2
    ports: [
`,
      output: `version: '3.8'
services:
  web:
    image: nginx:1.27.2
    ports: [
`,
    },
    {
      // The last line of a file with no line break after it: the break before it goes.
      name: 'fix-removes-the-last-line',
      text: `services:
  web:
    image: nginx:1.27.2
version: '3.8'`,
      output: `services:
  web:
    image: nginx:1.27.2`,
    },
    {
      name: 'fix-removes-the-line',
      text: `# the shop
version: "3.8" # Compose v1 format
services:
  web:
    image: nginx:1.27.2
`,
      output: `# the shop
services:
  web:
    image: nginx:1.27.2
`,
    },
  ],
});
