import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'upper case', text: 'FROM alpine:3.20\nLABEL ⟦Version⟧=1.0\n' },
    { name: 'an underscore', text: 'FROM alpine:3.20\nLABEL ⟦build_date⟧=2024-01-01\n' },
    {
      name: 'reserved namespaces and doubled separators',
      text: 'FROM alpine:3.20\nLABEL ⟦com.docker.foo⟧=1 ⟦org..example⟧=2\n',
    },
    { name: 'the old form too', text: 'FROM alpine:3.20\nLABEL ⟦Description⟧ "An app"\n' },
  ],
  dontFire: [
    {
      name: 'OCI keys, plain words and quoted keys',
      text: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://example.com" maintainer="Jane" "com.example.vendor"="ACME"\n',
    },
    { name: 'a key from a variable', text: 'FROM alpine:3.20\nARG KEY=a\nLABEL ${KEY}=1\n' },
  ],
});
