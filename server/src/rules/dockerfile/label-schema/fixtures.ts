import type { Config } from '../../../engine/config';
import { defineFixtures } from '../../fixtures';

const schema: Partial<Config> = {
  labelSchema: {
    'org.opencontainers.image.version': 'semver',
    'org.opencontainers.image.source': 'url',
    'org.opencontainers.image.revision': 'hash',
    'org.opencontainers.image.created': 'rfc3339',
    'org.opencontainers.image.licenses': 'spdx',
    'org.opencontainers.image.authors': 'email',
    maintainer: 'text',
  },
};
const complete =
  'LABEL org.opencontainers.image.version=1.4.2 org.opencontainers.image.source=https://github.com/acme/app \\\n  org.opencontainers.image.revision=1e42bbe org.opencontainers.image.created=2024-05-01T10:00:00Z \\\n  org.opencontainers.image.licenses="Apache-2.0 OR MIT" org.opencontainers.image.authors=team@example.com maintainer=Team\n';

export default defineFixtures({
  fire: [
    {
      name: 'a required label is missing from the final image',
      text: '⟦FROM alpine:3.20⟧\nLABEL maintainer=Team\n',
      config: { labelSchema: { maintainer: 'text', 'org.opencontainers.image.version': 'semver' } },
    },
    {
      name: 'values in the wrong format, or empty',
      text: `FROM alpine:3.20\n${complete}LABEL ⟦org.opencontainers.image.version⟧=v1.4 ⟦org.opencontainers.image.source⟧=github.com/acme ⟦maintainer⟧=""\nLABEL ⟦org.opencontainers.image.revision⟧=main ⟦org.opencontainers.image.created⟧=yesterday ⟦org.opencontainers.image.authors⟧=team\n`,
      config: schema,
    },
    {
      name: 'an SPDX near miss and a broken expression',
      text: 'FROM alpine:3.20\nLABEL ⟦org.opencontainers.image.licenses⟧=Apache-2 ⟦license⟧="MIT AND"\n',
      config: { labelSchema: { 'org.opencontainers.image.licenses': 'spdx', license: 'spdx' } },
    },
    {
      name: 'strict labels report labels outside the schema',
      text: 'FROM alpine:3.20\nLABEL maintainer=Team ⟦team⟧=payments\n',
      config: { labelSchema: { maintainer: 'text' }, strictLabels: true },
    },
  ],
  dontFire: [
    { name: 'no schema configured', text: 'FROM alpine:3.20\nLABEL Version=whatever\n' },
    { name: 'every label in its format', text: `FROM alpine:3.20\n${complete}`, config: schema },
    {
      name: 'labels inherited from the stage the final one builds on; build stages do not count',
      text: 'FROM golang:1.23 AS build\nFROM alpine:3.20 AS base\nLABEL maintainer=Team\nFROM base\n',
      config: { labelSchema: { maintainer: 'text' }, strictLabels: true },
    },
    {
      name: 'values from build arguments are not judged',
      text: 'FROM alpine:3.20\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION\n',
      config: { labelSchema: { 'org.opencontainers.image.version': 'semver' } },
    },
    {
      name: 'rare SPDX licences and exceptions pass',
      text: 'FROM alpine:3.20\nLABEL license="GPL-2.0-or-later WITH Classpath-exception-2.0 OR Artistic-2.0 OR LicenseRef-acme"\n',
      config: { labelSchema: { license: 'spdx' } },
    },
  ],
});
