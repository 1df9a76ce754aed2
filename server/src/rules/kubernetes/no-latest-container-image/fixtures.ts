import { defineFixtures } from '../../fixtures';

/** A Deployment whose one container runs `image`. */
const deployment = (image: string): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: controller-manager
spec:
  selector:
    matchLabels:
      app: manager
  template:
    metadata:
      labels:
        app: manager
    spec:
      containers:
        - name: manager
          image: ${image}
`;

/** A kustomization building the fixture's manifest with these `images:` entries. */
const kustomization = (images: string, resources = '[manifest.yaml]'): string =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: ${resources}\nimages:\n${images}`;
/** An overlay in overlays/<name> of the kustomization beside the manifest. */
const overlay = (images: string): string => kustomization(images, '[../..]');

export default defineFixtures({
  fire: [
    {
      name: 'fire-kustomization-renames-but-keeps-latest',
      text: deployment('⟦controller:latest⟧'),
      files: { 'kustomization.yaml': kustomization('  - name: controller\n    newName: ghcr.io/acme/operator\n') },
    },
    {
      name: 'fire-one-overlay-of-two-leaves-latest',
      text: deployment('⟦controller⟧'),
      files: {
        'kustomization.yaml': 'resources:\n  - manifest.yaml\n',
        'overlays/prod/kustomization.yaml': overlay('  - name: controller\n    newTag: v1.4.0\n'),
        'overlays/dev/kustomization.yaml': overlay('  - name: other\n    newTag: v1.4.0\n'),
      },
    },
    {
      name: 'fire-kustomization-unpins-a-pinned-image',
      text: deployment('⟦registry.example.com/team/web:1.4.2⟧'),
      files: { 'kustomization.yaml': kustomization('  - name: registry.example.com/team/web\n    newTag: latest\n') },
    },
    {
      name: 'fire-kustomization-of-another-file',
      text: deployment('⟦controller:latest⟧'),
      files: { 'kustomization.yaml': kustomization('  - name: controller\n    newTag: v1\n', '[other.yaml]') },
    },
    {
      // A patch is merged into what its kustomization builds: still judged, as the build leaves it.
      name: 'fire-patch-its-kustomization-leaves-latest',
      uri: 'file:///fixture/patches/image.yaml',
      text: deployment('⟦registry.example.com/team/web:latest⟧'),
      files: { 'kustomization.yaml': 'resources: [manifest.yaml]\npatches:\n  - path: patches/image.yaml\n' },
    },
    {
      name: 'fire-after-korean-and-astral-characters (UTF-16 columns)',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: emoji
  annotations: {설명: "é 😀 𐀀"}
spec:
  containers:
    - {name: web, env: [{name: GREETING, value: "안녕 🚀"}], image: ⟦nginx:latest⟧}
    - name: app # 😀 𐀀
      image: ⟦"registry.example.com/team/app"⟧
`,
    },
    {
      name: 'fire-latest-tag',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: fire-latest
spec:
  template:
    spec:
      containers:
        - name: web
          image: ⟦nginx:latest⟧
`,
    },
    {
      name: 'fire-untagged-pod-and-init',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: fire-untagged
spec:
  initContainers:
    - name: setup
      image: ⟦busybox⟧
  containers:
    - name: app
      image: ⟦"registry.example.com:5000/team/app"⟧
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-kustomization-pins-the-image',
      text: deployment('controller:latest'),
      files: {
        'kustomization.yaml': kustomization(
          '  - name: controller\n    newName: ghcr.io/acme/operator\n    newTag: v0.4.1\n',
        ),
      },
    },
    {
      name: 'dont-fire-every-overlay-pins-the-image',
      text: deployment('controller'),
      files: {
        'kustomization.yaml': 'resources:\n  - manifest.yaml\n',
        'overlays/prod/kustomization.yaml': overlay(`  - name: controller\n    digest: sha256:${'a'.repeat(64)}\n`),
        'overlays/dev/kustomization.yaml': overlay('  - name: controller\n    newTag: "1.10"\n'),
      },
    },
    {
      name: 'dont-fire-patch-its-kustomization-pins',
      uri: 'file:///fixture/patches/image.yaml',
      text: deployment('registry.example.com/team/web:latest'),
      files: {
        'kustomization.yaml': `${kustomization('  - name: registry.example.com/team/web\n    newTag: 2.0.1\n')}patches:\n  - path: patches/image.yaml\n`,
      },
    },
    {
      name: 'dont-fire-pinned',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: dont-fire-pinned
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: job
              image: registry.example.com:5000/team/job:1.4.2
            - name: sidecar
              image: nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31
`,
    },
    {
      // No reference at all: kubernetes-validation reports it, there is no "latest" to speak of.
      name: 'dont-fire-invalid-references',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: IMAGE_TAG
    - name: api
      image: <your-registry>/api:latest
`,
    },
    {
      name: 'dont-fire-not-a-workload',
      text: `apiVersion: v1
kind: ConfigMap
metadata:
  name: dont-fire-config
data:
  image: nginx:latest
`,
    },
  ],
});
