import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'fire-plain-http',
      text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
⟦spec⟧:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: empty
spec:
  ⟦tls⟧: []
  defaultBackend:
    service:
      name: web
      port:
        number: 80
`,
    },
  ],
  dontFire: [
    {
      name: 'dont-fire-tls',
      text: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
spec:
  tls:
    - hosts:
        - shop.example.com
      secretName: shop-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`,
    },
  ],
});
