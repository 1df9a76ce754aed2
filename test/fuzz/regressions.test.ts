import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/src/engine/text';
import { checkAll } from './invariants';

/**
 * Inputs the fuzzers once broke the engine with, shrunk to their core. Each must now satisfy every
 * fuzz property (no throw, no internal error, ranges inside, fixes idempotent and harmless).
 */
const POD = (containers: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n${containers}`;

const REGRESSIONS: readonly { name: string; uri: string; text: string }[] = [
  {
    name: 'an offset between CR and LF maps to the end of its line',
    uri: 'crlf.yaml',
    text: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: "p\r\n',
  },
  {
    name: 'no fix inside a document with syntax errors (an unclosed flow sequence)',
    uri: 'pod.yaml',
    text: POD('  - name: shell\n    image: alpine:3\n    args: [sleep,"]\n'),
  },
  {
    name: 'no fix inside a document with syntax errors (a nested compact mapping)',
    uri: 'pod.yaml',
    text: POD('    - name: backup                  image: postgres:16\n      env: []\n'),
  },
  {
    name: 'a key written with a tag keeps the inserted keys at the map indentation',
    uri: 'pod.yaml',
    text: POD('    - !!str name: web\n      image: nginx:1.27\n'),
  },
  {
    name: 'a key written with an anchor keeps the inserted keys at the map indentation',
    uri: 'pod.yaml',
    text: POD('    - &first name: web\n      image: nginx:1.27\n'),
  },
  {
    name: 'an empty last value followed by a comment does not pull an insertion onto the next key',
    uri: 'pod.yaml',
    text: POD('  - name: web\n    image: nginx:1.27\n    ports:\n    - data:\n# a comment\n  volumes:\n  - name: x\n'),
  },
  {
    name: 'an indented instruction with a variable before the first FROM',
    uri: 'Dockerfile',
    text: ' RUN echo $X\nFROM alpine:3.20\n',
  },
  {
    name: 'a continuation line starting with an escaped #',
    uri: 'Dockerfile',
    text: 'FROM alpine:3.20\nRUN echo \\\n\\# not a comment\n',
  },
  {
    name: 'a comment ending in a backslash above an indented line with a variable',
    uri: 'Dockerfile',
    text: '# \\\n   -y $(pwd) a\nEXPOSE 1',
  },
  {
    name: 'a template label present without a value (selector-matches-template must not add it twice)',
    uri: 'deploy.yaml',
    text: `apiVersion: apps/v1
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
        app:
    spec:
      containers:
        - name: web
          image: nginx:1.27
`,
  },
  {
    name: 'a lone CR after "kind:" (kubernetes-schema must not glue the value to the colon)',
    uri: 'deploy.yaml',
    text: 'apiVersion: apps/v1\nkind:\r Deployment\nmetadata:\n  name: web\n',
  },
];

describe('fuzz regressions', () => {
  it('an offset between CR and LF is the end of its line, not past it', () => {
    assert.deepEqual(new LineIndex('ab\r\ncd').positionAt(3), { line: 0, character: 2 });
  });
  for (const regression of REGRESSIONS) {
    it(regression.name, () => {
      checkAll(regression.text, regression.uri);
    });
  }
});
