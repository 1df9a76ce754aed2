import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-after-astral-characters (UTF-16 columns)',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: emoji
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
      env:
        - {value: "😀 𐀀 é", name: ⟦MODE⟧}
        - {value: "한국어 🚀", name: ⟦MODE⟧}
        - {value: "𐀀", name: MODE}
`,
    },
    {
      name: 'fire-duplicate-env',
      text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
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
          image: example.com/web:1.4.2
          env:
            - name: ⟦LOG_LEVEL⟧
              value: info
            - name: PORT
              value: "8080"
            - name: ⟦LOG_LEVEL⟧
              value: warn
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef:
                  name: web
                  key: log-level
`,
    },
    {
      name: 'fire-init-container-in-cronjob',
      text: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: fetch
              image: example.com/fetch:1.0.0
              env: [{name: ⟦URL⟧, value: "https://a.example.com"}, {name: URL, value: "https://b.example.com"}]
          containers:
            - name: report
              image: example.com/report:1.0.0
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-distinct-names',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
      env:
        - name: HOST
          value: db
        - name: PORT
          value: "5432"
        - name: URL
          value: postgres://$(HOST):$(PORT)/shop
    - name: sidecar
      image: example.com/proxy:1.2.0
      env:
        - name: HOST
          value: localhost
`,
    },
  ],
  fix: [
    {
      name: 'fix-keeps-an-entry-whose-anchor-a-later-alias-uses',
      text: `apiVersion: v1
kind: Pod
metadata:
  name: anchors
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
      env:
        - name: &level LOG_LEVEL
          value: info
        - name: *level
          value: warn
        - name: LOG_LEVEL
          value: debug
`,
      output: `apiVersion: v1
kind: Pod
metadata:
  name: anchors
spec:
  containers:
    - name: web
      image: example.com/web:1.4.2
      env:
        - name: &level LOG_LEVEL
          value: info
        - name: *level
          value: warn
        - name: LOG_LEVEL
          value: debug
`,
    },
    {
      name: 'fix-deletes-ignored-entries',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:16.4
          env:
            # Database settings
            - name: POSTGRES_DB
              value: shop # first try
            - name: POSTGRES_USER
              value: shop
            # Added by the v2 merge
            - name: POSTGRES_DB
              value: shop_v2
            - name: HOST
              value: db
            - name: URL
              value: postgres://$(HOST)/shop
            - name: HOST
              value: db.shop.svc
`,
      output: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:16.4
          env:
            # Database settings
            - name: POSTGRES_USER
              value: shop
            # Added by the v2 merge
            - name: POSTGRES_DB
              value: shop_v2
            - name: HOST
              value: db
            - name: URL
              value: postgres://$(HOST)/shop
            - name: HOST
              value: db.shop.svc
`,
    },
  ],
});
