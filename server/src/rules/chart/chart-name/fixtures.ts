import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-capitals-and-underscore',
      text: `apiVersion: v2
name: ⟦Web_Shop⟧
version: 0.1.0
`,
    },
    {
      name: 'fire-quoted-name-with-dot-and-space',
      text: `apiVersion: v2
name: ⟦"web.shop v2"⟧
version: 0.1.0
`,
    },
    {
      name: 'fire-name-with-a-folder',
      text: `apiVersion: v2
name: ⟦charts/shop⟧ # where it lives, not what it is called
version: 0.1.0
`,
    },
    {
      name: 'fire-key-in-another-case',
      text: `apiVersion: v2
Name: ⟦Shop⟧
version: 0.1.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-lowercase-digits-and-dashes',
      text: `apiVersion: v2
name: "web-shop-2"
version: 0.1.0
dependencies:
  - name: PostgreSQL_Upstream
    version: 15.2.0
    repository: oci://registry-1.docker.io/bitnamicharts
`,
    },
    {
      name: 'dont-fire-missing-name',
      text: `apiVersion: v2
version: 0.1.0
`,
    },
    {
      name: 'dont-fire-empty-name',
      text: `apiVersion: v2
name: ""
version: 0.1.0
`,
    },
    {
      // YAML 1.1 reads these as a boolean and an octal number: chart-quote-strings reports them.
      name: 'dont-fire-yaml-1-1-boolean-name',
      text: `apiVersion: v2
name: yes
version: 0.1.0
`,
    },
    {
      name: 'dont-fire-yaml-1-1-octal-name',
      text: `apiVersion: v2
name: 0777
version: 0.1.0
`,
    },
  ],
});
