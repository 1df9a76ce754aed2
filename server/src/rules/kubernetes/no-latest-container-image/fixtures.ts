import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
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
