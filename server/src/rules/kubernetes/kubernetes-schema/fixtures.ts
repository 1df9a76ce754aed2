import { defineFixtures } from '../../fixtures';
import { CUSTOM_RESOURCE_FIRE, CUSTOM_RESOURCE_QUIET } from './fixtures-custom';
import { LISTS_AND_OTHER_FILES_QUIET } from './fixtures-lists';
import { QUOTING_FIXES, deployment } from './fixtures-quoting';

export default defineFixtures({
  fire: [
    {
      name: 'fire-unknown-field-with-suggestion',
      text: deployment(`          ⟦poarts⟧:
            - containerPort: 80
          ⟦imagepullpolicy⟧: Always
          ⟦colour⟧: blue
`),
    },
    {
      name: 'fire-wrong-types',
      text: deployment(
        `          ports:
            - containerPort: ⟦"80"⟧
          readinessProbe: ⟦/healthz⟧
          livenessProbe:
            httpGet:
              path: /healthz
              port: ⟦8080.5⟧
          ⟦args⟧:
            flag: true
`,
        `
  replicas: ⟦"3"⟧`,
      ),
    },
    {
      name: 'fire-missing-required-fields',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
⟦spec⟧:
  template:
    spec:
      containers:
        - ⟦image⟧: nginx:1.27.3
          ports:
            - ⟦name⟧: http
        - ⟦name⟧:
          image: busybox:1.36
`,
    },
    {
      name: 'fire-bad-enum-values',
      text: deployment(`          imagePullPolicy: ⟦Alway⟧
          ports:
            - containerPort: 80
              protocol: ⟦tcp⟧
            - containerPort: 81
              protocol: ⟦QUIC⟧
`),
    },
    {
      name: 'fire-bad-quantities-and-ranges',
      text: deployment(`          ports:
            - containerPort: ⟦99999999999⟧
          resources:
            requests:
              cpu: ⟦0.5 cores⟧
              memory: ⟦1GB ram⟧
            limits:
              memory: 1Gi
              cpu: 500m
`),
    },
    {
      name: 'fire-strings-written-as-numbers-and-yaml-1.1-booleans',
      text: deployment(`          env:
            - name: PORT
              value: ⟦8080⟧
            - name: DEBUG
              value: ⟦yes⟧
            - name: COUNTRY
              value: ⟦NO⟧
            - name: QUOTED
              value: "yes"
`),
    },
    {
      name: 'fire-secret-data-not-base64',
      text: `apiVersion: v1
kind: Secret
metadata:
  name: db
data:
  password: ⟦hunter2!⟧
  user: YWRtaW4=
stringData:
  plain: anything goes here
`,
    },
    {
      name: 'fire-ca-bundle-not-base64',
      text: `apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1beta1.metrics.k8s.io
spec:
  group: metrics.k8s.io
  version: v1beta1
  groupPriorityMinimum: 100
  versionPriority: 100
  caBundle: ⟦CA_BUNDLE⟧
`,
    },
    {
      name: 'fire-in-a-list-of-lists',
      text: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: List
    items:
      - apiVersion: v1
        kind: ConfigMap
        metadata:
          name: a
        data:
          mode: fast
      - apiVersion: v1
        kind: ConfigMap
        metadata:
          name: b
        ⟦dta⟧:
          mode: slow
`,
    },
    {
      name: 'fire-unknown-kind-and-apiversion',
      text: `apiVersion: apps/v1
kind: ⟦Deploymnet⟧
metadata:
  name: a
---
apiVersion: v1
kind: ⟦Deploymnet⟧
metadata:
  name: b
---
apiVersion: ⟦v1⟧
kind: Deployment
metadata:
  name: c
---
apiVersion: ⟦app/v1⟧
kind: StatefulSet
metadata:
  name: d
---
apiVersion: ⟦networking.k8s.oi/v1⟧
kind: Ingress
metadata:
  name: e
`,
    },
    {
      name: 'fire-each-document-on-its-own',
      text: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: http
---
apiVersion: v1
kind: Service
metadata:
  name: broken: yaml: here
spec:
  bogus: 1
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  ⟦selectr⟧:
    app: api
  ports:
    - port: ⟦"80"⟧
`,
    },
    ...CUSTOM_RESOURCE_FIRE,
  ],
  dontFire: [
    {
      name: 'dont-fire-valid-deployment-with-everything',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  creationTimestamp: null
  labels:
    app: web
  annotations:
    note: "1"
spec:
  replicas: 3
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      securityContext:
        runAsNonRoot: yes
      containers:
        - name: web
          image: nginx:1.27.3
          env:
            - name: PORT
              value: "8080"
            - name: EMPTY
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          resources:
            requests:
              cpu: 0.25
              memory: 64Mi
            limits:
              cpu: "1"
              memory: 1e9
              ephemeral-storage: 2Gi
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: on
      volumes:
        - name: config
          configMap:
            name: web
            defaultMode: 0644
status: {}
`,
    },
    ...LISTS_AND_OTHER_FILES_QUIET,
    ...CUSTOM_RESOURCE_QUIET,
  ],
  fix: [
    {
      name: 'fix-renames-a-misspelt-field-and-corrects-an-enum-value',
      text: deployment(`          ports:
            - contianerPort: 80
          imagePullPolicy: Alway
          colour: blue
`),
      // "colour" is close to no field, so it is left for a person; the others take the suggestion.
      output: deployment(`          ports:
            - containerPort: 80
          imagePullPolicy: Always
          colour: blue
`),
    },
    {
      name: 'fix-no-rename-onto-a-field-that-exists',
      text: deployment(`          ports:
            - containerPort: 80
              contianerPort: 81
`),
      output: deployment(`          ports:
            - containerPort: 80
              contianerPort: 81
`),
    },
    ...QUOTING_FIXES,
    {
      name: 'fix-kind-and-api-version-when-the-object-then-validates',
      text: `apiVersion: v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers: [{ name: web, image: "nginx:1.27.3" }]
---
apiVersion: apps/v1
kind: StatefullSet
metadata:
  name: db
---
apiVersion: apps/v1
kind: Deploymnet
metadata:
  name: needs-a-spec-to-be-valid-anyway
spec:
  replicas: 1
`,
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers: [{ name: web, image: "nginx:1.27.3" }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
---
apiVersion: apps/v1
kind: Deploymnet
metadata:
  name: needs-a-spec-to-be-valid-anyway
spec:
  replicas: 1
`,
    },
  ],
});
