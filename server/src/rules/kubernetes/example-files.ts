/**
 * Complete manifests for rule examples. Each rule's ✅ example must pass every rule, so most
 * examples start from one well-run Deployment and change only what the rule is about; keeping that
 * baseline here means a new rule that asks for more updates one place.
 */

export interface DeploymentExample {
  name?: string;
  /** Lines of the container map after `- name:` (two-space indents relative to the container). */
  container?: readonly string[];
  /** Lines added to the pod spec before `containers:`. */
  pod?: readonly string[];
  /** Lines added to the Deployment's `spec`, before `selector:`. */
  spec?: readonly string[];
  /** Further documents appended after `---`. */
  more?: readonly string[];
}

export const CLEAN_CONTAINER: readonly string[] = [
  'image: registry.example.com/shop/web:1.4.2',
  'ports:',
  '  - containerPort: 8080',
  'resources:',
  '  requests: { cpu: 100m, memory: 128Mi }',
  '  limits: { memory: 128Mi }',
  'readinessProbe:',
  '  httpGet: { path: /ready, port: 8080 }',
  'livenessProbe:',
  '  httpGet: { path: /healthz, port: 8080 }',
  'securityContext:',
  '  runAsNonRoot: true',
  '  runAsUser: 10001',
  '  allowPrivilegeEscalation: false',
  '  readOnlyRootFilesystem: true',
  '  capabilities: { drop: [ALL] }',
  '  seccompProfile: { type: RuntimeDefault }',
];

/** The clean container with some of its top-level keys replaced or removed (`undefined`). */
export function containerWith(changes: Record<string, readonly string[] | undefined>): string[] {
  const out: string[] = [];
  let skipping = false;
  const seen = new Set<string>();
  for (const line of CLEAN_CONTAINER) {
    const key = /^([A-Za-z]+):/.exec(line)?.[1];
    if (key) {
      skipping = key in changes;
      if (skipping && !seen.has(key)) {
        seen.add(key);
        out.push(...(changes[key] ?? []));
      }
    }
    if (!skipping) out.push(line);
  }
  for (const [key, lines] of Object.entries(changes)) if (!seen.has(key)) out.push(...(lines ?? []));
  return out;
}

/**
 * The clean container's `securityContext` block with some settings replaced (`key: value` text)
 * or removed (`undefined`); settings it does not have are added at the end.
 */
export function securityContextWith(changes: Record<string, string | undefined>): string[] {
  const start = CLEAN_CONTAINER.indexOf('securityContext:');
  const settings = CLEAN_CONTAINER.slice(start + 1).filter((line) => line.startsWith('  '));
  const out = ['securityContext:'];
  const seen = new Set<string>();
  for (const line of settings) {
    const key = /^ {2}([A-Za-z]+):/.exec(line)?.[1] ?? '';
    if (!(key in changes)) out.push(line);
    else {
      seen.add(key);
      const value = changes[key];
      if (value !== undefined) out.push(`  ${key}: ${value}`);
    }
  }
  for (const [key, value] of Object.entries(changes))
    if (!seen.has(key) && value !== undefined) out.push(`  ${key}: ${value}`);
  return out;
}

export function deployment(example: DeploymentExample = {}): string {
  const name = example.name ?? 'web';
  const indent = (lines: readonly string[], spaces: number): string[] => lines.map((l) => ' '.repeat(spaces) + l);
  const container = example.container ?? CLEAN_CONTAINER;
  const lines = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    ...indent(example.spec ?? [], 2),
    '  selector:',
    `    matchLabels: { app: ${name} }`,
    '  template:',
    '    metadata:',
    `      labels: { app: ${name} }`,
    '    spec:',
    ...indent(example.pod ?? [], 6),
    '      containers:',
    `        - name: ${name}`,
    ...indent(container, 10),
  ];
  const more = example.more ?? [];
  return [lines.join('\n'), ...more].join('\n---\n') + '\n';
}

/** The clean container for pods that run to completion: ports and probes belong to serving pods. */
export function taskContainer(): string[] {
  return containerWith({ ports: undefined, readinessProbe: undefined, livenessProbe: undefined });
}

export interface CronJobExample {
  name?: string;
  /** Lines added to the CronJob's `spec`, after `schedule:`. */
  spec?: readonly string[];
}

/** A CronJob that runs the clean task container nightly; the basis of CronJob examples. */
export function cronJob(example: CronJobExample = {}): string {
  const name = example.name ?? 'report';
  const lines = [
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  schedule: "0 3 * * *"',
    ...(example.spec ?? []).map((line) => `  ${line}`),
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          restartPolicy: OnFailure',
    '          containers:',
    `            - name: ${name}`,
    ...taskContainer().map((line) => ' '.repeat(14) + line),
  ];
  return lines.join('\n') + '\n';
}
