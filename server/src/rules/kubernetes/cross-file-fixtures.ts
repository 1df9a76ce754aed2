/** Manifests the fixtures of the cross-file rules share. */

export const workload = (name: string, replicas?: number, kind = 'Deployment', namespace?: string): string =>
  `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
${replicas === undefined ? '' : `  replicas: ${replicas}\n`}  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: example.com/${name}:1.0.0
`;

export const budget = (name: string, policy: string, app = name, namespace?: string): string =>
  `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  ${policy}
  selector:
    matchLabels:
      app: ${app}
`;

export const autoscaler = (name: string, min: number, max: number, kind = 'Deployment'): string =>
  `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${name}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: ${kind}
    name: ${name}
  minReplicas: ${min}
  maxReplicas: ${max}
`;

export const networkPolicy = (name: string, podSelector: string, rest = '', namespace?: string): string =>
  `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  podSelector: ${podSelector}
  policyTypes: [Ingress]
${rest}`;

export const service = (name: string, spec: string, labels = '', namespace?: string): string =>
  `apiVersion: v1
kind: Service
metadata:
  name: ${name}${namespace ? `\n  namespace: ${namespace}` : ''}${labels ? `\n  labels: ${labels}` : ''}
spec:
${spec}`;

/** A Deployment whose single container carries `lines` (indented for the container map). */
export const deploymentWith = (name: string, container: string, pod = ''): string =>
  `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels: { app: ${name} }
  template:
    metadata:
      labels: { app: ${name} }
    spec:
${pod}      containers:
        - name: ${name}
          image: example.com/${name}:1.0.0
${container}`;
