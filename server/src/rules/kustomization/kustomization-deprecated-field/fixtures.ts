import { defineFixtures } from '../../fixtures';

const HEAD = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';

export default defineFixtures({
  fire: [
    {
      name: 'fire-on-each-deprecated-top-level-field',
      text: `${HEAD}⟦bases⟧:\n  - ../base\n⟦imageTags⟧:\n  - name: web\n    newTag: v2\n⟦patchesStrategicMerge⟧:\n  - replicas.yaml\n⟦patchesJson6902⟧:\n  - path: p.yaml\n    target:\n      kind: Deployment\n      name: web\n⟦vars⟧:\n  - name: SERVICE\n    objref:\n      kind: Service\n      name: web\n      apiVersion: v1\n`,
    },
    {
      name: 'fire-on-common-labels',
      text: `${HEAD}⟦commonLabels⟧:\n  app: web\n`,
    },
    {
      name: 'fire-on-a-generator-env',
      text: `${HEAD}configMapGenerator:\n  - name: web\n    ⟦env⟧: app.env\n`,
    },
    {
      name: 'fire-where-the-new-field-is-already-written',
      text: `${HEAD}resources:\n  - service.yaml\n⟦bases⟧:\n  - ../base\n`,
    },
  ],
  dontFire: [
    {
      name: 'quiet-on-current-fields',
      text: `${HEAD}resources:\n  - ../base\nimages:\n  - name: web\n    newTag: v2\npatches:\n  - path: replicas.yaml\nreplacements:\n  - path: replacements.yaml\nconfigMapGenerator:\n  - name: web\n    envs:\n      - app.env\n`,
    },
  ],
  fix: [
    {
      name: 'fix-renames-bases-and-image-tags',
      text: `${HEAD}bases:\n  - ../base\nimageTags:\n  - name: web\n    newTag: v2\n`,
      output: `${HEAD}resources:\n  - ../base\nimages:\n  - name: web\n    newTag: v2\n`,
    },
    {
      name: 'fix-writes-a-generator-env-as-envs',
      text: `${HEAD}configMapGenerator:\n  - name: web\n    env: app.env\n`,
      output: `${HEAD}configMapGenerator:\n  - name: web\n    envs: ["app.env"]\n`,
    },
    {
      name: 'fix-writes-common-labels-as-labels-that-include-selectors',
      text: `${HEAD}commonLabels:\n  app: web\n  team: shop\nresources:\n  - deployment.yaml\n`,
      output: `${HEAD}labels:\n  - includeSelectors: true\n    pairs:\n      app: web\n      team: shop\nresources:\n  - deployment.yaml\n`,
    },
    {
      name: 'fix-leaves-bases-alone-where-resources-is-written',
      text: `${HEAD}resources:\n  - service.yaml\nbases:\n  - ../base\n`,
      output: `${HEAD}resources:\n  - service.yaml\nbases:\n  - ../base\n`,
    },
  ],
});
