// Generated inputs: used when the shared corpus is absent, and for the 50,000-line manifest.

/** One Deployment + Service + ConfigMap group, about 75 lines, with a few findings to report. */
function manifestGroup(i: number): string {
  const name = `app-${i}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
  labels:
    app: ${name}
    tier: backend
spec:
  replicas: ${(i % 3) + 1}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
        tier: backend
    spec:
      serviceAccountName: ${name}
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      containers:
        - name: server
          image: registry.example.com/shop/${name}:1.${i % 10}.0
          ports:
            - containerPort: 8080
              name: http
          env:
            - name: PORT
              value: "8080"
            - name: LOG_LEVEL
              value: info
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8080
            periodSeconds: 5
          resources:
            requests:
              cpu: 100m
              memory: 64Mi
            limits:
              memory: 128Mi
        - name: sidecar
          image: registry.example.com/shop/proxy:latest
          args: ["--upstream", "127.0.0.1:8080"]
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: shop
spec:
  type: ClusterIP
  selector:
    app: ${name}
  ports:
    - name: http
      port: 80
      targetPort: 8080
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
  namespace: shop
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "checkout,recommendations"
`;
}

/** A multi-document manifest of at least `lines` lines, made of whole object groups. */
export function generateManifest(lines: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const group = manifestGroup(i);
    parts.push(group);
    count += group.split('\n').length; // the last '' stands for the '---' line joining groups
  }
  return parts.join('---\n');
}

/** A ~`lines`-line multi-stage Dockerfile in the style of the official images. */
export function generateDockerfile(lines: number): string {
  const out: string[] = ['# syntax=docker/dockerfile:1', 'FROM debian:bookworm-slim AS build', ''];
  let step = 0;
  while (out.length < lines - 20) {
    out.push(
      `# step ${step}: tools for module ${step}`,
      `ENV MODULE_${step}_VERSION=${step}.2.${step % 7}`,
      'RUN set -eux; \\',
      '    apt-get update; \\',
      '    apt-get install -y --no-install-recommends \\',
      `        ca-certificates curl gnupg libssl-dev module${step}-dev \\`,
      '    ; \\',
      `    curl -fsSL "https://example.com/module-${step}.tar.gz" -o /tmp/m.tgz; \\`,
      `    tar -xzf /tmp/m.tgz -C /usr/local/src; \\`,
      '    rm -rf /var/lib/apt/lists/*',
      '',
    );
    step++;
  }
  out.push(
    'FROM debian:bookworm-slim',
    'COPY --from=build /usr/local /usr/local',
    'WORKDIR /app',
    'COPY . .',
    'EXPOSE 8080',
    'HEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1',
    'USER 10001',
    'ENTRYPOINT ["/usr/local/bin/app"]',
    'CMD ["--port", "8080"]',
  );
  while (out.length < lines) out.splice(out.length - 9, 0, `LABEL org.example.line="${out.length}"`);
  return out.join('\n') + '\n';
}
