/** Pieces of clean manifests the Kubernetes exercises build on. */

/** A Deployment whose container is clean apart from the lines an exercise changes. */
export function deployment(name: string, container: string, pod = '', spec = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 2
${spec}  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
${pod}      containers:
        - name: ${name}
          image: registry.example.com/shop/${name}:1.4.2
          ports:
            - containerPort: 8080
${container}`;
}

export const RESOURCES = `          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { memory: 128Mi }
`;
export const PROBES = `          readinessProbe:
            httpGet: { path: /ready, port: 8080 }
          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
`;
export const SECURE = `          securityContext:
            runAsNonRoot: true
            runAsUser: 10001
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: { drop: [ALL] }
`;

/** The autoscaler of the Deployment "web", at the API version given (`autoscaling/v2`). */
export function webAutoscaler(apiVersion = 'autoscaling/v2'): string {
  return `apiVersion: ${apiVersion}
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: { type: Utilization, averageUtilization: 70 }
`;
}
