import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-on-maintainers-helm-lint-refuses',
      text: `apiVersion: v2
name: shop
version: 0.1.0
maintainers:
  - name: Shop team
    email: ⟦mailto:shop-team@example.com⟧
    url: ⟦shop team page⟧
  - ⟦email: jane@example.com⟧ # no name
    url: https://github.com/jane
  - ⟦{ email: ops@example.com }⟧
  - ⟦name⟧:
    email: ⟦Jane <jane@example.com>⟧
    url: ⟦oci://registry.example.com/jane⟧
  - name: ⟦""⟧
    email: ⟦ops@localhost⟧
  ⟦-⟧
  - ⟦null⟧
`,
    },
    {
      name: 'fire-on-sources-icon-and-home-without-a-scheme',
      text: `apiVersion: v2
name: shop
version: 0.1.0
home: ⟦example.com/shop⟧
icon: ⟦icon.png⟧
sources:
  - https://github.com/example/shop
  - ⟦github.com/example/shop-chart⟧
  - ⟦git@github.com:example/shop.git⟧
  - ⟦""⟧
  - ⟦~⟧
  - ⟦https://exa mple.com/shop⟧
`,
    },
    {
      name: 'fire-on-keys-go-matches-regardless-of-case',
      text: `apiVersion: v2
name: shop
version: 0.1.0
Icon: ⟦/static/icon.svg⟧
Maintainers:
  - Name: Shop team
    Email: ⟦shop-team(at)example.com⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-on-links-helm-lint-accepts',
      text: `apiVersion: v2
name: shop
version: 0.1.0
home: https://example.com/shop
icon: https://example.com/shop/icon.svg
sources:
  - https://github.com/example/shop
  - http://git.example.com:8080/shop?ref=main#readme
  - oci://registry-1.docker.io/bitnamicharts/postgresql
maintainers:
  - name: Shop team
  - name: Jane Doe
    email: Jane.Doe+charts@mail.example.co.uk
    url: example.com/jane
  - name: Ops
    email: ops@example.com
    url: https://github.com/example-ops
  - name: Local
    url: localhost:8080/ops
`,
    },
    {
      name: 'dont-fire-on-schemes-go-reads-without-a-host',
      text: `apiVersion: v2
name: shop
version: 0.1.0
icon: "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="
sources:
  - mailto:shop-team@example.com
`,
    },
    {
      name: 'dont-fire-on-values-of-another-type-or-left-empty',
      text: `apiVersion: v2
name: shop
version: 0.1.0
home: true
icon: ""
sources: https://github.com/example/shop
maintainers:
  - Jane Doe
  - name: 5
    email: 7
    url: ""
  - name: Ops
    email: ""
    url: ~
`,
    },
  ],
});
