/**
 * Hostile inputs: each names the file it pretends to be, builds its text on demand (some are
 * megabytes) and says whether the engine must answer with at least one finding (the input is
 * broken) or only stay well-behaved (the input is odd but valid).
 */
export interface HostileCase {
  name: string;
  uri: string;
  make(): string;
  /** Rule ids of which at least one must be reported; empty means no finding is required. */
  expect: readonly string[];
  /** A text the findings must match line for line (BOM, CRLF, tabs change nothing). */
  sameAs?: () => string;
}

const MB = 1024 * 1024;
const DEPTH = 10_000;
const BLOCK_DEPTH = 2_000;

const DOCKERFILE = `FROM node:20.11-alpine AS build
WORKDIR /app
COPY package.json ./
RUN npm ci && npm cache clean --force
CMD node server.js
`;
const MANIFEST = `apiVersion: apps/v1
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
          image: nginx:latest
          ports:
            - containerPort: 80
`;
const HEADER = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hostile\ndata:\n';

/** Deterministic pseudo-random bytes (an LCG), so failures reproduce. */
function bytes(length: number, seed = 42): Buffer {
  const out = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    out[i] = state >> 16;
  }
  return out;
}

/** "Billion laughs": nine levels of nine aliases each expand to 9^9 (387 million) nodes. */
function aliasBomb(): string {
  let text = `${HEADER}  lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
  const names = 'abcdefghij';
  for (let level = 1; level < 10; level++) {
    const prev = names[level - 1] ?? 'a';
    text += `  l${level}: &${names[level] ?? 'z'} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
  }
  return text;
}

function blockNesting(): string {
  let text = HEADER.replace('data:\n', 'data:\n  deep:\n');
  for (let i = 0; i < BLOCK_DEPTH; i++) text += `${' '.repeat(i + 4)}k:\n`;
  return text;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'YAML alias bomb (billion laughs)', uri: 'bomb.yaml', make: aliasBomb, expect: ['yaml-syntax'] },
  {
    name: 'Dockerfile over 10 MB',
    uri: 'Dockerfile',
    make: () => DOCKERFILE + 'RUN echo hello\n'.repeat(Math.ceil((10.5 * MB) / 15)),
    expect: ['file-too-large'],
  },
  {
    name: 'manifest over 10 MB',
    uri: 'big.yaml',
    make: () => HEADER + '  key: value\n'.repeat(Math.ceil((10.5 * MB) / 13)),
    expect: ['file-too-large'],
  },
  {
    name: 'alias that contains itself',
    uri: 'cycle.yaml',
    make: () => `${HEADER}  loop: &loop [a, *loop]\n`,
    expect: ['yaml-syntax'],
  },
  {
    name: '10,000-deep flow nesting, balanced',
    uri: 'flow.yaml',
    make: () => `${HEADER}  deep: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
    // Valid YAML, but deeper than the parser's stack: the engine says it cannot read it.
    expect: ['yaml-syntax'],
  },
  {
    name: '10,000-deep flow nesting, unclosed',
    uri: 'flow-open.yaml',
    make: () => `${HEADER}  deep: ${'{a: ['.repeat(DEPTH)}\n`,
    expect: ['yaml-syntax'],
  },
  // Indented block maps need one more space per level: 2,000 levels already take 2 MB.
  { name: '2,000-deep indented block maps', uri: 'block.yaml', make: blockNesting, expect: [] },
  {
    name: '10,000-deep block sequences (compact)',
    uri: 'seq.yaml',
    make: () => `${HEADER}  deep:\n    ${'- '.repeat(DEPTH)}x\n`,
    expect: ['yaml-syntax'],
  },
  {
    name: '10,000-deep subshells in RUN, unclosed',
    uri: 'Dockerfile',
    make: () => `FROM alpine:3.20\nRUN ${'('.repeat(DEPTH)}true\n`,
    expect: ['dockerfile-syntax'],
  },
  {
    name: '10,000-deep command substitutions in RUN, closed',
    uri: 'Dockerfile',
    make: () => `FROM alpine:3.20\nRUN echo ${'$('.repeat(DEPTH)}true${')'.repeat(DEPTH)}\n`,
    // The shell parser rescans each level's text: read as is, this took seconds.
    expect: ['dockerfile-syntax'],
  },
  {
    name: '10,000-deep quoted substitutions and process substitutions in RUN',
    uri: 'Dockerfile',
    make: () =>
      `FROM alpine:3.20\nRUN echo ${'"$('.repeat(DEPTH)}true${')"'.repeat(DEPTH)}\n` +
      `RUN cat ${'<('.repeat(DEPTH)}true${')'.repeat(DEPTH)}\n`,
    expect: ['dockerfile-syntax'],
  },
  {
    name: '250-deep command substitutions around 1 MB in RUN',
    uri: 'Dockerfile',
    make: () => `FROM alpine:3.20\nRUN echo ${'$('.repeat(250)}true ${'x '.repeat(MB / 2)}${')'.repeat(250)}\n`,
    expect: ['dockerfile-syntax'],
  },
  {
    name: '10,000-deep exec-form array, unclosed',
    uri: 'Dockerfile',
    make: () => `FROM alpine:3.20\nCMD ["a", ${'['.repeat(DEPTH)}"b"\n`,
    expect: ['dockerfile-syntax'],
  },
  {
    name: 'binary file named Dockerfile',
    uri: 'Dockerfile',
    make: () => bytes(256 * 1024).toString('utf8'),
    expect: ['dockerfile-syntax'],
  },
  {
    name: 'binary tail after a manifest header',
    uri: 'binary.yaml',
    make: () => HEADER + bytes(256 * 1024, 7).toString('utf8'),
    expect: ['yaml-syntax'],
  },
  {
    name: 'binary file named .yaml (not a manifest: left alone)',
    uri: 'blob.yaml',
    make: () =>
      bytes(256 * 1024, 9)
        .toString('utf8')
        .replace(/(apiVersion|kind)/g, 'x'),
    expect: [],
  },
  {
    name: 'invalid UTF-8 in an instruction (decoded as U+FFFD)',
    uri: 'Dockerfile',
    make: () =>
      Buffer.concat([
        Buffer.from('FROM alpine:3.20\nR'),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from('UN x\n'),
      ]).toString('utf8'),
    expect: ['dockerfile-syntax'],
  },
  {
    name: 'invalid UTF-8 in a manifest key (decoded as U+FFFD)',
    uri: 'utf8.yaml',
    make: () =>
      Buffer.concat([
        Buffer.from(HEADER.replace('data:\n', '')),
        Buffer.from([0xe2, 0x82]),
        Buffer.from(': [\n'),
      ]).toString('utf8'),
    expect: ['yaml-syntax'],
  },
  {
    name: 'lone surrogates and NUL characters',
    uri: 'Dockerfile',
    make: () => `FROM alpine:3.20\nRUN echo \uD800\u0000\uDC00 "\uDFFF\nCMD ["\uD83D"]\n`,
    expect: ['dockerfile-syntax'],
  },
  {
    name: 'BOM before a Dockerfile',
    uri: 'Dockerfile',
    make: () => `\uFEFF${DOCKERFILE}`,
    expect: [],
    sameAs: () => DOCKERFILE,
  },
  {
    name: 'BOM before a manifest',
    uri: 'bom.yaml',
    make: () => `\uFEFF${MANIFEST}`,
    expect: [],
    sameAs: () => MANIFEST,
  },
  {
    name: 'CRLF Dockerfile',
    uri: 'Dockerfile',
    make: () => DOCKERFILE.replace(/\n/g, '\r\n'),
    expect: [],
    sameAs: () => DOCKERFILE,
  },
  {
    name: 'CRLF manifest',
    uri: 'crlf.yaml',
    make: () => MANIFEST.replace(/\n/g, '\r\n'),
    expect: [],
    sameAs: () => MANIFEST,
  },
  {
    name: 'mixed line endings in a manifest',
    uri: 'mixed.yaml',
    make: () =>
      MANIFEST.split('\n')
        .map((line, i) => line + (i % 2 ? '\r\n' : '\n'))
        .join('')
        .trimEnd() + '\n',
    expect: [],
    sameAs: () => MANIFEST,
  },
  {
    name: 'tabs between Dockerfile words',
    uri: 'Dockerfile',
    make: () => DOCKERFILE.replace(/ /g, '\t'),
    expect: [],
    sameAs: () => DOCKERFILE,
  },
  {
    name: 'tabs as YAML indentation',
    uri: 'tabs.yaml',
    make: () => MANIFEST.replace(/^( {2})+/gm, (spaces) => '\t'.repeat(spaces.length / 2)),
    expect: ['yaml-syntax'],
  },
  {
    name: '1 MB line in a RUN instruction',
    uri: 'Dockerfile',
    make: () => `FROM alpine:3.20\nRUN echo ${'a'.repeat(MB)}\n`,
    expect: [],
  },
  {
    name: '1 MB line of garbage in a Dockerfile',
    uri: 'Dockerfile',
    make: () => `FROM alpine:3.20\n${'x!'.repeat(MB / 2)}\n`,
    expect: ['dockerfile-syntax'],
  },
  {
    name: '1 MB annotation value in a manifest',
    uri: 'long.yaml',
    make: () => MANIFEST.replace('  name: web\n', `  name: web\n  annotations:\n    note: ${'b'.repeat(MB)}\n`),
    expect: [],
  },
  {
    name: '1 MB unterminated quoted line in a manifest',
    uri: 'long-quote.yaml',
    make: () => `${HEADER}  v: "${'c '.repeat(MB / 2)}`,
    expect: ['yaml-syntax'],
  },
  {
    name: 'unterminated heredoc',
    uri: 'Dockerfile',
    make: () => 'FROM alpine:3.20\nRUN <<EOF\napk add curl\necho done\n',
    expect: ['dockerfile-syntax'],
  },
  {
    name: 'unterminated double quote in RUN',
    uri: 'Dockerfile',
    make: () => 'FROM alpine:3.20\nRUN echo "hello\nUSER nobody\n',
    expect: ['dockerfile-syntax'],
  },
  {
    name: 'unterminated single quote in ENV',
    uri: 'Dockerfile',
    make: () => "FROM alpine:3.20\nENV GREETING='hello\nUSER nobody\n",
    expect: ['dockerfile-syntax'],
  },
  {
    name: 'unterminated exec-form array',
    uri: 'Dockerfile',
    make: () => 'FROM alpine:3.20\nCMD ["node", "server.js"\n',
    expect: ['dockerfile-syntax'],
  },
  {
    name: 'unterminated quote in a manifest',
    uri: 'quote.yaml',
    make: () => MANIFEST.replace('image: nginx:latest', 'image: "nginx:1.27'),
    expect: ['yaml-syntax'],
  },
  {
    name: '100,000 empty documents',
    uri: 'docs.yaml',
    make: () => MANIFEST + '---\n'.repeat(100_000),
    expect: [],
  },
  {
    name: '1,000,000 blank lines after a manifest header',
    uri: 'blank.yaml',
    make: () => HEADER + '\n'.repeat(1_000_000),
    expect: [],
  },
  {
    name: 'Compose file: alias bomb',
    uri: 'compose.yaml',
    make: () =>
      `${aliasBomb().replace(HEADER, 'x-bomb:\n')}services:\n  web:\n    image: nginx:1.27.2\n    command: *j\n`,
    expect: ['compose-schema'],
  },
  {
    name: 'Compose file: 10,000-deep flow nesting',
    uri: 'docker-compose.yml',
    make: () => `services:\n  web:\n    image: nginx:1.27.2\n    labels: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`,
    expect: ['compose-schema'],
  },
  {
    name: 'Compose file: 5,000 services publishing one port',
    uri: 'compose.yaml',
    make: () =>
      `services:\n${Array.from({ length: 5_000 }, (_, i) => `  s${i}:\n    image: nginx\n    ports: ["8080:80"]\n`).join('')}`,
    expect: ['compose-duplicate-host-port'],
  },
  {
    name: 'Compose file: 10,000-deep defaults in one value',
    uri: 'compose.yaml',
    make: () =>
      `services:\n  web:\n    image: "nginx:${'${TAG:-'.repeat(DEPTH)}1.27.2${'}'.repeat(DEPTH)}"\n    restart: unless-stopped\n`,
    expect: [],
  },
  {
    name: 'stage name that makes a backtracking regex explode',
    uri: 'Dockerfile',
    make: () => `FROM node:20.11 AS ${'build-the-frontend-'.repeat(3)}stage!\nRUN npm ci\n`,
    expect: ['dockerfile-syntax'],
  },
];
