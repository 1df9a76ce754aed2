import type { FireFixture, QuietFixture } from '../../fixtures';

/** A CustomResourceDefinition in the same file as its objects: no workspace needed. */
const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: backups.example.com
spec:
  group: example.com
  scope: Namespaced
  names:
    kind: Backup
    plural: backups
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [schedule]
              properties:
                schedule:
                  type: string
                  description: Cron schedule of the backup.
                retention:
                  type: integer
                  minimum: 1
                  maximum: 365
                port:
                  x-kubernetes-int-or-string: true
                storage:
                  type: string
                  enum: [s3, gcs, local]
                labels:
                  type: object
                  additionalProperties:
                    type: string
                extra:
                  type: object
                  x-kubernetes-preserve-unknown-fields: true
                name:
                  type: string
                  pattern: '^[a-z][a-z0-9-]*$'
                  maxLength: 20
    - name: v1alpha1
      served: true
      storage: false
`;

export const CUSTOM_RESOURCE_FIRE: FireFixture[] = [
  {
    name: 'fire-custom-resource-against-its-crd',
    text: `${CRD}---
apiVersion: example.com/v1
kind: Backup
metadata:
  name: nightly
  ⟦lables⟧: {}
⟦spec⟧:
  ⟦shedule⟧: "0 3 * * *"
  retention: ⟦0⟧
  port: ⟦true⟧
  storage: ⟦S3⟧
  labels:
    team: ⟦7⟧
  extra:
    anything: [1, 2, 3]
  name: ⟦Nightly_Backup⟧
---
apiVersion: ⟦example.com/v2⟧
kind: Backup
metadata:
  name: future
`,
  },
];

export const CUSTOM_RESOURCE_QUIET: QuietFixture[] = [
  {
    name: 'dont-fire-valid-custom-resources',
    text: `${CRD}---
apiVersion: example.com/v1
kind: Backup
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  retention: 30
  port: http
  storage: s3
  extra:
    nested: { free: form }
---
apiVersion: example.com/v1alpha1
kind: Backup
metadata:
  name: old-version-without-schema
spec:
  anything: goes
`,
  },
  {
    name: 'dont-fire-custom-resource-without-crd',
    text: `apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: web
spec:
  secretName: web-tls
  whatever: true
`,
  },
];
