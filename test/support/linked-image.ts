/**
 * A project whose skaffold.yaml links registry.example.com/shop/web to services/web/Dockerfile,
 * and a Deployment of that image with runAsNonRoot: the CLI and language-server tests of image
 * links lint the same pair.
 */
export const SKAFFOLD = `apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
    - image: registry.example.com/shop/web
      context: services/web
`;

export const DEPLOYMENT = `apiVersion: apps/v1
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
      securityContext:
        runAsNonRoot: true
      containers:
        - name: web
          image: registry.example.com/shop/web:1.4.2
`;
