import { defineFixtures } from '../../fixtures';
import { deploymentWith } from '../cross-file-fixtures';

const configMap = (name: string): string =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  MODE: production\n`;

const USES = `          env:
            - name: MODE
              valueFrom:
                configMapKeyRef: { name: ⟦settings⟧, key: MODE }
            - name: TOKEN
              valueFrom:
                secretKeyRef: { name: ⟦api-token⟧, key: token }
          envFrom:
            - secretRef:
                name: ⟦db-credentials⟧
          volumeMounts:
            - { name: data, mountPath: /data }
            - { name: certs, mountPath: /certs }
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: ⟦web-data⟧
        - name: certs
          projected:
            sources:
              - configMap: { name: ⟦ca-bundle⟧ }
`;

const DEFINED = `          env:
            - name: MODE
              valueFrom:
                configMapKeyRef: { name: settings, key: MODE }
            - name: TOKEN
              valueFrom:
                secretKeyRef: { name: api-token, key: token, optional: true }
          envFrom:
            - secretRef:
                name: tls-web
            - secretRef:
                name: generated
          volumeMounts:
            - { name: config, mountPath: /config }
      volumes:
        - name: config
          configMap:
            name: app-config
`;

export default defineFixtures({
  fire: [
    {
      name: 'fire-references-defined-nowhere',
      text: deploymentWith('web', USES),
    },
    {
      name: 'fire-typo-of-a-config-map-in-another-file',
      text: deploymentWith('web', '          envFrom:\n            - configMapRef: { name: ⟦setings⟧ }\n'),
      files: { 'config.yaml': configMap('settings') },
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-statefulset-volume-named-after-a-claim-template',
      text: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db }
    spec:
      containers:
        - name: db
          image: example.com/db:1.0.0
          volumeMounts:
            - { name: datadir, mountPath: /data }
      volumes:
        - name: datadir
          persistentVolumeClaim:
            claimName: datadir
  volumeClaimTemplates:
    - metadata:
        name: datadir
      spec:
        accessModes: [ReadWriteOnce]
        resources: { requests: { storage: 1Gi } }
`,
    },
    {
      name: 'dont-fire-defined-generated-optional-or-certificate',
      text: `${deploymentWith('web', DEFINED)}---\n${configMap('settings')}`,
      files: {
        'kustomization.yaml':
          'resources: [deployment.yaml]\nconfigMapGenerator:\n  - name: app-config\n    literals: [MODE=production]\nsecretGenerator:\n  - name: generated\n    literals: [PASSWORD=x]\n',
        'certificate.yaml':
          'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\nspec:\n  secretName: tls-web\n  dnsNames: [shop.example.com]\n  issuerRef: { name: letsencrypt }\n',
      },
    },
  ],
  fix: [
    {
      name: 'fix-typo-of-a-config-map',
      text: `${deploymentWith('web', '          envFrom:\n            - configMapRef: { name: setings }\n')}---\n${configMap('settings')}`,
      output: `${deploymentWith('web', '          envFrom:\n            - configMapRef: { name: settings }\n')}---\n${configMap('settings')}`,
    },
    {
      // settings-v2 holds other values: named in the message, never swapped in.
      name: 'fix-none-for-a-longer-config-map-name',
      text: `${deploymentWith('web', '          envFrom:\n            - configMapRef: { name: settings }\n')}---\n${configMap('settings-v2')}`,
      output: `${deploymentWith('web', '          envFrom:\n            - configMapRef: { name: settings }\n')}---\n${configMap('settings-v2')}`,
    },
  ],
});
