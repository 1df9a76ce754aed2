import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-unmasked',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: builder
spec:
  hostUsers: false
  containers:
    - name: build
      image: example.com/builder:1.0.0
      securityContext:
        procMount: ⟦Unmasked⟧
    - name: plain
      image: example.com/plain:1.0.0
      securityContext:
        procMount: Default
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-default-or-unset',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.0.0
      securityContext:
        procMount: Default
    - name: other
      image: example.com/other:1.0.0
`,
    },
  ],
  fix: [
    {
      name: 'fix-default',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: builder
spec:
  hostUsers: false
  containers:
    - name: build
      image: example.com/builder:1.0.0
      securityContext:
        procMount: "Unmasked" # for nested builds
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: builder
spec:
  hostUsers: false
  containers:
    - name: build
      image: example.com/builder:1.0.0
      securityContext:
        procMount: Default # for nested builds
`,
    },
  ],
});
