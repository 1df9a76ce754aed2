import fc from 'fast-check';
import { stringify } from 'yaml';

/**
 * Generators of well-formed inputs built from the grammar of each format: where mutation finds
 * crashes on broken text, these reach the rules' deeper paths and their fixes on text that parses.
 */

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const tag = fc.oneof(
  fc.constantFrom('latest', '1.27', '3.19.1', 'v2', 'stable-slim', ''),
  fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,8}$/),
);
export const imageArb = fc
  .tuple(
    fc.constantFrom('', 'docker.io/', 'ghcr.io/team/', 'localhost:5000/', 'registry.example.com/a/b/'),
    fc.constantFrom('nginx', 'alpine', 'node', 'python', 'busybox', 'golang', 'redis'),
    tag,
    fc.option(fc.constant('@sha256:' + 'a'.repeat(64)), { freq: 5 }),
  )
  .map(([registry, name, t, digest]) => `${registry}${name}${t ? `:${t}` : ''}${digest ?? ''}`);

const shellWord = fc.oneof(
  word,
  fc.constantFrom('-y', '--no-cache', '"$HOME"', "'a b'", '$(pwd)', '&&', '||', '|', ';', '>', '2>&1', '\\\n  ', '*'),
);
const command = fc.array(shellWord, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const execForm = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => JSON.stringify(w).replace(/,/g, ', '));

const instruction = fc.oneof(
  imageArb.map((i) => `FROM ${i}`),
  fc.tuple(imageArb, word).map(([i, n]) => `FROM ${i} AS ${n}`),
  command.map((c) => `RUN ${c}`),
  fc.tuple(fc.constantFrom('CMD', 'ENTRYPOINT'), fc.oneof(command, execForm)).map(([k, a]) => `${k} ${a}`),
  fc.tuple(word, word).map(([a, b]) => `COPY ${a} /${b}/`),
  fc.tuple(word, word).map(([a, b]) => `COPY --from=${a} /out /${b}`),
  fc.tuple(word, word).map(([k, v]) => `ENV ${k.toUpperCase().replace(/-/g, '_')}=${v}`),
  fc.tuple(word, fc.option(word)).map(([k, v]) => `ARG ${k.replace(/-/g, '_')}${v ? `=${v}` : ''}`),
  fc.constantFrom('root', 'app', '1000:1000', 'nobody').map((u) => `USER ${u}`),
  word.map((w) => `WORKDIR /${w}`),
  fc.integer({ min: 1, max: 65535 }).map((p) => `EXPOSE ${p}`),
  fc.constantFrom('HEALTHCHECK CMD curl -f http://localhost/ || exit 1', 'HEALTHCHECK NONE'),
  word.map((w) => `LABEL ${w}="x"`),
  command.map((c) => `# ${c}`),
  fc.constant(''),
  fc.constantFrom('RUN <<EOF\necho hi\nEOF', 'SHELL ["/bin/sh", "-c"]', 'STOPSIGNAL SIGTERM', 'VOLUME /data'),
);

/** A Dockerfile from the instruction grammar, with a random line ending. */
export const dockerfileArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(instruction, { minLength: 1, maxLength: 20 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([lines, eol, startWithFrom, finalEol]) => {
    const all = startWithFrom ? ['FROM alpine:3.19', ...lines] : lines;
    return all.join('\n').replace(/\n/g, eol) + (finalEol ? eol : '');
  });

const labels = fc.dictionary(word, word, { minKeys: 0, maxKeys: 3 });
const container = fc.record(
  {
    name: word,
    image: imageArb,
    command: fc.array(word, { maxLength: 3 }),
    ports: fc.array(fc.record({ containerPort: fc.integer({ min: 1, max: 65535 }) }), { maxLength: 2 }),
    resources: fc.record(
      {
        requests: fc.record({ cpu: fc.constantFrom('100m', '1', '0.5'), memory: fc.constantFrom('64Mi', '1Gi') }),
        limits: fc.record({ memory: fc.constantFrom('128Mi', '2Gi') }),
      },
      { requiredKeys: [] },
    ),
    securityContext: fc.record(
      { privileged: fc.boolean(), runAsNonRoot: fc.boolean(), runAsUser: fc.nat(2000) },
      { requiredKeys: [] },
    ),
    readinessProbe: fc.constant({ httpGet: { path: '/healthz', port: 8080 } }),
    livenessProbe: fc.constant({ tcpSocket: { port: 8080 } }),
  },
  { requiredKeys: ['name', 'image'] },
);
const podSpec = fc.record(
  {
    containers: fc.array(container, { minLength: 1, maxLength: 2 }),
    initContainers: fc.array(container, { maxLength: 1 }),
    hostNetwork: fc.boolean(),
    securityContext: fc.record({ runAsNonRoot: fc.boolean() }, { requiredKeys: [] }),
  },
  { requiredKeys: ['containers'] },
);
const metadata = fc.record({ name: word, namespace: word, labels }, { requiredKeys: ['name'] });

const objectArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Pod'), metadata, spec: podSpec }),
  fc
    .tuple(
      fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'),
      metadata,
      labels,
      podSpec,
      fc.nat(5),
    )
    .map(([kind, meta, l, spec, replicas]) => ({
      apiVersion: 'apps/v1',
      kind,
      metadata: meta,
      spec: { replicas, selector: { matchLabels: l }, template: { metadata: { labels: l }, spec } },
    })),
  fc.tuple(metadata, podSpec).map(([meta, spec]) => ({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: meta,
    spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template: { spec } } } },
  })),
  fc.tuple(metadata, labels).map(([meta, selector]) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta,
    spec: { selector, ports: [{ port: 80, targetPort: 8080 }] },
  })),
  fc.tuple(metadata, labels).map(([meta, data]) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta, data })),
);

/** A multi-document manifest written with random layout choices (indent, flow style, line ends). */
export const manifestArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.tuple(objectArb, fc.constantFrom('block', 'block', 'any', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    fc.constantFrom(2, 4),
    fc.boolean(),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([objects, indent, indentSeq, eol, asList]) => {
    const options = { indent, indentSeq, lineWidth: 0 };
    const docs = asList
      ? [stringify({ apiVersion: 'v1', kind: 'List', items: objects.map(([o]) => o) }, options)]
      : objects.map(([o, collectionStyle]) => stringify(o, { ...options, collectionStyle }));
    return docs.join('---\n').replace(/\n/g, eol);
  });
