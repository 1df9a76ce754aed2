import type { FixFixture } from '../../fixtures';

/** A valid Deployment around one container body, so each fixture shows only the mistake it is about. */
export const deployment = (container: string, spec = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:${spec}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27.3
${container}`;

/** Strings that YAML reads as something else, and the quotes that make them strings again. */
export const QUOTING_FIXES: FixFixture[] = [
  {
    name: 'fix-quotes-strings-written-as-numbers',
    text: deployment(`          env:
            - name: PORT
              value: 8080
            - name: RATIO
              value: 1.50
            - name: DEBUG
              value: yes # YAML 1.1 reads this as true
`),
    output: deployment(`          env:
            - name: PORT
              value: "8080"
            - name: RATIO
              value: "1.50"
            - name: DEBUG
              value: "yes" # YAML 1.1 reads this as true
`),
  },
  {
    // `: ` inside an unquoted item makes YAML read a key and a value: a map where args wants a string.
    name: 'fix-quotes-a-string-read-as-a-key-and-value',
    text: deployment(`          args:
            - echo "pod: $HOSTNAME" > /srv/index.html && nginx -g 'daemon off;'
            - --port: 8080 # two flags written as one
`),
    output: deployment(`          args:
            - "echo \\"pod: $HOSTNAME\\" > /srv/index.html && nginx -g 'daemon off;'"
            - "--port: 8080" # two flags written as one
`),
  },
];
